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

    static Measure kind(Metric metric) {
        return metric.measure();
    }

    /** Sets this row's {@link #COLUMNS} from parameter {@code first} on; returns the next free index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        RatingInput r = rating;
        int i = first;
        ps.setString(i++, sourceSystem(r));
        ps.setString(i++, recordId(r));
        ps.setString(i++, questionKey(r));
        ps.setString(i++, r.metric().name());
        ps.setInt(i++, r.scaleMin());
        ps.setInt(i++, r.scaleMax());
        setText(ps, i++, r.sourceScoreRaw());
        if (r.score() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, r.score());
        }
        ps.setObject(i++, OffsetDateTime.ofInstant(r.respondedAt(), ZoneOffset.UTC));
        ps.setObject(i++, localDay);
        setText(ps, i++, r.ticketId());
        setText(ps, i++, r.agentId());
        setText(ps, i++, r.agentEmail() == null ? null : r.agentEmail().strip());
        setText(ps, i++, r.teamId());
        setText(ps, i++, r.channel() == null ? null : r.channel().strip().toLowerCase(Locale.ROOT));
        setText(ps, i++, r.surveyId());
        setText(ps, i++, r.comment());
        setText(ps, i++, r.reason());
        setText(ps, i++, r.language());
        ps.setString(i++, kind(r.metric()).name());
        ps.setInt(i++, positive() ? 1 : 0);
        ps.setInt(i++, negative() ? 1 : 0);
        setLong(ps, i++, userId);
        setLong(ps, i++, teamId);
        return i;
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

    private static void setText(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null || value.isBlank()) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value.strip());
        }
    }

    private static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
