package com.certdesk.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.TestClock;
import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.base.ui.CopyButton;
import com.certdesk.notification.WebhookDeliveryStatus;
import com.certdesk.notification.WebhookDeliveryView;
import com.certdesk.notification.WebhookEndpointDraft;
import com.certdesk.notification.WebhookEndpointSummary;
import com.certdesk.notification.WebhookEndpointView;
import com.certdesk.notification.WebhookEventType;
import com.certdesk.notification.WebhookService;
import com.certdesk.notification.internal.WebhookOutbox;
import com.certdesk.notification.internal.WebhookSignatures;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class WebhooksViewTest extends UiTest {

    @Autowired WebhookService service;
    @Autowired WebhookOutbox outbox;
    @Autowired TestClock clock;

    record Received(String timestamp, String signature, String body) {
    }

    HttpServer server;
    final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger answer = new AtomicInteger(204);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst(WebhookSignatures.TIMESTAMP_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignatures.SIGNATURE_HEADER),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        // the endpoints go with the receiver, so other tests' events in this shared database do not reach them
        SystemAuthentication.runAsSystem(() -> service.endpoints().stream().filter(e -> e.url().equals(url()))
                .forEach(e -> service.delete(e.id())));
        server.stop(0);
        clock.reset();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    WebhooksView openAsAdmin() {
        signIn(fixtures.user("hooks-page-admin", null, Roles.ADMIN));
        return (WebhooksView) open("admin/webhooks");
    }

    /** Fills the add dialog and clicks its button; returns the button. */
    @SuppressWarnings("unchecked")
    Button addInDialog(String name, String address) {
        test(find(Button.class).withId("add-webhook").single()).click();
        test(find(TextField.class).withId("webhook-name").single()).setValue(name);
        test(find(TextField.class).withId("webhook-url").single()).setValue(address);
        CheckboxGroup<WebhookEventType> events = find(CheckboxGroup.class).withId("webhook-events").single();
        assertThat(events.getListDataView().getItems()).doesNotContain(WebhookEventType.PING)
                .contains(WebhookEventType.PROGRAM_COMPLETED);
        assertThat(events.getItemHelperGenerator().apply(WebhookEventType.PROGRAM_COMPLETED))
                .contains("completed every required module");
        events.setValue(Set.of(WebhookEventType.CERTIFICATE_ISSUED, WebhookEventType.CERTIFICATE_REVOKED));
        Button save = find(Button.class).withId("save-webhook").single();
        test(save).click();
        return save;
    }

    List<WebhookEndpointView> stored(String name) {
        return SystemAuthentication.callAsSystem(() -> service.endpoints().stream()
                .filter(e -> e.name().equals(name)).toList());
    }

    @SuppressWarnings("unchecked")
    Grid<WebhookEndpointSummary> endpoints() {
        return find(Grid.class).withId("webhooks-grid").single();
    }

    @SuppressWarnings("unchecked")
    Grid<WebhookDeliveryView> deliveries() {
        return find(Grid.class).withId("webhook-deliveries-grid").single();
    }

    String secretShown() {
        return find(Span.class).withId("webhook-secret").single().getText();
    }

    void done() {
        test(find(Button.class).withId("webhook-secret-done").single()).click();
    }

    WebhookDeliveryView delivery(long id) {
        return SystemAuthentication.callAsSystem(() -> service.delivery(id));
    }

    @Test
    void admin_adds_an_endpoint_sees_its_secret_once_and_a_double_click_adds_one() {
        openAsAdmin();
        String name = Fixtures.unique("Workday");
        Button save = addInDialog(name, url());

        String secret = secretShown();
        assertThat(secret).startsWith(WebhookSignatures.SECRET_PREFIX);
        assertThat(find(CopyButton.class).withId("copy-webhook-secret").single().text()).isEqualTo(secret);
        assertThat(text(find(Component.class).withId("webhook-secret-shown-once").single()))
                .contains("only time", "nobody can see it again");
        // the browser turns the button off at the first click, and so does the server, until an answer re-enables it
        assertThat(save.isDisableOnClick()).isTrue();
        assertThat(save.isEnabled()).as("still off: a second click of a double click does nothing").isFalse();
        assertThat(stored(name)).as("one endpoint").hasSize(1);

        done();
        assertThat(find(Span.class).withId("webhook-secret").all()).isEmpty();
        assertThat(text((Component) getCurrentView())).doesNotContain(secret);
        var grid = test(endpoints());
        int row = rowOf(name);
        assertThat(text(grid.getCellComponent(row, 0))).contains(name, url());
        assertThat(grid.getCellText(row, 1)).isEqualTo("Certificate issued, Certificate revoked");
        assertThat(text(grid.getCellComponent(row, 3))).contains("Nothing sent yet");
        assertThat(grid.getCellText(row, 4)).isEqualTo("None");
        assertThat(find(Component.class).withId("webhook-panel-title").single().getElement().getText())
                .as("the new endpoint is selected").isEqualTo(name);
        assertThat(test(deliveries()).size()).isZero();
        assertThat(deliveries().getEmptyStateText()).isEqualTo(WebhookDeliveriesGrid.EMPTY);
        assertThat(endpoints().getEmptyStateText()).startsWith("No endpoints yet");
    }

    int rowOf(String name) {
        var grid = test(endpoints());
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).endpoint().name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not in the list");
    }

    @Test
    void an_address_that_would_be_refused_says_why_on_the_field_and_adds_nothing() {
        openAsAdmin();
        String name = Fixtures.unique("Plain");
        addInDialog(name, "http://hooks.example.com/certdesk");

        TextField url = find(TextField.class).withId("webhook-url").single();
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).contains("Use https://", "hooks.example.com");
        assertThat(find(Button.class).withId("save-webhook").single().isEnabled()).as("can correct and save").isTrue();
        assertThat(find(Span.class).withId("webhook-secret").all()).isEmpty();
        assertThat(stored(name)).isEmpty();
    }

    @Test
    void admin_rotates_the_secret_and_the_new_one_is_shown_once_and_signs_the_test_event() {
        openAsAdmin();
        String name = Fixtures.unique("Rotated");
        addInDialog(name, url());
        String first = secretShown();
        done();
        rowOf(name);

        test(find(Button.class).withId("rotate-webhook-secret").single()).click();
        assertThat(find(Span.class).withId("webhook-secret").all()).as("nothing before confirming").isEmpty();
        test(find(ConfirmDialog.class).withId("rotate-webhook-dialog").single()).confirm();
        String second = secretShown();
        assertThat(second).startsWith(WebhookSignatures.SECRET_PREFIX).isNotEqualTo(first);
        assertThat(text(find(Component.class).withId("webhook-secret-shown-once").single()))
                .contains("old secret no longer signs");
        done();

        WebhooksView view = (WebhooksView) getCurrentView();
        test(find(Button.class).withId("ping-webhook").single()).click();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> deliveriesOf(name).getFirst().status() == WebhookDeliveryStatus.DELIVERED);
        view.poll();

        Received r = received.getFirst();
        assertThat(r.body()).contains("\"type\":\"ping\"");
        assertThat(r.signature()).isEqualTo(WebhookSignatures.signature(second, Long.parseLong(r.timestamp()),
                r.body())).isNotEqualTo(WebhookSignatures.signature(first, Long.parseLong(r.timestamp()), r.body()));
        assertThat(text(find(Component.class).withId("webhook-attempt-outcome").single()))
                .contains("The test event was delivered", "HTTP 204");
        var grid = test(deliveries());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Test ping");
        assertThat(text(grid.getCellComponent(0, 2))).startsWith("ping:");
        assertThat(text(grid.getCellComponent(0, 3))).isEqualTo("Delivered");
        assertThat(text(test(endpoints()).getCellComponent(rowOf(name), 3))).contains("Delivered", "HTTP 204");
    }

    List<WebhookDeliveryView> deliveriesOf(String name) {
        long id = stored(name).getFirst().id();
        return SystemAuthentication.callAsSystem(() -> service.deliveries(id, null, PageRequest.of(0, 10))
                .getContent());
    }

    @Test
    void a_test_event_the_endpoint_refuses_is_retried_and_once_failed_the_admin_retries_it_now() {
        openAsAdmin();
        String name = Fixtures.unique("Flaky");
        addInDialog(name, url());
        done();
        WebhooksView view = (WebhooksView) getCurrentView();
        answer.set(500);

        test(find(Button.class).withId("ping-webhook").single()).click();
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20))
                .until(() -> deliveriesOf(name).getFirst().attempts() == 1);
        view.poll();
        assertThat(text(find(Component.class).withId("webhook-attempt-outcome").single()))
                .contains("was not accepted", "HTTP 500", "Next attempt");
        long id = deliveriesOf(name).getFirst().id();
        assertThat(delivery(id).status()).isEqualTo(WebhookDeliveryStatus.PENDING);

        // the back-off's five waits pass: the attempts are used up
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofHours(13));
            SystemAuthentication.runAsSystem(outbox::deliverDue);
        }
        assertThat(delivery(id).status()).isEqualTo(WebhookDeliveryStatus.FAILED);
        assertThat(delivery(id).attempts()).isEqualTo(6);
        test(find(Button.class).withId("refresh-webhooks").single()).click();
        assertThat(test(endpoints()).getCellText(rowOf(name), 4)).isEqualTo("1 failed");
        var grid = test(deliveries());
        assertThat(text(grid.getCellComponent(0, 3))).startsWith("Failed");
        assertThat(grid.getCellText(0, 6)).contains("HTTP 500");

        answer.set(200);
        test(find(Button.class).withId("retry-webhook-delivery-" + id).single()).click();
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20))
                .until(() -> delivery(id).status() == WebhookDeliveryStatus.DELIVERED);
        view.poll();

        assertThat(received).hasSize(7);
        assertThat(delivery(id).attempts()).isEqualTo(7);
        assertThat(text(find(Component.class).withId("webhook-attempt-outcome").single()))
                .contains("The retried delivery was delivered", "HTTP 200");
        Component status = test(deliveries()).getCellComponent(0, 3);
        assertThat(text(status)).isEqualTo("Delivered");
        assertThat(status.getChildren().filter(Button.class::isInstance).toList()).as("no Retry now").isEmpty();
        assertThat(test(endpoints()).getCellText(rowOf(name), 4)).isEqualTo("None");
    }

    @Test
    void admin_deactivates_an_endpoint_in_the_form_and_a_test_event_is_then_refused_with_the_reason() {
        String name = Fixtures.unique("Paused");
        SystemAuthentication.runAsSystem(() -> service.create(WebhookEndpointDraft.of(name, url(),
                Set.of(WebhookEventType.ASSIGNMENT_OVERDUE))));
        openAsAdmin();
        test(endpoints()).select(rowOf(name));

        test(find(Button.class).withId("edit-webhook").single()).click();
        assertThat(find(TextField.class).withId("webhook-url").single().getValue()).isEqualTo(url());
        test(find(com.vaadin.flow.component.checkbox.Checkbox.class).withId("webhook-active").single()).click();
        test(find(Button.class).withId("save-webhook").single()).click();

        assertThat(stored(name)).singleElement().satisfies(e -> {
            assertThat(e.active()).isFalse();
            assertThat(e.eventTypes()).containsExactly(WebhookEventType.ASSIGNMENT_OVERDUE);
        });
        assertThat(text(test(endpoints()).getCellComponent(rowOf(name), 2))).isEqualTo("Inactive");
        test(find(Button.class).withId("ping-webhook").single()).click();
        assertThat(text(find(Component.class).withId("webhook-attempt-outcome").single())).contains("deactivated");
        assertThat(deliveriesOf(name)).isEmpty();
        assertThat(received).isEmpty();
    }

    @Test
    void admin_deletes_an_endpoint_after_confirming() {
        String name = Fixtures.unique("Old warehouse");
        SystemAuthentication.runAsSystem(() -> service.create(WebhookEndpointDraft.of(name, url(),
                Set.of(WebhookEventType.CERTIFICATE_EXPIRED))));
        openAsAdmin();
        test(endpoints()).select(rowOf(name));

        test(find(Button.class).withId("delete-webhook").single()).click();
        assertThat(stored(name)).as("nothing happens before confirming").hasSize(1);
        test(find(ConfirmDialog.class).withId("delete-webhook-dialog").single()).confirm();

        assertThat(stored(name)).isEmpty();
        var grid = test(endpoints());
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).endpoint().name()).isNotEqualTo(name);
        }
        assertThat(notifications()).anyMatch(n -> n.contains("deleted"));
    }

    @Test
    void only_administrators_open_the_webhooks_page() {
        assertThat(openAsAdmin()).isInstanceOf(WebhooksView.class);
        for (String role : List.of(Roles.HR, Roles.MANAGER, Roles.AGENT)) {
            signIn(fixtures.user("hooks-page-" + role.toLowerCase(), null, role));
            assertThat(open("admin/webhooks")).as(role).isInstanceOf(AccessDeniedView.class);
        }
    }
}
