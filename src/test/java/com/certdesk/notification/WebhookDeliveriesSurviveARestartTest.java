package com.certdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Application;
import com.certdesk.TestClock;
import com.certdesk.notification.internal.WebhookProperties;
import com.certdesk.notification.internal.WebhookSignatures;
import com.certdesk.notification.internal.WebhookOutbox;
import com.certdesk.notification.internal.WebhookStore;
import com.certdesk.security.SystemAuthentication;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * The outbox is the database: what one run of Certdesk queued and did not send, the next run sends, and nothing twice.
 * Two application contexts, one after the other, on one H2 database file, as a restart (or a second node taking over)
 * would see it; the second runs its scheduled poller as production does.
 */
class WebhookDeliveriesSurviveARestartTest {

    @TempDir
    Path dir;

    HttpServer server;
    final List<String> received = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.add(exchange.getRequestHeaders().getFirst(WebhookSignatures.ID_HEADER));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** The whole application on the database file, in a mock servlet context (as a service test), no web server. */
    ConfigurableApplicationContext context(String pollInterval) {
        String url = "jdbc:h2:file:" + dir.resolve("certdesk") + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=0";
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class, TestClock.Config.class)
                .profiles("test")
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext())
                .initializers(c -> ((GenericWebApplicationContext) c).setServletContext(new MockServletContext()))
                .run("--spring.datasource.url=" + url, "--certdesk.webhooks.poll-interval=" + pollInterval,
                        "--spring.main.banner-mode=off");
        // as SecurityStrategyListener does for test contexts: this context's method security reads this strategy
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        return context;
    }

    static int publish(ConfigurableApplicationContext context, String key) {
        return SystemAuthentication.callAsSystem(() -> context.getBean(Webhooks.class).publish(
                WebhookEventType.CERTIFICATE_ISSUED, key, Instant.now(), Map.of("certificateId", key)));
    }

    @Test
    void deliveries_queued_before_a_restart_are_sent_after_it_once_each() {
        String sentBefore;
        Set<String> queued;
        String held;
        long endpoint;
        try (var first = context("1h")) {
            endpoint = SystemAuthentication.callAsSystem(() -> first.getBean(WebhookService.class).create(
                    WebhookEndpointDraft.of("HR system", "http://127.0.0.1:" + server.getAddress().getPort()
                            + "/hook", Set.of(WebhookEventType.CERTIFICATE_ISSUED)))).endpoint().id();
            publish(first, "certificate-issued:1");
            assertThat(SystemAuthentication.callAsSystem(first.getBean(WebhookOutbox.class)::deliverDue)).isEqualTo(1);
            publish(first, "certificate-issued:2");
            publish(first, "certificate-issued:3");
            publish(first, "certificate-issued:4");
            List<WebhookDeliveryView> rows = deliveries(first, endpoint);
            sentBefore = rows.stream().filter(d -> d.eventKey().endsWith(":1")).findFirst().orElseThrow().eventId();
            queued = rows.stream().filter(d -> d.status() == WebhookDeliveryStatus.PENDING)
                    .map(WebhookDeliveryView::eventId).collect(Collectors.toSet());
            // the 4th was being sent when the node stopped: its lease still holds it
            WebhookDeliveryView dying = rows.stream().filter(d -> d.eventKey().endsWith(":4")).findFirst()
                    .orElseThrow();
            held = dying.eventId();
            Instant now = first.getBean(TestClock.class).instant();
            assertThat(first.getBean(WebhookStore.class).claim(dying.id(), "poller-that-died", now,
                    now.plus(first.getBean(WebhookProperties.class).lease()))).isTrue();
        }
        assertThat(received).containsExactly(sentBefore);
        assertThat(queued).hasSize(3).contains(held);

        try (var second = context("200ms")) {
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 3);
            Set<String> waiting = queued.stream().filter(id -> !id.equals(held)).collect(Collectors.toSet());
            assertThat(received).as("the two that were waiting, not the one a dead poller still held")
                    .containsExactlyInAnyOrderElementsOf(union(sentBefore, waiting));

            second.getBean(TestClock.class).advance(second.getBean(WebhookProperties.class).lease()
                    .plusSeconds(1));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 4);
            // a few more polls: nothing is sent again
            Awaitility.await().pollDelay(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> true);
            assertThat(received).hasSize(4).doesNotHaveDuplicates();
            assertThat(received).containsExactlyInAnyOrderElementsOf(union(sentBefore, queued));
            assertThat(deliveries(second, endpoint)).hasSize(4)
                    .allSatisfy(d -> {
                        assertThat(d.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
                        assertThat(d.attempts()).isEqualTo(1);
                    });
        }
    }

    static List<String> union(String one, Set<String> more) {
        List<String> all = new ArrayList<>(more);
        all.add(one);
        return all;
    }

    static List<WebhookDeliveryView> deliveries(ConfigurableApplicationContext context, long endpoint) {
        return SystemAuthentication.callAsSystem(() -> context.getBean(WebhookService.class)
                .deliveries(endpoint, null, PageRequest.of(0, 10)).getContent());
    }
}
