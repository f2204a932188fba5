package com.certdesk.quiz;

/**
 * The format a question's texts (stem, answers, feedback) are written in, as Moodle names them. Questions made
 * in Certdesk's editor are {@link #MARKDOWN}; GIFT files may bring {@link #HTML} and Moodle's auto-format
 * {@link #MOODLE} (HTML allowed, every line break kept), and views render each accordingly. GIFT's
 * {@code [plain]} text is stored as Markdown that shows it literally, so {@link #PLAIN} only describes a text.
 */
public enum TextFormat {
    MARKDOWN, HTML, MOODLE, PLAIN
}
