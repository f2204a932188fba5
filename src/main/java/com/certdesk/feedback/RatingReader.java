package com.certdesk.feedback;

import java.io.Closeable;
import org.jspecify.annotations.Nullable;

/**
 * Reads ratings from an import file (or several, for Zendesk API pages) one record at a time, so that a file of any
 * size is read in constant memory. Each record says its line number and either the ratings it holds (a Qualtrics
 * row may hold a CSAT, an NPS and a CES answer) or why it cannot be read. {@link #close()} releases the files.
 */
public interface RatingReader extends Closeable {

    /** The next record, or null after the last one. A file that cannot be read at all throws ValidationException. */
    @Nullable ReadRecord next();

    /** How much of the input has been read, 0 to 1, for a progress bar. */
    double progress();

    @Override
    void close();

    /**
     * One record of the input: its first line number (for messages: "line 12: ..."), the ratings it holds, the
     * problems that make it unacceptable, and how many entries it held that are not ratings (Zendesk "offered").
     */
    record ReadRecord(long line, java.util.List<RatingInput> ratings, java.util.List<String> problems, int notRatings) {

        public ReadRecord {
            ratings = java.util.List.copyOf(ratings);
            problems = java.util.List.copyOf(problems);
        }

        public static ReadRecord of(long line, RatingInput rating) {
            return new ReadRecord(line, java.util.List.of(rating), java.util.List.of(), 0);
        }

        public static ReadRecord problem(long line, String problem) {
            return new ReadRecord(line, java.util.List.of(), java.util.List.of(problem), 0);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
