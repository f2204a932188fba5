package com.certdesk.feedback;

import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a look at the first records of an import file found, so the admin page can offer choices: the columns (or,
 * for Freshdesk, the question ids) with the distinct values seen in each, the time zone the file names (Qualtrics),
 * and a suggested mapping to start from. Only the first {@code recordsRead} records were read (at most
 * {@link #MAX_RECORDS}), and at most {@link #MAX_VALUES} distinct values are kept per column.
 *
 * @param columns           in file order; for CSV formats one per column, for Freshdesk one per question id
 * @param timeZone          the zone the file itself names (Qualtrics ImportId row), null when it names none
 * @param suggested         a mapping to show and let the administrator edit
 * @param suggestedComment  the column that probably holds the customer's comment (Qualtrics, SurveyMonkey), or null
 * @param notes             things the administrator should know ("no column names the agent: choose one")
 */
public record FileLayout(
        FeedbackFormat format,
        List<Column> columns,
        @Nullable ZoneId timeZone,
        FormatMapping suggested,
        @Nullable String suggestedComment,
        long recordsRead,
        List<String> notes) {

    public static final int MAX_RECORDS = 5_000;
    public static final int MAX_VALUES = 50;

    public FileLayout {
        columns = List.copyOf(columns);
        notes = List.copyOf(notes);
    }

    /**
     * One column or question.
     *
     * @param key          what to use in {@link FormatMapping} (questions, agentColumn, ticketColumn) and as the
     *                     comment column: Qualtrics the field id ("Q1"), SurveyMonkey "header | sub-label" (or the
     *                     header alone when the sub-label row is empty), Freshdesk the question id, CSV the header
     * @param label        for people: the question text (Qualtrics, SurveyMonkey) or the header
     * @param detail       Qualtrics the ImportId ("QID1"), SurveyMonkey the sub-label ("Response"), else null
     * @param values       distinct non-empty values seen, in order of first appearance, at most MAX_VALUES
     * @param moreValues   whether more distinct values were seen than kept
     */
    public record Column(int index, String key, String label, @Nullable String detail, List<String> values,
            boolean moreValues) {

        public Column {
            values = List.copyOf(values);
        }
    }
}
