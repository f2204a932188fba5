package com.certdesk.feedback;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a vendor's question becomes ratings: the metric and declared scale, and for vendors that export codes or
 * choice texts the value each becomes on that scale (Freshdesk 103 to 3, SurveyMonkey "Agree" to 6). An empty
 * {@code values} map means the vendor exports numbers on the scale itself (Qualtrics numeric values). Values not in
 * the map are problems of their row, except those mapped to null (an answer that is no answer: "N/A").
 */
public record QuestionMapping(Metric metric, int scaleMin, int scaleMax, Map<String, @Nullable Integer> values) {

    public QuestionMapping {
        // not Map.copyOf: a value may be null ("N/A" is no answer), which Map.copyOf refuses
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
