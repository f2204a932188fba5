package com.certdesk.quiz.internal;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.Fractions;
import com.certdesk.quiz.GiftProblem;
import com.certdesk.quiz.GiftProblem.Severity;
import com.certdesk.quiz.QuestionDraft;
import com.certdesk.quiz.QuestionRules;
import com.certdesk.quiz.QuestionType;
import com.certdesk.quiz.TextFormat;
import com.certdesk.quiz.internal.GiftMarkup.Format;
import com.certdesk.quiz.internal.GiftMarkup.Formatted;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one GIFT question (the lines between two blank lines, comments removed) the way Moodle's
 * {@code qformat_gift::readquestion} does, into a {@link QuestionDraft} Certdesk can store, or rejects it with
 * the problems found.
 */
final class GiftQuestionReader {

    /** Moodle's answer weight: a percentage between percent signs right at the start of an answer. */
    private static final Pattern WEIGHT = Pattern.compile("^%-*[0-9]{1,2}\\.?[0-9]*%");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    /** What Moodle puts into the question text where an answer block stood in the middle of it. */
    static final String BLANK = "_____";

    private final int number;
    private final int line;
    private String title = "";
    private final List<GiftProblem> warnings = new ArrayList<>();

    /** Thrown with every problem of a question that cannot be imported. */
    static final class Rejected extends RuntimeException {

        private final transient List<GiftProblem> problems;

        Rejected(List<GiftProblem> problems) {
            super(problems.getFirst().message(), null, false, false);
            this.problems = List.copyOf(problems);
        }

        List<GiftProblem> problems() {
            return problems;
        }
    }

    private record Weighted(double fraction, GiftText rest) {
    }

    GiftQuestionReader(int number, int line) {
        this.number = number;
        this.line = line;
    }

    /** The question in {@code text} (escapes resolved, trimmed); throws {@link Rejected} when it cannot be used. */
    QuestionDraft read(GiftText text) {
        GiftText body = withoutTitle(text);
        int open = body.indexOf("{");
        int close = body.indexOf("}");
        if (open < 0 && close < 0) {
            name(GiftMarkup.read(body, Format.MOODLE));
            throw skipped("Descriptions (text without an answer block) are not supported; skipped.");
        }
        checkBraces(body, open, close);
        GiftText answers = body.sub(open + 1, close).strip();
        GiftText stemText = body.replace(open, close + 1, close == body.length() - 1 ? "" : BLANK);
        GiftText generalText = answers.sub(0, 0);
        int separator = answers.lastIndexOf("####");
        if (separator >= 0) {
            generalText = answers.sub(separator + 4);
            answers = answers.sub(0, separator).strip();
        }
        Formatted stem = GiftMarkup.read(stemText, Format.MOODLE);
        Formatted general = GiftMarkup.read(generalText, stem.format());
        name(stem);
        return draft(answers, stem, general);
    }

    String title() {
        return title;
    }

    /** What Moodle imports but its editor (and Certdesk's) would ask more of, found by the last {@link #read}. */
    List<GiftProblem> warnings() {
        return List.copyOf(warnings);
    }

    private GiftText withoutTitle(GiftText text) {
        if (!text.startsWith("::")) {
            return text;
        }
        int end = text.indexOf("::", 2);
        if (end < 0) {
            return text.sub(2); // Moodle: no closing "::", so no title; the text goes on without the colons
        }
        title = GiftMarkup.shorten(GiftMarkup.stripTags(text.sub(2, end).text()).replaceAll("\\s+", " ").strip(),
                QuestionRules.MAX_TITLE);
        GiftText body = text.sub(end + 2).strip();
        if (body.isEmpty()) {
            throw error(line, "Nothing follows the title ::" + title + "::; write the question text and its"
                    + " answers after it.");
        }
        return body;
    }

    private void name(Formatted stem) {
        if (title.isBlank()) {
            String derived = GiftMarkup.defaultTitle(stem);
            title = derived.isBlank() ? "Question " + number : derived;
        }
    }

