package com.certdesk.feedback.internal;

import com.certdesk.base.CsvHeader;
import com.certdesk.base.ValidationException;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.QuestionMapping;
import com.certdesk.feedback.RatingInput;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small helpers the readers share for reading one cell. */
final class Cells {

    private Cells() {
    }

    /** The cell as a value: null when empty or white space, otherwise as written. */
    static @Nullable String value(@Nullable String cell) {
        return CsvHeader.cell(cell);
    }

    /** A header name compared case-insensitively, spaces and hyphens as underscores: "Assignee ID" = assignee_id. */
    static String headerName(String header) {
        return CsvHeader.name(header);
    }

    /** A whole number, or a problem text naming the field. */
    static int integer(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field + " \"" + text.strip() + "\" is not a whole number");
        }
    }

    /**
     * The score an answer stands for under {@code mapping}: through its values (exact text first, then ignoring case
     * and surrounding spaces; null when the answer is mapped to no answer, such as "N/A"), or, when it has none, the
     * answer read as a whole number on the scale.
     *
     * @throws ValidationException naming the answer and the choices the mapping knows
     */
    static @Nullable Integer score(String what, QuestionMapping mapping, String answer) {
        if (mapping.values().isEmpty()) {
            return integer(what, answer);
        }
        if (mapping.values().containsKey(answer)) {
            return mapping.values().get(answer);
        }
        String wanted = answer.strip();
        for (Map.Entry<String, @Nullable Integer> e : mapping.values().entrySet()) {
            if (e.getKey().strip().equalsIgnoreCase(wanted)) {
                return e.getValue();
            }
        }
        List<String> known = mapping.values().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, @Nullable Integer> e) -> e.getValue(),
                        Comparator.nullsLast(Comparator.<Integer>reverseOrder())))
                .map(e -> e.getValue() == null ? e.getKey() + " (no answer)" : e.getKey()).toList();
        throw new ValidationException(what + " \"" + answer.strip() + "\" is not one of the choices mapped to the "
                + mapping.metric() + " scale " + mapping.scaleMin() + "-" + mapping.scaleMax() + " ("
                + String.join(", ", known) + "): add it to the mapping");
    }

    /** Who a cell names as the agent: an e-mail address when it holds an @, otherwise the vendor's agent id. */
    record Agent(@Nullable String id, @Nullable String email) {

        static Agent of(@Nullable String cell) {
            String value = value(cell);
            if (value == null) {
                return new Agent(null, null);
            }
            String v = value.strip();
            return v.contains("@") ? new Agent(null, v) : new Agent(v, null);
        }

        boolean none() {
            return id == null && email == null;
        }

        /**
         * Why a survey tool's row cannot be given an agent, or null when it can: it names one in the agent column
         * ({@code agentColumn}, null when none was chosen), or else its ticket, whose agent is then the one the
         * helpdesk's own rating of that ticket names ({@link com.certdesk.feedback.FeedbackFormat#agentFromTicket()}).
         */
        @Nullable String problem(@Nullable String agentColumn, @Nullable String ticketColumn, @Nullable String ticket,
                String agentHint) {
            if (!none() || ticket != null) {
                return null;
            }
            if (agentColumn == null && ticketColumn == null) {
                return "no agent: choose the column that names the agent (" + agentHint + "), or the ticket column "
                        + "to take the agent from the helpdesk's rating of the same ticket";
            }
            if (ticketColumn == null) {
                return "no agent: the column " + agentColumn + " is empty";
            }
            return agentColumn == null ? "no agent: the ticket column " + ticketColumn + " is empty"
                    : "no agent: the columns " + agentColumn + " and " + ticketColumn + " are empty";
        }
    }

    /** The rating with the channel the administrator chose, when they chose one. */
    static RatingInput withChannel(RatingInput r, @Nullable String channel) {
        if (channel == null || channel.isBlank()) {
            return r;
        }
        return new RatingInput(r.sourceSystem(), r.sourceRecordId(), r.questionId(), r.metric(), r.scaleMin(),
                r.scaleMax(), r.sourceScoreRaw(), r.score(), r.respondedAt(), r.ticketId(), r.agentId(),
                r.agentEmail(), r.teamId(), channel.strip(), r.surveyId(), r.comment(), r.reason(), r.language());
    }

    /** A metric name for messages. */
    static String describe(Metric metric, int min, int max) {
        return metric + " " + min + "-" + max;
    }
}
