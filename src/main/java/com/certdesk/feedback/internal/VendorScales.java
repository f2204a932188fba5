package com.certdesk.feedback.internal;

import com.certdesk.feedback.Metric;
import com.certdesk.feedback.QuestionMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The default scales the presets start from; the administrator sees and may edit each of them. Freshdesk exports
 * survey answers as codes from -103 (worst) to 103 (best); SurveyMonkey exports the choice text.
 */
public final class VendorScales {

    /** Freshdesk classic 3-point survey: Happy, Neutral, Unhappy. */
    public static final QuestionMapping FRESHDESK_3 = new QuestionMapping(Metric.CSAT, 1, 3,
            Map.of("103", 3, "100", 2, "-103", 1));
    /** Freshdesk 5-point survey. */
    public static final QuestionMapping FRESHDESK_5 = new QuestionMapping(Metric.CSAT, 1, 5,
            Map.of("103", 5, "102", 4, "100", 3, "-102", 2, "-103", 1));
    /** Freshdesk 7-point survey codes; 7 points are no CSAT scale here, so it is offered as CES 1-7. */
    public static final QuestionMapping FRESHDESK_7 = new QuestionMapping(Metric.CES, 1, 7,
            Map.of("103", 7, "102", 6, "101", 5, "100", 4, "-101", 3, "-102", 2, "-103", 1));

    /** SurveyMonkey's satisfaction choices, CSAT 1-5. */
    public static final QuestionMapping SURVEYMONKEY_SATISFIED_5 = new QuestionMapping(Metric.CSAT, 1, 5,
            Map.of("Very satisfied", 5, "Satisfied", 4, "Neither satisfied nor dissatisfied", 3, "Dissatisfied", 2,
                    "Very dissatisfied", 1));
    /** SurveyMonkey's 7-point agreement choices ("... made it easy"), CES 1-7. */
    public static final QuestionMapping SURVEYMONKEY_AGREE_7 = new QuestionMapping(Metric.CES, 1, 7,
            Map.of("Strongly agree", 7, "Agree", 6, "Somewhat agree", 5, "Neither agree nor disagree", 4,
                    "Somewhat disagree", 3, "Disagree", 2, "Strongly disagree", 1));
    /** SurveyMonkey's 5-point agreement choices, CES 1-5. */
    public static final QuestionMapping SURVEYMONKEY_AGREE_5 = new QuestionMapping(Metric.CES, 1, 5,
            Map.of("Strongly agree", 5, "Agree", 4, "Neither agree nor disagree", 3, "Disagree", 2,
                    "Strongly disagree", 1));
    /** SurveyMonkey's ease choices, CES 1-5. */
    public static final QuestionMapping SURVEYMONKEY_EASY_5 = new QuestionMapping(Metric.CES, 1, 5,
            Map.of("Very easy", 5, "Easy", 4, "Neither easy nor difficult", 3, "Difficult", 2, "Very difficult", 1));

    private VendorScales() {
    }

    /** The named presets, for the admin page to offer. */
    public static Map<String, QuestionMapping> presets() {
        Map<String, QuestionMapping> presets = new LinkedHashMap<>();
        presets.put("Freshdesk 3-point (Happy, Neutral, Unhappy)", FRESHDESK_3);
        presets.put("Freshdesk 5-point", FRESHDESK_5);
        presets.put("Freshdesk 7-point", FRESHDESK_7);
        presets.put("SurveyMonkey Very satisfied ... Very dissatisfied (CSAT 1-5)", SURVEYMONKEY_SATISFIED_5);
        presets.put("SurveyMonkey Strongly agree ... Strongly disagree, 7 points (CES 1-7)", SURVEYMONKEY_AGREE_7);
        presets.put("SurveyMonkey Strongly agree ... Strongly disagree, 5 points (CES 1-5)", SURVEYMONKEY_AGREE_5);
        presets.put("SurveyMonkey Very easy ... Very difficult (CES 1-5)", SURVEYMONKEY_EASY_5);
        return presets;
    }

    /** The Freshdesk default for a declared scale, used when a question's mapping lists no codes. */
    static @Nullable QuestionMapping freshdeskDefault(int scaleMax) {
        return switch (scaleMax) {
            case 3 -> FRESHDESK_3;
            case 5 -> FRESHDESK_5;
            case 7 -> FRESHDESK_7;
            default -> null;
        };
    }

    /** The Freshdesk scale the codes seen belong to: any of +-101 means 7 points, +-102 means 5, else 3. */
    static QuestionMapping freshdeskFor(Set<String> codes) {
        if (codes.contains("101") || codes.contains("-101")) {
            return FRESHDESK_7;
        }
        if (codes.contains("102") || codes.contains("-102")) {
            return FRESHDESK_5;
        }
        return FRESHDESK_3;
    }

    /** The SurveyMonkey choice set that knows every answer seen (ignoring case), or null when none does. */
    static @Nullable QuestionMapping surveyMonkeyFor(List<String> answers) {
        if (answers.isEmpty()) {
            return null;
        }
        Set<String> seen = answers.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (QuestionMapping preset : List.of(SURVEYMONKEY_SATISFIED_5, SURVEYMONKEY_AGREE_7, SURVEYMONKEY_EASY_5)) {
            Set<String> known = preset.values().keySet().stream().map(k -> k.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            if (known.containsAll(seen)) {
                return preset;
            }
        }
        return null;
    }
}
