package com.certdesk.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organization's time zone ({@code certdesk.organization.time-zone}, default the server's): the one that decides
 * on which calendar day, week, month and quarter a rating or a response falls, whoever looks at the figures. Screens
 * still show instants in the viewer's own zone (see base/ui/UserFormats).
 */
@Component
public class OrganizationTime {

    private final ZoneId zone;
    private final Clock clock;

    OrganizationTime(@Value("${certdesk.organization.time-zone:}") String zone, Clock clock) {
        this.zone = zone.isBlank() ? clock.getZone() : ZoneId.of(zone);
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The organization's calendar day of an instant. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The first instant of a calendar day in the organization's zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