    private void checkBraces(GiftText body, int open, int close) {
        if (open < 0) {
            throw error(body.lineAt(close, line), "There is a } but no { opening an answer block; write \\} for"
                    + " a literal brace.");
        }
        if (close < 0) {
            throw error(body.lineAt(open, line), "The answer block opened with { is never closed with }; write \\{"
                    + " for a literal brace.");
        }
        if (close < open) {
            throw error(body.lineAt(close, line), "A } comes before the { that opens the answer block; write \\}"
                    + " for a literal brace.");
        }
        int inner = body.indexOf("{", open + 1);
        if (inner >= 0 && inner < close) {
            throw error(body.lineAt(inner, line), "A second { inside the answer block; close the block with }"
                    + " first, or write \\{ for a literal brace.");
        }
        int nextOpen = body.indexOf("{", close + 1);
        int nextClose = body.indexOf("}", close + 1);
        int next = nextOpen < 0 ? nextClose : nextClose < 0 ? nextOpen : Math.min(nextOpen, nextClose);
        if (next >= 0) {
            throw error(body.lineAt(next, line), "A question has only one answer block, but another brace follows"
                    + " it; separate questions with a blank line, or write \\{ and \\} for literal braces.");
        }
    }

    private QuestionDraft draft(GiftText answers, Formatted stem, Formatted general) {
        if (answers.isEmpty()) {
            throw skipped("Essay questions are not supported; skipped.");
        }
        if (answers.startsWith("#")) {
            throw skipped("Numerical questions are not supported; skipped.");
        }
        QuestionType type;
        List<ChoiceDraft> choices;
        Format format = stem.format();
        TextFormat target = format.stored();
        if (answers.contains("~")) {
            type = answers.contains("=") ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_RESPONSE;
            choices = choices(answers, format, target);
        } else if (answers.contains("=") && answers.contains("->")) {
            type = QuestionType.MATCHING;
            choices = pairs(answers, format, target);
        } else if (isTrueFalse(answers)) {
            type = QuestionType.TRUE_FALSE;
            choices = trueFalse(answers, format, target);
        } else {
            type = QuestionType.SHORT_ANSWER;
            choices = shortAnswers(answers, format, target);
        }
        QuestionDraft draft = new QuestionDraft(type, title, stem.in(target), general.in(target), 1, choices, target);
        QuestionRules.Findings rules = QuestionRules.findings(draft);
        if (!rules.problems().isEmpty()) {
            throw new Rejected(rules.problems().stream().map(rule -> problem(Severity.ERROR, line, rule)).toList());
        }
        for (String rule : rules.editorOnly()) {
            warnings.add(problem(Severity.WARNING, line, "Imported as Moodle imports it, but the question editor"
                    + " will ask for more before saving it: " + rule));
        }
        return draft;
    }

