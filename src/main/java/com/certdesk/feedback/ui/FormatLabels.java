package com.certdesk.feedback.ui;

import com.certdesk.feedback.FeedbackFormat;
import java.util.Arrays;

/** Short names of the file formats for grids and headings; a batch's format that is no file format is shown as is. */
final class FormatLabels {

    private FormatLabels() {
    }

    static String shortLabel(FeedbackFormat format) {
        return switch (format) {
            case CANONICAL_CSV -> "Canonical CSV";
            case ZENDESK_JSON -> "Zendesk JSON";
            case ZENDESK_CSV -> "Zendesk CSV";
            case FRESHDESK_JSON -> "Freshdesk JSON";
            case QUALTRICS_CSV -> "Qualtrics CSV";
            case SURVEYMONKEY_CSV -> "SurveyMonkey CSV";
        };
    }

    /** The short name of a batch's format: one of {@link FeedbackFormat}'s, or what the API or connector recorded. */
    static String shortLabel(String format) {
        return Arrays.stream(FeedbackFormat.values()).filter(f -> f.name().equals(format)).findFirst()
                .map(FormatLabels::shortLabel).orElse(format);
    }
}
