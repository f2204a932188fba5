package com.certdesk;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A browserless UI test: real views and services in the test JVM. Create data with {@link #fixtures},
 * then {@link #signIn} and navigate; navigation access control sees the signed-in user.
 */
@ServiceTest
public abstract class UiTest extends SpringBrowserlessTest {

    @Autowired
    protected Fixtures fixtures;

    protected void signIn(String username) {
        fixtures.signIn(username);
    }

    @AfterEach
    void signOutAfterTest() {
        fixtures.signOut();
    }

    /** Navigates by URL, as a user typing it would, and returns what is shown. */
    protected HasElement open(String location) {
        UI.getCurrent().navigate(location);
        roundTrip();
        return getCurrentView();
    }

    protected List<String> notifications() {
        return find(Notification.class).all().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .toList();
    }

    protected static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
