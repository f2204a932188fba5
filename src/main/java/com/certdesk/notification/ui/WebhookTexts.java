package com.certdesk.notification.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.notification.WebhookDeliveryStatus;
import com.certdesk.notification.WebhookEndpointSummary;
import com.certdesk.notification.WebhookEventType;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/** How the webhook pages put events and delivery states into words, once for the list, the form and the grid. */
final class WebhookTexts {

    private WebhookTexts() {
    }

    /** What the event tells a receiver, in plain words, under its checkbox. */
    static String description(WebhookEventType type) {
        return switch (type) {
            case CERTIFICATE_ISSUED -> "An agent earned a certificate, for the first time or by renewing one.";
            case CERTIFICATE_EXPIRED -> "A certificate passed its last valid day without being renewed (checked daily).";
            case CERTIFICATE_REVOKED -> "An administrator revoked a certificate; its verification page now says so.";
            case PROGRAM_COMPLETED -> "An agent completed every required module of a program for the first time, "
                    + "with the due date and whether it was on time.";
            case ASSIGNMENT_OVERDUE -> "An agent's assigned module or program passed its due date unfinished "
                    + "(checked daily).";
            case PING -> "A test delivery sent with Send test event.";
        };
    }

    /** "Certificate issued, Program completed", in the enum's order. */
    static String events(Set<WebhookEventType> types) {
        return types.stream().sorted(Comparator.naturalOrder()).map(WebhookEventType::label)
                .collect(Collectors.joining(", "));
    }

    static Badge status(WebhookDeliveryStatus status, int attempts) {
        boolean retrying = status == WebhookDeliveryStatus.PENDING && attempts > 0;
        var badge = new Badge(retrying ? "Retrying" : status.label());
        badge.addThemeVariants(switch (status) {
            case DELIVERED -> BadgeVariant.SUCCESS;
            case FAILED -> BadgeVariant.ERROR;
            case PENDING -> retrying ? BadgeVariant.WARNING : BadgeVariant.CONTRAST;
        });
        return badge;
    }

    /** "Delivered · 3 Dec 2026, 09:41 · HTTP 204", or that nothing was sent yet. */
    static String lastDelivery(WebhookEndpointSummary s) {
        var h = s.health();
        if (h == null) {
            return "Nothing sent yet";
        }
        String answer = h.lastStatusCode() != null ? "HTTP " + h.lastStatusCode()
                : h.lastError() != null ? h.lastError() : "";
        return UserFormats.current().dateTime(h.lastAt()) + (answer.isEmpty() ? "" : " \u00b7 " + answer);
    }

    /** "2 failed, 1 retrying", or "None". */
    static String failures(WebhookEndpointSummary s) {
        if (s.failed() == 0 && s.retrying() == 0) {
            return "None";
        }
        String failed = s.failed() == 0 ? "" : s.failed() + " failed";
        String retrying = s.retrying() == 0 ? "" : s.retrying() + " retrying";
        return failed.isEmpty() ? retrying : retrying.isEmpty() ? failed : failed + ", " + retrying;
    }
}
