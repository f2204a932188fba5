package com.certdesk.feedback.internal;

import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How one Zendesk legacy satisfaction rating (an element of {@code satisfaction_ratings} in an API page, or a row
 * of the CSV export) becomes a {@link RatingInput}: {@code good} is 1 and {@code bad} is 0 on the 0-1 CSAT_BINARY
 * scale, the word is kept as the raw value; {@code offered} and {@code unoffered} are surveys sent or not sent, not
 * ratings. Agent = {@code assignee_id}, team = {@code group_id}, question id {@value #QUESTION_ID}. The file reader
 * and the Zendesk API connector both map through here, so a rating reads the same whichever way it came in.
 */
public final class ZendeskRatings {

    /** The system name stored with Zendesk ratings unless the administrator chose another. */
    public static final String SOURCE_SYSTEM = "zendesk";
    /** Zendesk's legacy survey asks one question; this is its question id in the de-duplication key. */
    public static final String QUESTION_ID = "satisfaction";

    private ZendeskRatings() {
    }

    /** What one Zendesk rating object is: a rating, an entry that is not a rating (offered), or a problem. */
    public sealed interface Outcome {
        /** A rating to store. */
        record Rating(RatingInput rating) implements Outcome {
        }

        /** A survey offered or not offered: counted, never stored as a rating. {@code score} is Zendesk's word. */
        record NotARating(String score) implements Outcome {
        }

        /** The object cannot be read as a rating; the message is for the administrator. */
        record Problem(String message) implements Outcome {
        }
    }

    /** One element of {@code satisfaction_ratings}, stored under the system name {@value #SOURCE_SYSTEM}. */
    public static Outcome fromJson(JsonNode rating) {
        return fromJson(rating, SOURCE_SYSTEM);
    }

    /** One element of {@code satisfaction_ratings}, stored under {@code sourceSystem}. */
    public static Outcome fromJson(JsonNode rating, String sourceSystem) {
        if (!rating.isObject()) {
            return new Outcome.Problem("a satisfaction rating must be a JSON object, found " + rating.getNodeType()
                    .name().toLowerCase(Locale.ROOT));
        }
        return fromFields(sourceSystem, text(rating, "id"), text(rating, "assignee_id"), text(rating, "group_id"),
                text(rating, "ticket_id"), text(rating, "score"), text(rating, "created_at"), text(rating, "comment"),
                text(rating, "reason"));
    }

    /**
     * The same mapping from the fields one by one (the CSV export has them as columns). Empty strings count as
     * absent.
     */
    public static Outcome fromFields(String sourceSystem, @Nullable String id, @Nullable String assigneeId,
            @Nullable String groupId, @Nullable String ticketId, @Nullable String score, @Nullable String createdAt,
            @Nullable String comment, @Nullable String reason) {
        String word = blankToNull(score);
        if (word == null) {
            return new Outcome.Problem("score is missing (expected good, bad, offered or unoffered)");
        }
        String normalized = word.strip().toLowerCase(Locale.ROOT);
        Integer value = switch (normalized) {
            case "good", "good_with_comment" -> 1;
            case "bad", "bad_with_comment" -> 0;
            case "offered", "unoffered" -> null;
            default -> -1;
        };
        if (value == null) {
            return new Outcome.NotARating(normalized);
        }
        if (value < 0) {
            return new Outcome.Problem("score \"" + word.strip() + "\" is not a Zendesk satisfaction score "
                    + "(expected good, bad, offered or unoffered)");
        }
        String recordId = blankToNull(id);
        if (recordId == null) {
            return new Outcome.Problem("id is missing: a rating without its Zendesk id cannot be de-duplicated");
        }
        String agent = blankToNull(assigneeId);
        if (agent == null) {
            return new Outcome.Problem("rating " + recordId + " has no assignee_id, so no agent to attribute it to");
        }
        String created = blankToNull(createdAt);
        if (created == null) {
            return new Outcome.Problem("rating " + recordId + " has no created_at");
        }
        Instant respondedAt;
        try {
            respondedAt = Timestamps.isoWithOffset(created);
        } catch (IllegalArgumentException e) {
            return new Outcome.Problem("rating " + recordId + ": created_at " + e.getMessage());
        }
        return new Outcome.Rating(new RatingInput(sourceSystem, recordId, QUESTION_ID, Metric.CSAT_BINARY, 0, 1,
                normalized, value, respondedAt, blankToNull(ticketId), agent, null, blankToNull(groupId), null,
                null, blankToNull(comment), blankToNull(reason), null));
    }

    /** A field as text: strings as they are, numbers as written; absent, null and empty are null. */
    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isString()) {
            return blankToNull(value.stringValue());
        }
        if (value.isValueNode()) {
            return value.asString();
        }
        return null;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
