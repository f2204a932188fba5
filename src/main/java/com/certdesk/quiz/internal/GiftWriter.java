package com.certdesk.quiz.internal;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.Fractions;
import com.certdesk.quiz.GiftExportItem;
import com.certdesk.quiz.QuestionDraft;
import com.certdesk.quiz.QuestionRules;
import com.certdesk.quiz.QuestionType;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes questions as a Moodle GIFT file that both Moodle and {@link GiftParser} read back as the same
 * questions. Every text is escaped ({@code \\ \: \# \= \{ \} \~}, line breaks as {@code \n}, so a paragraph break
 * never ends a question), stems carry the question's format ({@code [markdown]} for questions written here,
 * {@code [html]} or {@code [moodle]} for imported ones), which answers and feedback inherit, and a
 * {@code $CATEGORY:} line is written whenever the category changes.
 *
 * <p>Two things GIFT cannot say are written so that they render the same: a {@code ->} in the item on the left
 * of a matching pair, and in the feedback of a short answer with several accepted answers, becomes
 * {@code -&gt;}. A short answer with several accepted answers, one of which contains {@code ->}, cannot be
 * written at all (Moodle would read it as matching) and is refused.
 */
public final class GiftWriter {

    private static final String ARROW = "->";
    private static final String ARROW_ENTITY = "-&gt;";

    private GiftWriter() {
    }

    /**
     * The GIFT text of {@code items}, in order, with a blank line after each question.
     *
     * @throws IllegalArgumentException when a draft breaks {@link QuestionRules} or cannot be written as GIFT
     */
    public static String write(List<GiftExportItem> items) {
        StringBuilder out = new StringBuilder();
        @Nullable String current = null;
        for (GiftExportItem item : items) {
            String category = categoryName(item.category());
            if (!Objects.equals(category, current)) {
                out.append("$CATEGORY:").append(category == null ? "" : " " + category).append("\n\n");
                current = category;
            }
            question(out, item.draft());
            out.append('\n');
        }
        return out.toString();
    }

    /** A category name on one line; blank means none. */
    private static @Nullable String categoryName(@Nullable String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        return category.replaceAll("[\r\n]+", " ").strip();
    }

