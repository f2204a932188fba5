package com.certdesk.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * One stay of a user in a team: from {@code from} until {@code until} (exclusive; null while it lasts).
 * {@code joinedOn} is the day the stay began, in the portal's time zone.
 */
public record TeamStay(long userId, long teamId, Instant from, @Nullable Instant until, LocalDate joinedOn) {

    public static TeamStay of(long userId, long teamId, Instant from, @Nullable Instant until, ZoneId zone) {
        return new TeamStay(userId, teamId, from, until, LocalDate.ofInstant(from, zone));
    }

    /** Whether the user was in this team at that instant. */
    public boolean covers(Instant at) {
        return !at.isBefore(from) && (until == null || at.isBefore(until));
    }

    public boolean current() {
        return until == null;
    }
}
