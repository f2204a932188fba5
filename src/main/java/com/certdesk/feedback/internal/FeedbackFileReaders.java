package com.certdesk.feedback.internal;

import com.certdesk.feedback.FeedbackFormat;
import com.certdesk.feedback.FormatMapping;
import com.certdesk.feedback.ImportFile;
import com.certdesk.feedback.RatingReader;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The reader of each {@link FeedbackFormat}, over one or more files read one after the other. */
public final class FeedbackFileReaders {

    private FeedbackFileReaders() {
    }

    /**
     * A reader of {@code files} in {@code format}. Choices a format cannot do without (the time zone of a
     * SurveyMonkey file, the question mapping of the survey formats) are checked here, before any file is read.
     *
     * @param commentColumn Qualtrics / SurveyMonkey: the column holding the customer's comment, or null for none
     * @throws com.certdesk.base.ValidationException when a required choice is missing or no file is given
     */
    public static RatingReader open(FeedbackFormat format, FormatMapping mapping, @Nullable String commentColumn,
            List<ImportFile> files) {
        return switch (format) {
            case CANONICAL_CSV -> new FileSequence(files, CanonicalCsvReader::new);
            case ZENDESK_JSON -> new FileSequence(files, f -> new ZendeskJsonReader(f, mapping));
            case ZENDESK_CSV -> new FileSequence(files, f -> new ZendeskCsvReader(f, mapping));
            case FRESHDESK_JSON -> {
                FreshdeskJsonReader.requireMapping(mapping);
                yield new FileSequence(files, f -> new FreshdeskJsonReader(f, mapping));
            }
            case QUALTRICS_CSV -> {
                QualtricsCsvReader.requireMapping(mapping);
                yield new FileSequence(files, f -> new QualtricsCsvReader(f, mapping, commentColumn));
            }
            case SURVEYMONKEY_CSV -> {
                SurveyMonkeyCsvReader.requireMapping(mapping);
                yield new FileSequence(files, f -> new SurveyMonkeyCsvReader(f, mapping, commentColumn));
            }
        };
    }
}
