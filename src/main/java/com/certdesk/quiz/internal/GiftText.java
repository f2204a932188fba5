package com.certdesk.quiz.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A piece of a GIFT question with its escape sequences already resolved, remembering which characters were
 * escaped so that they are never taken for syntax, and on which source line every character stood.
 *
 * <p>This plays the part of the placeholders Moodle's importer substitutes before parsing: {@code \\} is a
 * backslash, {@code \: \# \= \{ \} \~} are the literal characters, {@code \n} is a line break, and any other
 * backslash stays as it is. Searches ({@link #indexOf}, {@link #split}, ...) only match unescaped characters.
 */
final class GiftText {

    private static final String ESCAPABLE = ":#={}~";

    private final String chars;
    private final boolean[] escaped;
    private final int[] lines;

    private GiftText(String chars, boolean[] escaped, int[] lines) {
        this.chars = chars;
        this.escaped = escaped;
        this.lines = lines;
    }

    /** One source line per entry, joined with line breaks; {@code lineNumbers} are 1-based. */
    static GiftText of(List<String> sourceLines, List<Integer> lineNumbers) {
        StringBuilder text = new StringBuilder();
        List<Boolean> marks = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < sourceLines.size(); i++) {
            if (i > 0) {
                append(text, marks, at, '\n', false, lineNumbers.get(i - 1));
            }
            unescapeLine(sourceLines.get(i), lineNumbers.get(i), text, marks, at);
        }
        boolean[] escaped = new boolean[marks.size()];
        for (int i = 0; i < escaped.length; i++) {
            escaped[i] = marks.get(i);
        }
        return new GiftText(text.toString(), escaped, at.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void unescapeLine(String line, int lineNumber, StringBuilder text, List<Boolean> marks,
            List<Integer> at) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
            if (c == '\\' && (next == '\\' || ESCAPABLE.indexOf(next) >= 0)) {
                append(text, marks, at, next, true, lineNumber);
                i += 2;
            } else if (c == '\\' && next == 'n') {
                append(text, marks, at, '\n', true, lineNumber);
                i += 2;
            } else {
                append(text, marks, at, c, false, lineNumber);
                i++;
            }
        }
    }

    private static void append(StringBuilder text, List<Boolean> marks, List<Integer> at, char c, boolean escape,
            int line) {
        text.append(c);
        marks.add(escape);
        at.add(line);
    }

    int length() {
        return chars.length();
    }

    boolean isEmpty() {
        return chars.isEmpty();
    }

    /** First position of {@code syntax} written without escapes, at or after {@code from}; -1 when absent. */
    int indexOf(String syntax, int from) {
        for (int i = chars.indexOf(syntax, Math.max(0, from)); i >= 0; i = chars.indexOf(syntax, i + 1)) {
            if (unescaped(i, syntax.length())) {
                return i;
            }
        }
        return -1;
    }

    int indexOf(String syntax) {
        return indexOf(syntax, 0);
    }

    boolean contains(String syntax) {
        return indexOf(syntax) >= 0;
    }

    /** Last position of {@code syntax} written without escapes; -1 when absent. */
    int lastIndexOf(String syntax) {
        for (int i = chars.lastIndexOf(syntax); i >= 0; i = chars.lastIndexOf(syntax, i - 1)) {
            if (unescaped(i, syntax.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the character at {@code index} is {@code c} written without an escape. */
    boolean isSyntax(int index, char c) {
        return chars.charAt(index) == c && !escaped[index];
    }

    boolean startsWith(String syntax) {
        return chars.startsWith(syntax) && unescaped(0, syntax.length());
    }

    private boolean unescaped(int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (escaped[i]) {
                return false;
            }
        }
        return true;
    }

    GiftText sub(int from, int to) {
        return new GiftText(chars.substring(from, to), Arrays.copyOfRange(escaped, from, to),
                Arrays.copyOfRange(lines, from, to));
    }

    GiftText sub(int from) {
        return sub(from, chars.length());
    }

    /** Without leading and trailing unescaped whitespace (an escaped line break is kept, as in Moodle). */
    GiftText strip() {
        int from = 0;
        int to = chars.length();
        while (from < to && !escaped[from] && Character.isWhitespace(chars.charAt(from))) {
            from++;
        }
        while (to > from && !escaped[to - 1] && Character.isWhitespace(chars.charAt(to - 1))) {
            to--;
        }
        return sub(from, to);
    }

    /** The parts between unescaped occurrences of {@code separator}, empty parts included. */
    List<GiftText> split(char separator) {
        List<GiftText> parts = new ArrayList<>();
        String syntax = String.valueOf(separator);
        int from = 0;
        for (int at = indexOf(syntax); at >= 0; at = indexOf(syntax, at + 1)) {
            parts.add(sub(from, at));
            from = at + 1;
        }
        parts.add(sub(from));
        return parts;
    }

    /** Splits at the first {@code limit - 1} unescaped occurrences of {@code separator}. */
    List<GiftText> split(char separator, int limit) {
        List<GiftText> all = split(separator);
        if (all.size() <= limit) {
            return all;
        }
        List<GiftText> parts = new ArrayList<>(all.subList(0, limit - 1));
        int start = 0;
        for (int i = 0; i < limit - 1; i++) {
            start += all.get(i).length() + 1;
        }
        parts.add(sub(start));
        return parts;
    }

    /** This text with the range replaced by {@code literal}, which counts as written on the range's first line. */
    GiftText replace(int from, int to, String literal) {
        boolean[] marks = new boolean[chars.length() - (to - from) + literal.length()];
        int[] at = new int[marks.length];
        System.arraycopy(escaped, 0, marks, 0, from);
        System.arraycopy(lines, 0, at, 0, from);
        Arrays.fill(at, from, from + literal.length(), lineAt(from, 0));
        System.arraycopy(escaped, to, marks, from + literal.length(), chars.length() - to);
        System.arraycopy(lines, to, at, from + literal.length(), chars.length() - to);
        return new GiftText(chars.substring(0, from) + literal + chars.substring(to), marks, at);
    }

    /** The source line of the character at {@code index}, or {@code fallback} when there is none. */
    int lineAt(int index, int fallback) {
        if (lines.length == 0) {
            return fallback;
        }
        return lines[Math.min(Math.max(index, 0), lines.length - 1)];
    }

    int firstLine(int fallback) {
        return lineAt(0, fallback);
    }

    /** The characters themselves, escapes resolved, not trimmed. */
    String text() {
        return chars;
    }

    @Override
    public String toString() {
        return chars;
    }
}
