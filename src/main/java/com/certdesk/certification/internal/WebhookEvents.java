package com.certdesk.certification.internal;

import com.certdesk.certification.CertificateIssued;
import com.certdesk.certification.CertificateRevoked;
import com.certdesk.notification.WebhookEventType;
import com.certdesk.notification.Webhooks;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.security.SystemAuthentication;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns certification's events into webhook events, synchronously in the transaction that published them (so the
 * outbox row commits with the certificate). Data: ids, the agent's and program's names, ISO dates; nothing more.
 */
@Component
class WebhookEvents {

    private final Webhooks webhooks;
    private final PeopleDirectory people;
    private final Clock clock;

    WebhookEvents(Webhooks webhooks, PeopleDirectory people, Clock clock) {
        this.webhooks = webhooks;
        this.people = people;
        this.clock = clock;
    }

    @EventListener
    void on(CertificateIssued event) {
        Map<String, Object> data = agent(event.userId());
        data.put("certificateId", event.certificateId());
        data.put("programId", event.programId());
        data.put("programName", event.programName());
        data.put("validFrom", event.validFrom());
        data.put("validUntil", event.validUntil());
        data.put("recertification", event.recertification());
        SystemAuthentication.runAsSystem(() -> webhooks.publish(WebhookEventType.CERTIFICATE_ISSUED,
                "certificate-issued:" + event.certificateId(), clock.instant(), data));
    }

    @EventListener
    void on(CertificateRevoked event) {
        Map<String, Object> data = agent(event.userId());
        data.put("certificateId", event.certificateId());
        data.put("programId", event.programId());
        data.put("programName", event.programName());
        data.put("revokedAt", event.revokedAt());
        SystemAuthentication.runAsSystem(() -> webhooks.publish(WebhookEventType.CERTIFICATE_REVOKED,
                "certificate-revoked:" + event.certificateId(), event.revokedAt(), data));
    }

    private Map<String, Object> agent(long userId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agentId", userId);
        data.put("agentName", SystemAuthentication.callAsSystem(() -> people.names(java.util.List.of(userId)))
                .getOrDefault(userId, ""));
        return data;
    }
}
