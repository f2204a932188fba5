package com.certdesk.quiz.ui;

import com.certdesk.quiz.TextFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.certdesk.base.ui.AuthorContent;
import java.util.regex.Pattern;

/**
 * A question's stem, answer or feedback as the learner sees it, rendered in the format it was written in. Every
 * format goes through {@link AuthorContent}, which renders Markdown on the server and cleans the result with the
 * application's allow-list: HTML and Moodle's auto-format become one raw-HTML block (Moodle's line breaks as
 * {@code <br>}), plain text is escaped. The one place where author content of quizzes is turned into a component.
 */
final class AuthorText {

    private static final Pattern BLANK_LINES = Pattern.compile("(?m)^[ \\t]*(\\r?\\n|$)");
    private static final Pattern TAG = Pattern.compile("<(?:[A-Za-z/!?][^>]*)?>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** One line that no format reads as markup: no list or heading start, none of the characters markup uses. */
    private static final Pattern ORDINARY = Pattern.compile("(?!\\s*(\\d+[.)]|[-+>]))[^\\n\\r*_`\\[\\]<>#&\\\\!|~=+^$]*");

    private AuthorText() {
    }

    /**
     * The text as a component with the given class names: an {@link AuthorContent} when it holds any markup, a plain
     * {@link Span} when it is one line of ordinary characters (most answers), which renders the same.
     */
    static Component of(String text, TextFormat format, String... classNames) {
        if (ORDINARY.matcher(text).matches()) {
            var span = new Span(text);
            span.addClassName("author-text");
            span.addClassNames(classNames);
            return span;
        }
        return block(text, format, classNames);
    }

    /** The text as a sanitized block (stems and feedback, which are paragraphs whatever they hold). */
    static AuthorContent block(String text, TextFormat format, String... classNames) {
        var markdown = new AuthorContent(markdown(text, format));
        markdown.addClassName("author-text");
        markdown.addClassNames(classNames);
        return markdown;
    }

    /** The Markdown source that renders {@code text} as its format means. */
    static String markdown(String text, TextFormat format) {
        return switch (format) {
            case MARKDOWN -> text;
            case HTML -> htmlBlock(text);
            case MOODLE -> htmlBlock(text.strip().replace("\n", "<br>\n"));
            case PLAIN -> htmlBlock(escape(text.strip()).replace("\n", "<br>\n"));
        };
    }

    /** The text without markup, for labels that cannot hold any (accessible names, drop-down captions). */
    static String plain(String text, TextFormat format) {
        String plain = format == TextFormat.HTML || format == TextFormat.MOODLE ? TAG.matcher(text).replaceAll(" ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", " ")
                .replace("&amp;", "&") : text;
        return SPACE.matcher(plain).replaceAll(" ").strip();
    }

    /**
     * A Markdown HTML block: it starts with a {@code <div>} line and ends at the first blank line, and Markdown
     * leaves its content alone, so blank lines (which HTML ignores) are taken out.
     */
    private static String htmlBlock(String html) {
        return "<div class=\"author-html\">\n" + BLANK_LINES.matcher(html.strip()).replaceAll("") + "\n</div>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
