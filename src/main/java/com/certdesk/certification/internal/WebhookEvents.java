package com.certdesk.certification.internal;

import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.CertificateIssued;
import com.certdesk.certification.CertificateRevoked;
import com.certdesk.notification.WebhookEventType;
import com.certdesk.notification.Webhooks;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.UserSummary;
import com.certdesk.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns certification's events into webhook events, synchronously in the transaction that published them (so the
 * outbox row commits with the certificate). Data: ids, the agent's and program's names, ISO dates; nothing more.
 *
 * <p>{@code program.completed}: an agent completes a program when they first meet all its requirements (every
 * required module complete, its quiz passed at the program's minimum score), which is the moment the issuer gives
 * them their first certificate in it. So it is published with that certificate, once per agent and program (key
 * {@code program-completed:P<program>:<agent>}): a renewal, or a new certificate after a revoked one, is not a second
 * completion (receivers hear of those as {@code certificate.issued}).
 */
@Component
class WebhookEvents {

    private final Webhooks webhooks;
    private final PeopleDirectory people;
    private final CertificateRepository certificates;
    private final StatusCalculator statuses;
    private final Clock clock;

    WebhookEvents(Webhooks webhooks, PeopleDirectory people, CertificateRepository certificates,
            StatusCalculator statuses, Clock clock) {
        this.webhooks = webhooks;
        this.people = people;
        this.certificates = certificates;
        this.statuses = statuses;
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
        if (certificates.findHistory(event.userId(), event.programId()).size() == 1) {
            programCompleted(event);
        }
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

    /** The first certificate in a program: the agent has completed it, on time or not if it was assigned. */
    private void programCompleted(CertificateIssued event) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> data = agent(event.userId());
        data.put("programId", event.programId());
        data.put("programName", event.programName());
        data.put("completedOn", today);
        data.put("certificateId", event.certificateId());
        UserSummary agent = SystemAuthentication.callAsSystem(() -> people.person(event.userId()));
        var due = statuses.effectiveDues(List.of(new StatusCalculator.Agent(agent.id(), agent.teamId())))
                .getOrDefault(agent.id(), Map.of())
                .get(StatusCalculator.targetKey(AssignmentKind.PROGRAM, event.programId()));
        data.put("assigned", due != null);
        data.put("dueOn", due == null ? null : due.dueOn());
        data.put("onTime", due == null ? null : !today.isAfter(due.dueOn()));
        SystemAuthentication.runAsSystem(() -> webhooks.publish(WebhookEventType.PROGRAM_COMPLETED,
                "program-completed:P" + event.programId() + ":" + event.userId(), clock.instant(), data));
    }

    private Map<String, Object> agent(long userId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agentId", userId);
        data.put("agentName", SystemAuthentication.callAsSystem(() -> people.names(List.of(userId)))
                .getOrDefault(userId, ""));
        return data;
    }
}
