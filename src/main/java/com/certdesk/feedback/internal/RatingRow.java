package com.certdesk.feedback.internal;

import com.certdesk.feedback.Measure;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.feedback.RatingRules;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A rating as it is written to feedback_record: the canonical fields, cleaned (source system and
 * channel in lower case, no question = ""), with its organization day and what it counts as (kind, positive,
 * negative, read by {@link RatingRules}), the matched user and their team at rating time.
 */
record RatingRow(RatingInput rating, LocalDate localDay, @Nullable Long userId, @Nullable Long teamId) {

    /** The columns of feedback_record a rating fills, in the order {@link #bind} sets them. */
    static final String COLUMNS = "source_system, source_record_id, question_id, metric, scale_min, scale_max, "
            + "source_score_raw, score, responded_at, local_day, ticket_id, agent_id, agent_email, source_team, "
            + "channel, survey_id, comment_text, reason, language_tag, kind, positive, negative, user_id, team_id";
    static final int COLUMN_COUNT = 24;

    static String sourceSystem(RatingInput r) {
        return r.sourceSystem().strip().toLowerCase(Locale.ROOT);
    }

    static String recordId(RatingInput r) {
        return r.sourceRecordId().strip();
    }

    static String questionKey(RatingInput r) {
        return r.questionKey().strip();
    }

    /** The channel as stored: stripped, in lower case; null when the rating names none. */
    static @Nullable String channel(RatingInput r) {
        return r.channel() == null || r.channel().isBlank() ? null : r.channel().strip().toLowerCase(Locale.ROOT);
    }

    static Measure kind(Metric metric) {
        return metric.measure();
    }

    /** The SQL types of {@link #COLUMNS}, for the nulls. */
    private static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
        Types.INTEGER, Types.VARCHAR, Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.BIGINT, Types.BIGINT};

    /** The values of {@link #COLUMNS}, in that order; null for none (a blank text is none). */
    @Nullable Object[] values() {
        RatingInput r = rating;
        return new @Nullable Object[] {sourceSystem(r), recordId(r), questionKey(r), r.metric().name(), r.scaleMin(),
            r.scaleMax(), text(r.sourceScoreRaw()), r.score(), OffsetDateTime.ofInstant(r.respondedAt(),
            ZoneOffset.UTC), localDay, text(r.ticketId()), text(r.agentId()), text(r.agentEmail()), text(r.teamId()),
            channel(r), text(r.surveyId()), text(r.comment()), text(r.reason()), text(r.language()),
            kind(r.metric()).name(), positive() ? 1 : 0, negative() ? 1 : 0, userId, teamId};
    }

    /** Sets this row's {@link #COLUMNS} from parameter {@code first} on; returns the next free index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        @Nullable Object[] values = values();
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                ps.setNull(first + i, TYPES[i]);
                continue;
            }
            // typed setters: H2 converts a setObject value by looking up its class, for every cell
            switch (TYPES[i]) {
                case Types.VARCHAR -> ps.setString(first + i, (String) value);
                case Types.INTEGER -> ps.setInt(first + i, (Integer) value);
                case Types.BIGINT -> ps.setLong(first + i, (Long) value);
                default -> ps.setObject(first + i, value);
            }
        }
        return first + values.length;
    }

    boolean positive() {
        Integer score = rating.score();
        if (score == null) {
            return false;
        }
        return switch (rating.metric()) {
            case CSAT, CSAT_BINARY -> RatingRules.satisfied(rating.metric(), rating.scaleMax(), score);
            case NPS -> RatingRules.promoter(score);
            case CES -> false;
        };
    }

    boolean negative() {
        Integer score = rating.score();
        return score != null && rating.metric() == Metric.NPS && RatingRules.detractor(score);
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