    /** Multiple choice: Moodle splits before every {@code =} and at every {@code ~}. */
    private List<ChoiceDraft> choices(GiftText answers, Format format, TextFormat target) {
        List<GiftText> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < answers.length(); i++) {
            if (answers.isSyntax(i, '~')) {
                parts.add(answers.sub(from, i));
                from = i + 1;
            } else if (answers.isSyntax(i, '=')) {
                parts.add(answers.sub(from, i));
                from = i;
            }
        }
        parts.add(answers.sub(from));
        dropEmptyFirst(parts);
        if (parts.size() < 2) {
            throw error(answers.firstLine(line), "A multiple-choice question needs at least two answers (it has "
                    + parts.size() + ").");
        }
        List<ChoiceDraft> choices = new ArrayList<>();
        for (GiftText part : parts) {
            GiftText answer = part.strip();
            Weighted weighted = answer.startsWith("=") ? new Weighted(1.0, answer.sub(1)) : weight(answer, 0.0);
            choices.add(withFeedback(weighted, format, target, true));
        }
        return choices;
    }

    /**
     * Accepted answers, each with an optional weight (full marks without one; {@code %0%} and partial weights as
     * Moodle allows) and feedback. The answers themselves are plain text compared with what the learner types;
     * {@code *} in them matches anything, as in Moodle.
     */
    private List<ChoiceDraft> shortAnswers(GiftText answers, Format format, TextFormat target) {
        List<GiftText> parts = answers.split('=');
        dropEmptyFirst(parts);
        List<ChoiceDraft> choices = new ArrayList<>();
        for (GiftText part : parts) {
            choices.add(withFeedback(weight(part.strip(), 1.0), format, target, false));
        }
        return choices;
    }

    /** {@code formatted}: the answer is shown in the question's format, else it is plain text. */
    private ChoiceDraft withFeedback(Weighted answer, Format format, TextFormat target, boolean formatted) {
        List<GiftText> bits = answer.rest().split('#', 2);
        Formatted answerText = GiftMarkup.read(bits.getFirst().strip(), format);
        String text = formatted ? answerText.in(target) : answerText.text();
        String feedback = bits.size() > 1 ? GiftMarkup.read(bits.get(1).strip(), format).in(target) : "";
        return ChoiceDraft.of(text, answer.fraction(), feedback);
    }

    private Weighted weight(GiftText answer, double unweighted) {
        Matcher matcher = WEIGHT.matcher(answer.text());
        if (!matcher.find()) {
            return new Weighted(unweighted, answer);
        }
        String written = answer.text().substring(1, matcher.end() - 1);
        int at = answer.firstLine(line);
        double percent;
        try {
            percent = Double.parseDouble(written);
        } catch (NumberFormatException notANumber) {
            throw error(at, "The weight %" + written + "% is not a number.");
        }
        OptionalDouble allowed = Fractions.match(percent / 100.0);
        if (allowed.isEmpty()) {
            throw error(at, "The weight %" + written + "% is not one Moodle allows: use 100, 90, 83.33333, 80, 75,"
                    + " 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,"
                    + " 0 or one of their negatives.");
        }
        return new Weighted(allowed.getAsDouble(), answer.sub(matcher.end()));
    }

    private List<ChoiceDraft> pairs(GiftText answers, Format format, TextFormat target) {
        List<GiftText> parts = answers.split('=');
        dropEmptyFirst(parts);
        if (parts.size() < 2) {
            throw error(answers.firstLine(line), "A matching question needs at least two pairs written"
                    + " =item -> match (it has " + parts.size() + ").");
        }
        List<ChoiceDraft> pairs = new ArrayList<>();
        for (GiftText part : parts) {
            GiftText pair = part.strip();
            int arrow = pair.indexOf("->");
            if (arrow < 0) {
                throw error(pair.firstLine(line), "The matching pair \"" + pair.text().strip() + "\" has no -> between"
                        + " the item and its match.");
            }
            String left = GiftMarkup.read(pair.sub(0, arrow).strip(), format).in(target);
            pairs.add(ChoiceDraft.pair(left, pair.sub(arrow + 2).text().strip()));
        }
        return pairs;
    }

    private static boolean isTrueFalse(GiftText answers) {
        int hash = answers.indexOf("#");
        GiftText value = hash > 0 ? answers.sub(0, hash).strip() : answers;
        return TRUE_FALSE.contains(value.text());
    }

    /**
     * {@code {TRUE#a#b}}: as in Moodle, {@code a} is the feedback for a wrong answer and {@code b} for the right
     * one; each becomes the feedback of the choice that earns it.
     */
    private static List<ChoiceDraft> trueFalse(GiftText answers, Format format, TextFormat target) {
        List<GiftText> bits = answers.split('#', 3);
        String value = bits.getFirst().strip().text();
        boolean isTrue = value.equals("T") || value.equals("TRUE");
        String wrong = bits.size() > 1 ? GiftMarkup.read(bits.get(1).strip(), format).in(target) : "";
        String right = bits.size() > 2 ? GiftMarkup.read(bits.get(2).strip(), format).in(target) : "";
        return List.of(ChoiceDraft.of("True", isTrue ? 1.0 : 0.0, isTrue ? right : wrong),
                ChoiceDraft.of("False", isTrue ? 0.0 : 1.0, isTrue ? wrong : right));
    }

    /** Moodle ignores what comes before the first separator when it is blank. */
    private static void dropEmptyFirst(List<GiftText> parts) {
        if (!parts.isEmpty() && parts.getFirst().strip().isEmpty()) {
            parts.removeFirst();
        }
    }

    private Rejected skipped(String message) {
        return new Rejected(List.of(problem(Severity.SKIPPED, line, message)));
    }

    private Rejected error(int at, String message) {
        return new Rejected(List.of(problem(Severity.ERROR, at, message)));
    }

    private GiftProblem problem(Severity severity, int at, String message) {
        return new GiftProblem(severity, at, number, title, message);
    }
}
