package com.certdesk.feedback.ui;

import com.certdesk.feedback.Metric;
import com.certdesk.feedback.QuestionMapping;
import com.certdesk.feedback.RatingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A metric on one of the scales the figures read (RatingRules decides which), as the mapping editors offer them. */
record ScaleChoice(Metric metric, int min, int max) {

    /** Every metric and scale {@link RatingRules#scaleAllowed} accepts, in the order people expect them. */
    static List<ScaleChoice> all() {
        List<ScaleChoice> all = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            for (int[] scale : new int[][] {{1, 5}, {1, 3}, {0, 1}, {0, 10}, {1, 7}}) {
                if (RatingRules.scaleAllowed(metric, scale[0], scale[1])) {
                    all.add(new ScaleChoice(metric, scale[0], scale[1]));
                }
            }
        }
        return List.copyOf(all);
    }

    static @Nullable ScaleChoice of(@Nullable QuestionMapping mapping) {
        return mapping == null ? null : new ScaleChoice(mapping.metric(), mapping.scaleMin(), mapping.scaleMax());
    }

    QuestionMapping with(Map<String, Integer> values) {
        return new QuestionMapping(metric, min, max, values);
    }

    String label() {
        return switch (metric) {
            case CSAT -> "CSAT " + min + "–" + max;
            case CSAT_BINARY -> "CSAT good/bad (0–1)";
            case NPS -> "NPS 0–10";
            case CES -> "CES " + min + "–" + max + (max == 5 ? " (older scale)" : "");
        };
    }
}
