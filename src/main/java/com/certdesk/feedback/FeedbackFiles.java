package com.certdesk.feedback;

import com.certdesk.base.OrganizationTime;
import com.certdesk.feedback.internal.FeedbackFileReaders;
import com.certdesk.feedback.internal.FileLayouts;
import com.certdesk.feedback.internal.VendorScales;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Reading feedback import files: a look at a file's layout to offer the administrator choices
 * ({@link #inspect}), and a {@link RatingReader} over the files for {@link FeedbackImports#check}. Reads only the
 * files the caller hands over and stores nothing, so it needs no authorization of its own: storing is
 * {@link FeedbackImports}' business, and that is for administrators.
 *
 * <p>Addressing columns in a {@link FormatMapping}: Qualtrics by field id (row 1, "Q1", "agent_id"); SurveyMonkey
 * by "question text | sub-label" ({@link FileLayout.Column#key()}), the question text alone when the sub-label row
 * is empty there or the question has one column, or "#N" for the N-th column; Freshdesk questions by question id
 * ("default_question").
 */
@Service
public class FeedbackFiles {

    private final Supplier<ZoneId> defaultZone;

    @Autowired
    public FeedbackFiles(OrganizationTime organizationTime) {
        this.defaultZone = organizationTime::zone;
    }

    /** Without Spring: {@code defaultZone} is suggested for files that name no time zone. */
    public FeedbackFiles(ZoneId defaultZone) {
        this.defaultZone = () -> defaultZone;
    }

    /**
     * What the first records of {@code files} hold: columns, values seen, the time zone named, a suggested mapping.
     *
     * @throws com.certdesk.base.ValidationException when the file is not of this format at all
     */
    public FileLayout inspect(FeedbackFormat format, List<ImportFile> files) {
        return FileLayouts.inspect(format, files, defaultZone.get());
    }

    /** A reader of {@code files}, without a comment column. */
    public RatingReader open(FeedbackFormat format, FormatMapping mapping, List<ImportFile> files) {
        return open(format, mapping, null, files);
    }

    /**
     * A reader of {@code files}. {@code commentColumn} (Qualtrics, SurveyMonkey; addressed like the mapping's
     * columns) holds the customer's comment, or null for none; it is ignored by formats that name their comment.
     *
     * @throws com.certdesk.base.ValidationException when a choice the format needs is missing (SurveyMonkey's
     *     time zone, the question mapping of Freshdesk, Qualtrics and SurveyMonkey)
     */
    public RatingReader open(FeedbackFormat format, FormatMapping mapping, @Nullable String commentColumn,
            List<ImportFile> files) {
        return FeedbackFileReaders.open(format, mapping, commentColumn, files);
    }

    /** The default scales for vendor questions, by name, to offer when the administrator edits a mapping. */
    public Map<String, QuestionMapping> presetScales() {
        return VendorScales.presets();
    }
}
