package com.certdesk.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Zendesk connector as its page shows it: the connection (never the token, only when it was saved), the last
 * sync with its counts, where the next one starts, and the ratings skipped because their agent is unknown, grouped
 * by Zendesk agent id. Counts are those of the last sync (a sync resumed after a restart counts as one).
 */
public record ZendeskStatus(
        @Nullable String subdomain,
        @Nullable String agentEmail,
        @Nullable Instant tokenSavedAt,
        boolean enabled,
        @Nullable String connectsTo,
        @Nullable String keyProblem,
        ZendeskSyncStatus lastStatus,
        @Nullable String lastMessage,
        @Nullable Instant lastStartedAt,
        @Nullable Instant lastFinishedAt,
        @Nullable Instant runningSince,
        @Nullable Instant rateLimitedUntil,
        @Nullable Instant syncedUpTo,
        boolean resumePending,
        int pages,
        int ratingsStored,
        int duplicates,
        int notRatings,
        int skippedUnknown,
        int skippedInvalid,
        long unknownAgentRatings,
        List<SkippedAgent> unknownAgents,
        long invalidRatings,
        @Nullable Instant nextRunAt,
        Duration syncEvery) {

    /** At most this many unknown agents are listed (all are counted). */
    public static final int AGENTS_LISTED = 50;

    public ZendeskStatus {
        unknownAgents = List.copyOf(unknownAgents);
    }

    /** Whether the connection can sync: subdomain, e-mail and a token saved. */
    public boolean configured() {
        return subdomain != null && agentEmail != null && tokenSavedAt != null;
    }

    public boolean running() {
        return runningSince != null;
    }

    /** A Zendesk agent id Certdesk knows no user for, with how many of its ratings were skipped, the earliest when. */
    public record SkippedAgent(String agentId, long ratings, @Nullable Instant earliest) {
    }
}
