package com.certdesk;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) on a free port for tests, and switching the application's e-mail on and off.
 * <p>
 * E-mail is switched on by registering the {@link JavaMailSender} that Spring Boot would create for
 * {@code spring.mail.host=localhost} and {@code spring.mail.port}, rather than by setting those properties: other
 * properties would start a second application context, and a second context replaces Vaadin's static
 * security-context strategy, so every later test on the shared context would run signed out.
 */
public final class TestMail {

    private static final String SENDER_BEAN = "testMailSender";

    private TestMail() {
    }

    /** An SMTP server on a free port; register it with {@code @RegisterExtension} on a static field. */
    public static GreenMailExtension server() {
        try (var socket = new ServerSocket(0)) {
            return new GreenMailExtension(new ServerSetup(socket.getLocalPort(), "localhost",
                    ServerSetup.PROTOCOL_SMTP));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on the application sends its e-mail to this server. */
    public static void connect(ConfigurableApplicationContext context, GreenMailExtension server) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(server.getSmtp().getPort());
        beans(context).registerSingleton(SENDER_BEAN, sender);
    }

    /** Back to no mail server, as in the other tests. */
    public static void disconnect(ConfigurableApplicationContext context) {
        beans(context).destroySingleton(SENDER_BEAN);
    }

    private static DefaultListableBeanFactory beans(ConfigurableApplicationContext context) {
        return (DefaultListableBeanFactory) context.getBeanFactory();
    }
}
