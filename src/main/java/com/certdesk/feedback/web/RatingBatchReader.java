package com.certdesk.feedback.web;

import com.certdesk.base.ValidationException;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.feedback.RatingRules;
import com.certdesk.feedback.RatingsRejectedException.ItemProblem;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of {@code POST /api/v1/feedback} as it streams in: one rating (a JSON object) or a batch (a JSON
 * array of them, at most {@link #MAX_BATCH}), in the canonical fields of FEEDBACK_FORMAT.md with their snake_case
 * names. Every element is checked on its own, so one answer lists every bad item with all its reasons: the shape
 * (unknown fields, wrong types, missing required fields, times without an offset) and then {@link RatingRules}, the
 * one owner of what makes a rating acceptable. Only one element is held as a tree at a time.
 */
final class RatingBatchReader {

    static final int MAX_BATCH = 1000;

    static final String SOURCE_SYSTEM = "source_system";
    static final String SOURCE_RECORD_ID = "source_record_id";
    static final String METRIC = "metric";
    static final String SCALE_MIN = "scale_min";
    static final String SCALE_MAX = "scale_max";
    static final String SOURCE_SCORE_RAW = "source_score_raw";
    static final String SCORE = "score";
    static final String RESPONDED_AT = "responded_at";
    static final String TICKET_ID = "ticket_id";
    static final String AGENT_ID = "agent_id";
    static final String AGENT_EMAIL = "agent_email";
    static final String TEAM_ID = "team_id";
    static final String CHANNEL = "channel";
    static final String SURVEY_ID = "survey_id";
    static final String QUESTION_ID = "question_id";
    static final String COMMENT = "comment";
    static final String REASON = "reason";
    static final String LANGUAGE = "language";

    /** The canonical fields, in the order of FEEDBACK_FORMAT.md. */
    static final List<String> FIELDS = List.of(SOURCE_SYSTEM, SOURCE_RECORD_ID, METRIC, SCALE_MIN, SCALE_MAX,
            SOURCE_SCORE_RAW, SCORE, RESPONDED_AT, TICKET_ID, AGENT_ID, AGENT_EMAIL, TEAM_ID, CHANNEL, SURVEY_ID,
            QUESTION_ID, COMMENT, REASON, LANGUAGE);
    private static final Set<String> KNOWN = Set.copyOf(FIELDS);

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // each element is read as a tree in the middle of the array: what follows it is the next element
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The body could not be read as ratings at all (not JSON, not an object or array, empty, too many items). */
    static final class UnreadableBody extends ValidationException {

        UnreadableBody(String message) {
            super(message);
        }
    }

    /** What the body holds: the ratings when every item is good, else every item's problems. */
    record Batch(List<RatingInput> ratings, List<ItemProblem> problems, boolean single) {
    }

    private RatingBatchReader() {
    }

    /**
     * Reads the whole body; {@code now} is the server's clock (for {@link RatingRules}).
     *
     * @throws UnreadableBody when it is not one rating or a batch of them
     * @throws LimitedInput.TooLarge passed on from the stream
     */
    static Batch read(InputStream body, Instant now) {
        List<RatingInput> ratings = new ArrayList<>();
        List<ItemProblem> problems = new ArrayList<>();
        boolean single;
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                single = true;
                item(0, JSON.readTree(parser), now, ratings, problems);
            } else if (first == JsonToken.START_ARRAY) {
                single = false;
                int index = 0;
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    if (t == null) {
                        throw new UnreadableBody("The body is not valid JSON: the array is not closed.");
                    }
                    if (index == MAX_BATCH) {
                        throw new UnreadableBody("A batch holds at most %,d ratings; this one has more. Send it in "
                                .formatted(MAX_BATCH) + "several requests.");
                    }
                    item(index++, JSON.readTree(parser), now, ratings, problems);
                }
                if (index == 0) {
                    throw new UnreadableBody("The batch is empty: send at least one rating.");
                }
            } else {
                throw new UnreadableBody(first == null ? "The body is empty: send one rating (a JSON object) or a "
                        + "batch (a JSON array of them)." : "The body must be one rating (a JSON object) or a batch "
                        + "(a JSON array of them).");
            }
            if (parser.nextToken() != null) {
                throw new UnreadableBody("The body holds more than one JSON value: send one object or one array.");
            }
        } catch (JacksonException e) {
            var where = e.getLocation();
            throw new UnreadableBody("The body is not valid JSON" + (where == null ? "" : " (line %d, column %d)"
                    .formatted(where.getLineNr(), where.getColumnNr())) + ": " + e.getOriginalMessage());
        }
        return new Batch(problems.isEmpty() ? List.copyOf(ratings) : List.of(), List.copyOf(problems), single);
    }

    private static void item(int index, JsonNode node, Instant now, List<RatingInput> ratings,
            List<ItemProblem> problems) {
        List<String> reasons = new ArrayList<>();
        @Nullable RatingInput rating = node.isObject() ? rating(node, now, reasons) : null;
        if (!node.isObject()) {
            reasons.add("must be a JSON object with the fields of one rating");
        }
        if (reasons.isEmpty() && rating != null) {
            ratings.add(rating);
        } else {
            problems.add(new ItemProblem(index, List.copyOf(reasons)));
        }
    }

    private static @Nullable RatingInput rating(JsonNode node, Instant now, List<String> reasons) {
        Set<String> unknown = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!KNOWN.contains(field.getKey())) {
                unknown.add(field.getKey());
            }
        }
        unknown.forEach(name -> reasons.add("unknown field \"" + name + "\""));

        String sourceSystem = required(node, SOURCE_SYSTEM, reasons);
        String sourceRecordId = required(node, SOURCE_RECORD_ID, reasons);
        String metricName = required(node, METRIC, reasons);
        Integer scaleMin = integer(node, SCALE_MIN, true, reasons);
        Integer scaleMax = integer(node, SCALE_MAX, true, reasons);
        Integer score = integer(node, SCORE, false, reasons);
        String respondedAtText = required(node, RESPONDED_AT, reasons);
        String sourceScoreRaw = text(node, SOURCE_SCORE_RAW, reasons);
        String ticketId = text(node, TICKET_ID, reasons);
        String agentId = text(node, AGENT_ID, reasons);
        String agentEmail = text(node, AGENT_EMAIL, reasons);
        String teamId = text(node, TEAM_ID, reasons);
        String channel = text(node, CHANNEL, reasons);
        String surveyId = text(node, SURVEY_ID, reasons);
        String questionId = text(node, QUESTION_ID, reasons);
        String comment = text(node, COMMENT, reasons);
        String reason = text(node, REASON, reasons);
        String language = text(node, LANGUAGE, reasons);

        Metric metric = null;
        if (metricName != null) {
            try {
                metric = Metric.parse(metricName);
            } catch (ValidationException e) {
                reasons.add(e.getMessage());
            }
        }
        Instant respondedAt = null;
        if (respondedAtText != null) {
            try {
                respondedAt = OffsetDateTime.parse(respondedAtText.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant();
            } catch (DateTimeParseException e) {
                reasons.add(RESPONDED_AT + " \"" + respondedAtText + "\" is not an ISO-8601 time with an offset, "
                        + "e.g. 2026-11-30T14:05:00+01:00 or 2026-11-30T13:05:00Z");
            }
        }
        if (sourceSystem == null || sourceRecordId == null || metric == null || scaleMin == null || scaleMax == null
                || respondedAt == null || !reasons.isEmpty()) {
            return null;
        }
        var rating = new RatingInput(sourceSystem, sourceRecordId, questionId, metric, scaleMin, scaleMax,
                sourceScoreRaw, score, respondedAt, ticketId, agentId, agentEmail, teamId, channel, surveyId, comment,
                reason, language);
        reasons.addAll(RatingRules.problems(rating, now));
        return rating;
    }

    private static @Nullable String required(JsonNode node, String field, List<String> reasons) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
            reasons.add(field + " is required");
            return null;
        }
        return text(node, field, reasons);
    }

    /** A text field; absent, null and "" are all "not given" (as an empty CSV cell is). */
    private static @Nullable String text(JsonNode node, String field, List<String> reasons) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            reasons.add(field + " must be a string");
            return null;
        }
        String text = value.asString();
        return text.isEmpty() ? null : text;
    }

    private static @Nullable Integer integer(JsonNode node, String field, boolean required, List<String> reasons) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                reasons.add(field + " is required");
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            reasons.add(field + " must be a whole number");
            return null;
        }
        return value.intValue();
    }
}
