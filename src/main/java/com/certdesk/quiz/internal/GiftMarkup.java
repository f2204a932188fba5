package com.certdesk.quiz.internal;

import com.certdesk.quiz.TextFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text formats a GIFT file can name ({@code [markdown]}, {@code [html]}, {@code [plain]}, {@code [moodle]})
 * and how their text becomes the Markdown Certdesk stores.
 */
final class GiftMarkup {

    /** The formats Moodle knows by name; any other {@code [name]} at the start of a text is ordinary text. */
    enum Format {
        MOODLE("moodle"), HTML("html"), PLAIN("plain"), MARKDOWN("markdown");

        private final String marker;

        Format(String marker) {
            this.marker = marker;
        }

        /** How Certdesk stores a question whose text has this format: plain text becomes Markdown. */
        TextFormat stored() {
            return switch (this) {
                case MOODLE -> TextFormat.MOODLE;
                case HTML -> TextFormat.HTML;
                case PLAIN, MARKDOWN -> TextFormat.MARKDOWN;
            };
        }

        String marker() {
            return marker;
        }

        static @Nullable Format named(String name) {
            for (Format format : values()) {
                if (format.marker.equals(name)) {
                    return format;
                }
            }
            return null;
        }
    }

    /** A text with its format marker removed, escapes resolved and trimmed. */
    record Formatted(String text, Format format) {

        /** The text as Certdesk's Markdown: plain text is escaped so that it shows literally, the rest is kept. */
        String markdown() {
            return format == Format.PLAIN ? plainToMarkdown(text) : text;
        }

        /**
         * The text written in the question's stored format, so that one format describes the whole question: a
         * piece that names a format of its own (Moodle keeps one per answer and feedback) is converted so that it
         * shows the same. Markdown inside an HTML or Moodle-format question is shown as the characters written.
         */
        String in(TextFormat target) {
            return switch (target) {
                case MARKDOWN, PLAIN -> markdown();
                case HTML -> switch (format) {
                    case HTML -> text;
                    case MOODLE -> text.replace("\n", "<br>\n");
                    case PLAIN, MARKDOWN -> escapeHtml(text).replace("\n", "<br>\n");
                };
                case MOODLE -> switch (format) {
                    case MOODLE -> text;
                    case HTML -> text.replaceAll("\\s*\n\\s*", " ");
                    case PLAIN, MARKDOWN -> escapeHtml(text);
                };
            };
        }
    }

    /** The characters of {@code text} as HTML text. */
    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * A question name as Moodle cleans it: tags removed (its {@code PARAM_TEXT}), and the common entities read,
     * as the name is shown as plain text here.
     */
    static String stripTags(String text) {
        String plain = HTML_TAG.matcher(text).replaceAll("");
        for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
            if (!entity.getKey().equals("&amp;")) {
                plain = plain.replace(entity.getKey(), entity.getValue());
            }
        }
        return plain.replace("&amp;", "&");
    }

    static final int MAX_DEFAULT_TITLE = 80;

    private static final Pattern ORDERED_LIST_START = Pattern.compile("\\d+[.)]");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|hr)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern HTML_TAG = Pattern.compile("<(?:[A-Za-z/!?][^>]*)?>");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern BLOCK_MARKER = Pattern.compile("(?m)^\\s*(#{1,6}|>)\\s*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<!\\\\)[*`]");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
    private static final Map<String, String> ENTITIES = Map.of("&amp;", "&", "&lt;", "<", "&gt;", ">",
            "&quot;", "\"", "&#39;", "'", "&nbsp;", " ");

    private GiftMarkup() {
    }

    /**
     * Reads an optional format marker at the very start of {@code piece} (as Moodle does: no whitespace before
     * it); without a known marker the text has the {@code fallback} format.
     */
    static Formatted read(GiftText piece, Format fallback) {
        GiftText text = piece;
        Format format = fallback;
        if (text.startsWith("[")) {
            int end = text.indexOf("]");
            Format named = end > 0 ? Format.named(text.sub(1, end).text()) : null;
            if (named != null) {
                format = named;
                text = text.sub(end + 1);
            }
        }
        return new Formatted(text.text().strip(), format);
    }

    /**
     * Plain text as Markdown that renders the same characters: Markdown punctuation is backslash-escaped, list,
     * heading and code-block starts are neutralised, and single line breaks become hard breaks.
     */
    static String plainToMarkdown(String plain) {
        String[] lines = plain.split("\n", -1);
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = escapeLine(lines[i].strip());
            if (i > 0) {
                boolean hardBreak = !line.isEmpty() && !lines[i - 1].isBlank();
                markdown.append(hardBreak ? "\\\n" : "\n");
            }
            markdown.append(line);
        }
        return markdown.toString();
    }

    private static String escapeLine(String line) {
        StringBuilder escaped = new StringBuilder();
        for (char c : line.toCharArray()) {
            if ("\\`*_[]<>&|~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        if (!escaped.isEmpty() && "-+=#".indexOf(escaped.charAt(0)) >= 0) {
            escaped.insert(0, '\\');
        } else {
            Matcher ordered = ORDERED_LIST_START.matcher(escaped);
            if (ordered.lookingAt()) {
                escaped.insert(ordered.end() - 1, '\\');
            }
        }
        return escaped.toString();
    }

    /**
     * The name Moodle gives a question without a title: the start of its text as plain text, at most
     * {@value #MAX_DEFAULT_TITLE} characters, cut at a word with "..." when longer.
     */
    static String defaultTitle(Formatted stem) {
        String plain = stem.format() == Format.PLAIN ? stem.text() : stripMarkup(stem.text());
        return shorten(plain.replaceAll("\\s+", " ").strip(), MAX_DEFAULT_TITLE);
    }

    private static String stripMarkup(String text) {
        String plain = BLOCK_TAG.matcher(text).replaceAll(" ");
        plain = TAG.matcher(plain).replaceAll("");
        plain = LINK.matcher(plain).replaceAll("$1");
        plain = BLOCK_MARKER.matcher(plain).replaceAll("");
        plain = EMPHASIS.matcher(plain).replaceAll("");
        plain = MARKDOWN_ESCAPE.matcher(plain).replaceAll("$1");
        for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
            plain = plain.replace(entity.getKey(), entity.getValue());
        }
        return plain;
    }

    /** {@code text} when it fits in {@code max} characters, else its start cut at a word and ended with "...". */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 3;
        int space = text.lastIndexOf(' ', cut);
        if (space > max / 2) {
            cut = space;
        } else if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).strip() + "...";
    }
}
