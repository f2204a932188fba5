package com.certdesk.feedback;

import java.time.ZoneId;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the administrator chose for a vendor file whose layout does not say everything itself. Canonical and
 * Zendesk files need nothing ({@link #NONE}). Freshdesk: {@code questions} by question id ("default_question").
 * Qualtrics: {@code questions} by column id ("Q1"), {@code agentColumn} the embedded-data column naming the agent,
 * the time zone read from the ImportId row unless {@code timeZone} overrides it. SurveyMonkey: {@code questions} by
 * column header as shown, {@code agentColumn} the column naming the agent (a custom-data column or the collector).
 * {@code sourceSystem} overrides the system name stored with the ratings (default: the vendor's name).
 */
public record FormatMapping(
        Map<String, QuestionMapping> questions,
        @Nullable String agentColumn,
        @Nullable String ticketColumn,
        @Nullable String channel,
        @Nullable ZoneId timeZone,
        @Nullable String sourceSystem) {

    public static final FormatMapping NONE = new FormatMapping(Map.of(), null, null, null, null, null);

    public FormatMapping {
        questions = Map.copyOf(questions);
    }
}