    private static void question(StringBuilder out, QuestionDraft draft) {
        // what Moodle imports (weights not adding up to 100%, ...) is written as it is, to be read back the same
        List<String> problems = QuestionRules.findings(draft).problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The question \"" + draft.title() + "\" cannot be exported: "
                    + String.join(" ", problems));
        }
        if (draft.points() != 1) {
            // Certdesk's points travel in a comment that Moodle ignores
            out.append("// points: ").append(draft.points()).append('\n');
        }
        out.append("::").append(escape(draft.title())).append("::")
                .append(marker(draft)).append(escape(draft.stem()));
        switch (draft.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> choices(out, draft);
            case TRUE_FALSE -> trueFalse(out, draft);
            case SHORT_ANSWER -> shortAnswers(out, draft);
            case MATCHING -> pairs(out, draft);
        }
    }

    private static void choices(StringBuilder out, QuestionDraft draft) {
        boolean single = draft.type() == QuestionType.SINGLE_CHOICE;
        out.append("{\n");
        for (ChoiceDraft choice : draft.choices()) {
            String text = formatted(draft, choice.text());
            String marker;
            if (single && choice.fraction() == 1.0) {
                marker = "=";
            } else if (choice.fraction() == 0.0) {
                marker = text.startsWith("%") ? "~%0%" : "~"; // a leading %n% would be read as a weight
            } else {
                marker = "~%" + Fractions.percent(choice.fraction()) + "%";
            }
            out.append('\t').append(marker).append(text).append(feedback(draft, choice.feedback())).append('\n');
        }
        closeBlock(out, draft);
    }

    /** {@code {TRUE#feedback when wrong#feedback when right}}, Moodle's order. */
    private static void trueFalse(StringBuilder out, QuestionDraft draft) {
        ChoiceDraft trueChoice = draft.choices().get(0);
        ChoiceDraft falseChoice = draft.choices().get(1);
        boolean isTrue = trueChoice.fraction() == 1.0;
        String right = isTrue ? trueChoice.feedback() : falseChoice.feedback();
        String wrong = isTrue ? falseChoice.feedback() : trueChoice.feedback();
        out.append('{').append(isTrue ? "TRUE" : "FALSE");
        if (!wrong.isEmpty()) {
            out.append('#').append(formatted(draft, wrong));
        } else if (!right.isEmpty()) {
            out.append('#');
        }
        if (!right.isEmpty()) {
            out.append('#').append(formatted(draft, right));
        }
        if (!draft.generalFeedback().isEmpty()) {
            out.append("####").append(formatted(draft, draft.generalFeedback()));
        }
        out.append("}\n");
    }

    /**
     * Every answer as {@code =%weight%text}. Moodle takes a block holding both {@code =} and {@code ->} for
     * matching, so a single accepted answer containing {@code ->} is written without the {@code =}.
     */
    private static void shortAnswers(StringBuilder out, QuestionDraft draft) {
        List<ChoiceDraft> answers = draft.choices();
        boolean arrows = answers.stream().anyMatch(a -> a.text().contains(ARROW) || a.feedback().contains(ARROW));
        boolean bare = arrows && answers.size() == 1;
        if (arrows && !bare && answers.stream().anyMatch(a -> a.text().contains(ARROW))) {
            throw new IllegalArgumentException("The question \"" + draft.title() + "\" cannot be exported: GIFT"
                    + " cannot hold several accepted answers when one contains \"->\".");
        }
        out.append("{\n");
        for (ChoiceDraft answer : answers) {
            String feedback = bare ? answer.feedback() : answer.feedback().replace(ARROW, ARROW_ENTITY);
            out.append('\t').append(bare ? "" : "=").append('%').append(Fractions.percent(answer.fraction()))
                    .append('%').append(formatted(draft, answer.text())).append(feedback(draft, feedback))
                    .append('\n');
        }
        closeBlock(out, draft);
    }

    /** {@code =item -> match}; an empty item is a distractor. Moodle reads no format on the right. */
    private static void pairs(StringBuilder out, QuestionDraft draft) {
        out.append("{\n");
        for (ChoiceDraft pair : draft.choices()) {
            out.append("\t=").append(formatted(draft, pair.text().replace(ARROW, ARROW_ENTITY)))
                    .append(" -> ").append(escape(pair.match())).append('\n');
        }
        closeBlock(out, draft);
    }

    private static void closeBlock(StringBuilder out, QuestionDraft draft) {
        if (!draft.generalFeedback().isEmpty()) {
            out.append("\t####").append(formatted(draft, draft.generalFeedback())).append('\n');
        }
        out.append("}\n");
    }

    private static String feedback(QuestionDraft draft, String feedback) {
        return feedback.isEmpty() ? "" : "#" + formatted(draft, feedback);
    }

    /** Escaped; a text that starts with {@code [} gets an explicit format so it is not read as a format marker. */
    private static String formatted(QuestionDraft draft, String text) {
        return text.startsWith("[") ? marker(draft) + escape(text) : escape(text);
    }

    /** The format marker of the stem, which answers and feedback inherit: {@code [markdown]}, {@code [html]}, ... */
    private static String marker(QuestionDraft draft) {
        return "[" + switch (draft.format()) {
            case MARKDOWN -> "markdown";
            case HTML -> "html";
            case MOODLE -> "moodle";
            case PLAIN -> "plain";
        } + "]";
    }

    /** Moodle's GIFT escapes: backslash first, then the syntax characters, line breaks as {@code \n}. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ':', '#', '=', '{', '}', '~' -> escaped.append('\\').append(c);
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    // dropped, as Moodle does
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
