package com.certdesk.notification;

import com.certdesk.TestMeters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.ValidationException;
import com.certdesk.notification.internal.WebhookOutbox;
import com.certdesk.notification.internal.WebhookSignatures;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class WebhookDeliveryTest {

    @Autowired Fixtures fixtures;
    @Autowired WebhookService service;
    @Autowired Webhooks webhooks;
    @Autowired WebhookOutbox outbox;
    @Autowired TestClock clock;
    @Autowired io.micrometer.core.instrument.MeterRegistry meters;

    record Received(Map<String, String> headers, String body) {
    }

    HttpServer server;
    final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger answer = new AtomicInteger(200);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.of(
                    "id", String.valueOf(exchange.getRequestHeaders().getFirst(WebhookSignatures.ID_HEADER)),
                    "timestamp", String.valueOf(exchange.getRequestHeaders().getFirst(WebhookSignatures.TIMESTAMP_HEADER)),
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst(WebhookSignatures.SIGNATURE_HEADER))),
                    body));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        clock.reset();
        fixtures.signOut();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    CreatedWebhookSecret endpoint(WebhookEventType... types) {
        fixtures.signIn(fixtures.user("hook-admin", null, Roles.ADMIN));
        try {
            return service.create(WebhookEndpointDraft.of(Fixtures.unique("Receiver"), url(), Set.of(types)));
        } finally {
            fixtures.signOut();
        }
    }

    int publish(WebhookEventType type, String key) {
        return SystemAuthentication.callAsSystem(() -> webhooks.publish(type, key, Instant.parse("2026-12-03T09:41:00Z"),
                Map.of("certificateId", 42, "validUntil", LocalDate.parse("2027-12-02"))));
    }

    @Test
    void a_receiver_gets_the_event_signed_with_its_secret_over_timestamp_and_body_once() {
        CreatedWebhookSecret created = endpoint(WebhookEventType.CERTIFICATE_ISSUED);
        String key = Fixtures.unique("certificate-issued");

        assertThat(publish(WebhookEventType.CERTIFICATE_ISSUED, key)).isEqualTo(1);
        assertThat(publish(WebhookEventType.CERTIFICATE_ISSUED, key)).as("the same event again").isZero();
        assertThat(publish(WebhookEventType.CERTIFICATE_REVOKED, Fixtures.unique("other"))).as("not subscribed")
                .isZero();
        outbox.deliverDue();

        assertThat(received).hasSize(1);
        Received r = received.getFirst();
        assertThat(r.body()).startsWith("{\"id\":\"evt_").contains("\"type\":\"certificate.issued\"")
                .contains("\"occurredAt\":\"2026-12-03T09:41:00Z\"").contains("\"validUntil\":\"2027-12-02\"")
                .contains("\"certificateId\":42");
        assertThat(r.body()).contains("\"id\":\"" + r.headers().get("id") + "\"");
        long timestamp = Long.parseLong(r.headers().get("timestamp"));
        assertThat(Math.abs(timestamp - clock.instant().getEpochSecond())).isLessThan(60);
        assertThat(r.headers().get("signature"))
                .isEqualTo(WebhookSignatures.signature(created.secret(), timestamp, r.body()))
                .isNotEqualTo(WebhookSignatures.signature(WebhookSignatures.newSecret(), timestamp, r.body()));
        outbox.deliverDue();
        assertThat(received).as("delivered once").hasSize(1);
    }

    @Test
    void a_500_is_retried_after_the_back_off_and_then_delivered() {
        CreatedWebhookSecret created = endpoint(WebhookEventType.ASSIGNMENT_OVERDUE);
        double retryingBefore = TestMeters.count(meters, "certdesk.webhook.deliveries", "outcome", "retrying");
        double deliveredBefore = TestMeters.count(meters, "certdesk.webhook.deliveries", "outcome", "delivered");
        answer.set(500);
        publish(WebhookEventType.ASSIGNMENT_OVERDUE, Fixtures.unique("overdue"));
        Instant before = clock.instant();
        outbox.deliverDue();

        fixtures.signIn(fixtures.user("hook-viewer", null, Roles.ADMIN));
        WebhookDeliveryView failed = service.deliveries(created.endpoint().id(), null, PageRequest.of(0, 10))
                .getContent().getFirst();
        assertThat(failed.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastStatusCode()).isEqualTo(500);
        assertThat(failed.nextAttemptAt()).isBetween(before.plus(Duration.ofMinutes(1)).minusSeconds(1),
                clock.instant().plus(Duration.ofMinutes(1)));

        answer.set(204);
        outbox.deliverDue();
        assertThat(received).as("not due before a minute has passed").hasSize(1);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        outbox.deliverDue();

        WebhookDeliveryView delivered = service.delivery(failed.id());
        assertThat(received).hasSize(2);
        assertThat(received.get(1).headers().get("id")).isEqualTo(received.get(0).headers().get("id"));
        assertThat(delivered.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.lastStatusCode()).isEqualTo(204);
        assertThat(TestMeters.count(meters, "certdesk.webhook.deliveries", "outcome", "retrying") - retryingBefore)
                .isEqualTo(1);
        assertThat(TestMeters.count(meters, "certdesk.webhook.deliveries", "outcome", "delivered") - deliveredBefore)
                .isEqualTo(1);
    }

    @Test
    void only_administrators_manage_endpoints() {
        CreatedWebhookSecret created = endpoint(WebhookEventType.CERTIFICATE_ISSUED);
        for (String role : List.of(Roles.HR, Roles.MANAGER, Roles.AGENT)) {
            fixtures.signIn(fixtures.user("hook-" + role.toLowerCase(), null, role));
            assertThatThrownBy(service::endpoints).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.create(WebhookEndpointDraft.of("x", url(),
                    Set.of(WebhookEventType.CERTIFICATE_ISSUED)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.rotateSecret(created.endpoint().id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.deliveries(null, null, PageRequest.of(0, 5)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.delete(created.endpoint().id())).isInstanceOf(AccessDeniedException.class);
            fixtures.signOut();
        }
    }

    @Test
    void plain_http_to_another_host_and_malformed_addresses_are_refused_with_a_reason() {
        fixtures.signIn(fixtures.user("hook-url-admin", null, Roles.ADMIN));
        Set<WebhookEventType> types = Set.of(WebhookEventType.CERTIFICATE_ISSUED);
        assertThatThrownBy(() -> service.create(WebhookEndpointDraft.of("a", "http://hooks.example.com/x", types)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Use https://");
        assertThatThrownBy(() -> service.create(WebhookEndpointDraft.of("b", "https://exa mple.com", types)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not a valid address");
        assertThatThrownBy(() -> service.create(WebhookEndpointDraft.of("c", "ftp://example.com", types)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("must start with https://");
        assertThatThrownBy(() -> service.create(WebhookEndpointDraft.of("d", "https://u:p@example.com/", types)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> service.create(WebhookEndpointDraft.of("e", "https://example.com/", Set.of())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least one event");
        assertThat(service.create(WebhookEndpointDraft.of(Fixtures.unique("ok"), "https://hooks.example.com/c",
                types)).secret()).startsWith("whsec_");
    }
}
