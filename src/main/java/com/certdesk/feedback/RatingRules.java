package com.certdesk.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What makes a rating acceptable, in one place for every way in (file readers, the ingestion API, the connector),
 * and how an answer on its declared scale is read: satisfied, promoter, detractor. Pure rules, no state.
 */
public final class RatingRules {

    /** Longest comment kept; longer ones are a problem of their row (not silently cut). */
    public static final int MAX_COMMENT = 10_000;
    public static final int MAX_REASON = 2_000;
    public static final int MAX_ID = 200;
    public static final int MAX_SOURCE_SYSTEM = 60;
    public static final int MAX_EMAIL = 320;
    public static final int MAX_CHANNEL = 40;
    public static final int MAX_LANGUAGE = 35;
    /** A rating may be stamped at most this far ahead of the server's clock (clock skew between systems). */
    public static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private RatingRules() {
    }

    /** Whether {@code metric} may be declared on [min, max]: the scales the figures know how to read. */
    public static boolean scaleAllowed(Metric metric, int min, int max) {
        return switch (metric) {
            case CSAT -> min == 1 && (max == 5 || max == 3);
            case CSAT_BINARY -> min == 0 && max == 1;
            case NPS -> min == 0 && max == 10;
            case CES -> min == 1 && (max == 7 || max == 5);
        };
    }

    /** The scales accepted for a metric, for messages. */
    public static String allowedScales(Metric metric) {
        return switch (metric) {
            case CSAT -> "1-5 or 1-3";
            case CSAT_BINARY -> "0-1";
            case NPS -> "0-10";
            case CES -> "1-7 or 1-5";
        };
    }

    /** Every reason this rating cannot be stored, empty when it can. {@code now} is the server's clock. */
    public static List<String> problems(RatingInput r, Instant now) {
        return problems(r, now, false);
    }

    /**
     * As {@link #problems(RatingInput, Instant)}; with {@code agentFromTicket} (a survey tool's export, see
     * {@link FeedbackFormat#agentFromTicket()}) a rating that names no agent is acceptable when it names its ticket.
     */
    public static List<String> problems(RatingInput r, Instant now, boolean agentFromTicket) {
        List<String> problems = new ArrayList<>();
        required(problems, "source_system", r.sourceSystem(), MAX_SOURCE_SYSTEM);
        required(problems, "source_record_id", r.sourceRecordId(), MAX_ID);
        optional(problems, "question_id", r.questionId(), MAX_ID);
        if (!scaleAllowed(r.metric(), r.scaleMin(), r.scaleMax())) {
            problems.add("scale %d-%d is not a %s scale (expected %s)".formatted(r.scaleMin(), r.scaleMax(),
                    r.metric(), allowedScales(r.metric())));
        } else if (r.score() != null && (r.score() < r.scaleMin() || r.score() > r.scaleMax())) {
            problems.add("score %d is outside the declared scale %d-%d".formatted(r.score(), r.scaleMin(),
                    r.scaleMax()));
        }
        if (r.respondedAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
            problems.add("responded_at " + r.respondedAt() + " is in the future");
        }
        if (blank(r.agentId()) && blank(r.agentEmail())) {
            if (!agentFromTicket) {
                problems.add("agent_id or agent_email is required");
            } else if (blank(r.ticketId())) {
                problems.add("no agent and no ticket id: the agent cannot be found");
            }
        }
        optional(problems, "agent_id", r.agentId(), MAX_ID);
        optional(problems, "agent_email", r.agentEmail(), MAX_EMAIL);
        optional(problems, "ticket_id", r.ticketId(), MAX_ID);
        optional(problems, "team_id", r.teamId(), MAX_ID);
        optional(problems, "channel", r.channel(), MAX_CHANNEL);
        optional(problems, "survey_id", r.surveyId(), MAX_ID);
        optional(problems, "source_score_raw", r.sourceScoreRaw(), MAX_ID);
        optional(problems, "comment", r.comment(), MAX_COMMENT);
        optional(problems, "reason", r.reason(), MAX_REASON);
        optional(problems, "language", r.language(), MAX_LANGUAGE);
        return problems;
    }

    /** CSAT on any accepted scale read as "satisfied": top two boxes of 1-5, top box of 1-3, good of good/bad. */
    public static boolean satisfied(Metric metric, int scaleMax, int score) {
        return switch (metric) {
            case CSAT -> scaleMax == 5 ? score >= 4 : score >= scaleMax;
            case CSAT_BINARY -> score == 1;
            default -> throw new IllegalArgumentException(metric + " is not a satisfaction metric");
        };
    }

    /**
     * A reason in the form it is compared in: stripped, lower case, inner runs of white space as one space, so that
     * "Took too long " and "took  too long" are the same reason; null for a blank one. Reasons are matched whole,
     * never by a part of them.
     */
    public static @Nullable String reasonKey(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        return reason.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** NPS 9-10. */
    public static boolean promoter(int score) {
        return score >= 9;
    }

    /** NPS 0-6. */
    public static boolean detractor(int score) {
        return score <= 6;
    }

    private static void required(List<String> problems, String field, @Nullable String value, int max) {
        if (blank(value)) {
            problems.add(field + " is required");
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<String> problems, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            problems.add("%s is longer than %d characters".formatted(field, max));
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
