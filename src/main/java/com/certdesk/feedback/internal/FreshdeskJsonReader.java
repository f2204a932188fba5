package com.certdesk.feedback.internal;

import com.certdesk.base.ValidationException;
import com.certdesk.feedback.FormatMapping;
import com.certdesk.feedback.ImportFile;
import com.certdesk.feedback.QuestionMapping;
import com.certdesk.feedback.RatingInput;
import com.certdesk.feedback.RatingReader.ReadRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Freshdesk satisfaction ratings (a JSON array as the API returns it): each rating holds {@code ratings} keyed by
 * question id with codes -103..103; every (rating id, question) becomes one rating, read through the administrator's
 * {@link QuestionMapping} for that question. A question left out of the mapping is skipped and counted as not a
 * rating. The customer's {@code feedback} is the comment of the rating's first question only, so one comment is
 * not shown twice.
 */
final class FreshdeskJsonReader implements FileReader {

    static final String SOURCE_SYSTEM = "freshdesk";

    private final JsonElements elements;
    private final FormatMapping mapping;
    private final String sourceSystem;

    FreshdeskJsonReader(ImportFile file, FormatMapping mapping) {
        this.elements = new JsonElements(file, null, "a Freshdesk satisfaction ratings export (a JSON array of "
                + "ratings)");
        this.mapping = mapping;
        this.sourceSystem = Vendors.system(mapping, SOURCE_SYSTEM);
    }

    /** Refuses a mapping that maps no question: nothing could be read. */
    static void requireMapping(FormatMapping mapping) {
        if (mapping.questions().isEmpty()) {
            throw new ValidationException("Choose the metric and scale of each Freshdesk question (for example "
                    + "default_question: CSAT 1-3) before reading the file.");
        }
    }

    @Override
    public @Nullable ReadRecord next() {
        JsonElements.Element element = elements.next();
        return element == null ? null : read(element.line(), element.node());
    }

    private ReadRecord read(long line, JsonNode node) {
        if (!node.isObject()) {
            return ReadRecord.problem(line, "a satisfaction rating must be a JSON object");
        }
        List<String> problems = new ArrayList<>();
        String id = ZendeskRatings.text(node, "id");
        if (id == null) {
            problems.add("id is missing: a rating without its Freshdesk id cannot be de-duplicated");
        }
        String agent = ZendeskRatings.text(node, "agent_id");
        if (agent == null) {
            problems.add("rating " + (id == null ? "" : id + " ") + "has no agent_id, so no agent to attribute it to");
        }
        Instant respondedAt = null;
        String created = ZendeskRatings.text(node, "created_at");
        if (created == null) {
            problems.add("created_at is missing");
        } else {
            try {
                respondedAt = Timestamps.isoWithOffset(created);
            } catch (IllegalArgumentException e) {
                problems.add("created_at " + e.getMessage());
            }
        }
        JsonNode ratings = node.get("ratings");
        if (ratings == null || !ratings.isObject() || ratings.isEmpty()) {
            problems.add("ratings is missing or empty: expected an object of question id to code");
            return new ReadRecord(line, List.of(), problems, 0);
        }
        List<RatingInput> found = new ArrayList<>();
        int skipped = 0;
        String comment = ZendeskRatings.text(node, "feedback");
        for (Map.Entry<String, JsonNode> entry : ratings.properties()) {
            String question = entry.getKey();
            QuestionMapping q = mapping.questions().get(question);
            if (q == null) {
                skipped++;
                continue;
            }
            JsonNode value = entry.getValue();
            String code = value == null || value.isNull() ? null : value.asString().strip();
            Integer score = null;
            if (code != null && !code.isEmpty()) {
                QuestionMapping codes = q.values().isEmpty() ? VendorScales.freshdeskDefault(q.scaleMax()) : q;
                if (codes == null) {
                    problems.add(question + ": no codes are mapped to the scale " + q.scaleMin() + "-" + q.scaleMax());
                    continue;
                }
                try {
                    score = Cells.score(question + ": code", new QuestionMapping(q.metric(), q.scaleMin(),
                            q.scaleMax(), codes.values()), code);
                } catch (ValidationException e) {
                    problems.add(e.getMessage());
                    continue;
                }
            }
            if (problems.isEmpty()) {
                found.add(Cells.withChannel(new RatingInput(sourceSystem, id, question, q.metric(), q.scaleMin(),
                        q.scaleMax(), code == null || code.isEmpty() ? null : code, score, respondedAt,
                        ZendeskRatings.text(node, "ticket_id"), agent, null, ZendeskRatings.text(node, "group_id"),
                        null, ZendeskRatings.text(node, "survey_id"), found.isEmpty() ? comment : null, null, null),
                        mapping.channel()));
            }
        }
        if (!problems.isEmpty()) {
            return new ReadRecord(line, List.of(), problems, 0);
        }
        return new ReadRecord(line, found, List.of(), skipped);
    }

    @Override
    public long bytesRead() {
        return elements.bytesRead();
    }

    @Override
    public void close() {
        elements.close();
    }
}
