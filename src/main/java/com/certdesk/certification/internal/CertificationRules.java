package com.certdesk.certification.internal;

import com.certdesk.certification.CertStatus;
import com.certdesk.certification.StatusCell;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The dates of certification, in one place and without Spring, so every boundary can be unit tested.
 *
 * <ul>
 * <li>A certificate's {@code validUntil} is its last valid day; {@code null} means it never expires.</li>
 * <li>"Expiring soon" starts {@code windowDays} before the last valid day: with a last day of 30 June and a
 * 30-day window, from 31 May to 30 June. The recertification window opens on the same day.</li>
 * <li>An assignment is overdue from the day after its due date, unless a certificate was valid on or after the
 * due date (then the agent met it, and later shows as expired rather than overdue).</li>
 * <li>Recertification runs from the later of today and the day after the old last valid day: no lost days.</li>
 * </ul>
 */
public final class CertificationRules {

    private CertificationRules() {
    }

    /** What status derivation needs about one agent in one program. {@code due} is null when not assigned. */
    public record Facts(@Nullable LocalDate due, List<CertPeriod> certificates, boolean started, int windowDays) {

        public Facts {
            certificates = List.copyOf(certificates);
        }
    }

    /** Whether a new certificate may be issued now, counting quiz passes from {@code countsFrom} (null: any). */
    public record Eligibility(boolean open, @Nullable Instant countsFrom, @Nullable LocalDate validFrom) {

        static final Eligibility CLOSED = new Eligibility(false, null, null);
    }

    public static StatusCell status(LocalDate today, Facts facts) {
        Optional<Coverage> coverage = coverage(today, facts.certificates());
        if (coverage.isPresent()) {
            LocalDate until = coverage.get().until();
            if (until != null && !today.isBefore(windowOpens(until, facts.windowDays()))) {
                return new StatusCell(CertStatus.EXPIRING_SOON, until);
            }
            return new StatusCell(CertStatus.CERTIFIED, until);
        }
        LocalDate due = facts.due();
        if (due != null && today.isAfter(due) && !certifiedOnOrAfter(due, facts.certificates())) {
            return new StatusCell(CertStatus.OVERDUE, due);
        }
        LocalDate lastExpired = facts.certificates().stream()
                .filter(c -> !c.revoked() && c.validUntil() != null && c.validUntil().isBefore(today))
                .map(CertPeriod::validUntil).max(Comparator.naturalOrder()).orElse(null);
        if (lastExpired != null) {
            return new StatusCell(CertStatus.EXPIRED, lastExpired);
        }
        if (due != null) {
            return new StatusCell(facts.started() ? CertStatus.IN_PROGRESS : CertStatus.ASSIGNED, due);
        }
        return facts.started() ? new StatusCell(CertStatus.IN_PROGRESS, null) : StatusCell.NOT_ASSIGNED;
    }

    /** The first day of the recertification window (and of "expiring soon"). */
    public static LocalDate windowOpens(LocalDate validUntil, int windowDays) {
        return validUntil.minusDays(windowDays);
    }

    /** The last valid day of a certificate valid from {@code validFrom} for {@code months} (null: no expiry). */
    public static @Nullable LocalDate validUntil(LocalDate validFrom, @Nullable Integer months) {
        return months == null ? null : validFrom.plusMonths(months).minusDays(1);
    }

    /** When a new certificate may be issued, and from which moment quiz passes count towards it. */
    public static Eligibility eligibility(LocalDate today, ZoneId zone, List<CertPeriod> history, int windowDays) {
        Instant lastRevocation = history.stream().map(CertPeriod::revokedAt).filter(r -> r != null)
                .max(Comparator.naturalOrder()).orElse(null);
        Optional<CertPeriod> latest = history.stream().filter(c -> !c.revoked())
                .max(Comparator.comparing(CertPeriod::validFrom));
        if (latest.isEmpty()) {
            return new Eligibility(true, lastRevocation, today);
        }
        LocalDate until = latest.get().validUntil();
        if (until == null) {
            return Eligibility.CLOSED;
        }
        LocalDate opens = windowOpens(until, windowDays);
        if (today.isBefore(opens)) {
            return Eligibility.CLOSED;
        }
        Instant countsFrom = opens.atStartOfDay(zone).toInstant();
        if (lastRevocation != null && lastRevocation.isAfter(countsFrom)) {
            countsFrom = lastRevocation;
        }
        return new Eligibility(true, countsFrom, nextValidFrom(today, until));
    }

    /** Recertification starts on the later of today and the day after the old last valid day. */
    public static LocalDate nextValidFrom(LocalDate today, @Nullable LocalDate oldValidUntil) {
        if (oldValidUntil == null) {
            return today;
        }
        LocalDate dayAfter = oldValidUntil.plusDays(1);
        return dayAfter.isAfter(today) ? dayAfter : today;
    }

    /** Certified today: until the last day of the chain of back-to-back certificates (null: no expiry). */
    record Coverage(@Nullable LocalDate until) {
    }

    static Optional<Coverage> coverage(LocalDate today, List<CertPeriod> certificates) {
        List<CertPeriod> valid = certificates.stream().filter(c -> !c.revoked())
                .sorted(Comparator.comparing(CertPeriod::validFrom)).toList();
        if (valid.stream().noneMatch(c -> c.covers(today))) {
            return Optional.empty();
        }
        LocalDate until = today.minusDays(1);
        for (CertPeriod c : valid) {
            if (c.validFrom().isAfter(until.plusDays(1))) {
                if (until.isBefore(today)) {
                    continue;
                }
                break;
            }
            if (c.validUntil() == null) {
                return Optional.of(new Coverage(null));
            }
            if (c.validUntil().isAfter(until)) {
                until = c.validUntil();
            }
        }
        return Optional.of(new Coverage(until));
    }

    private static boolean certifiedOnOrAfter(LocalDate due, List<CertPeriod> certificates) {
        return certificates.stream().anyMatch(c -> !c.revoked()
                && (c.validUntil() == null || !c.validUntil().isBefore(due)));
    }

    /**
     * When the agent's current certification period began, for counting quiz attempts: the first day of the latest
     * recertification window that has opened (a renewal, before or after the new certificate), or null while the
     * agent has never been inside one (every attempt counts). Revoked certificates open no window.
     */
    public static @Nullable Instant periodStart(LocalDate today, ZoneId zone, List<CertPeriod> history,
            int windowDays) {
        return history.stream().filter(c -> !c.revoked() && c.validUntil() != null)
                .map(c -> windowOpens(c.validUntil(), windowDays)).filter(opens -> !opens.isAfter(today))
                .max(Comparator.naturalOrder()).map(opens -> opens.atStartOfDay(zone).toInstant()).orElse(null);
    }

    /** Whether the agent may renew now: they hold (or held) a certificate and its window is open. */
    public static boolean renewalOpen(LocalDate today, ZoneId zone, List<CertPeriod> history, int windowDays) {
        return history.stream().anyMatch(c -> !c.revoked())
                && eligibility(today, zone, history, windowDays).open();
    }
}
