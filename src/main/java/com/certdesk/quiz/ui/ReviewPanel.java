package com.certdesk.quiz.ui;

import com.certdesk.quiz.ReviewItem;
import com.certdesk.quiz.ReviewOptions;
import com.certdesk.quiz.ReviewItem.ReviewOption;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * One question of a finished attempt: what was asked, what the learner answered and, as far as the review options
 * allow (the service has already left out the rest), whether it was right, what was right, and why.
 */
final class ReviewPanel extends Div {

    ReviewPanel(ReviewItem item, ReviewOptions.Visible visible) {
        addClassNames("question-panel", "review-panel");
        setId("review-" + (item.slot() + 1));
        String outcome = !visible.rightWrong() ? ""
                : " · " + QuizFormats.points(item.earned()) + " of " + item.points()
                        + (item.points() == 1 ? " point" : " points");
        var heading = new H4("Question " + (item.slot() + 1) + outcome);
        add(heading);
        if (visible.rightWrong() && !visible.correctAnswers()) {
            add(verdict(item));
        }
        add(AuthorText.block(item.stem(), item.format()));
        switch (item.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE -> add(choices(item, visible));
            case SHORT_ANSWER -> shortAnswer(item, visible);
            case MATCHING -> add(matching(item, visible));
        }
        if (!item.answerFeedback().isBlank()) {
            add(AuthorText.block(item.answerFeedback(), item.format(), "answer-feedback"));
        }
        if (!item.generalFeedback().isBlank()) {
            add(AuthorText.block(item.generalFeedback(), item.format(), "general-feedback"));
        }
    }

    private static UnorderedList choices(ReviewItem item, ReviewOptions.Visible visible) {
        var list = new UnorderedList();
        list.addClassName("review-options");
        for (ReviewOption option : item.options()) {
            var li = new ListItem(AuthorText.of(option.text(), item.format(), "option-text"));
            if (option.selected()) {
                li.addClassName("chosen");
                li.add(tag("Your answer"));
            }
            if (option.right()) {
                li.addClassName("right");
                li.add(tag(item.type() == com.certdesk.quiz.QuestionType.MULTIPLE_RESPONSE ? "Earns points" : "Correct"));
            } else if (option.selected() && item.type() == com.certdesk.quiz.QuestionType.SINGLE_CHOICE
                    && item.earned() > 0 && visible.rightWrong()) {
                li.addClassName("partial");
                li.add(tag("Partly right"));
            } else if (option.selected() && visible.correctAnswers()) {
                li.addClassName("wrong");
            }
            list.add(li);
        }
        return list;
    }

    /** Right, partly right or wrong, when the correct answers themselves are not shown. */
    private static Span verdict(ReviewItem item) {
        boolean full = item.earned() >= item.points();
        var verdict = new Span(full ? "✓ Right" : item.earned() > 0 ? "◐ Partly right" : "✗ Not right");
        verdict.addClassNames("review-verdict", full ? "right" : item.earned() > 0 ? "partial" : "wrong");
        return verdict;
    }

    private void shortAnswer(ReviewItem item, ReviewOptions.Visible visible) {
        var yours = new Div(new Span("Your answer: "), strong(item.typedAnswer().isBlank() ? "(none)" : item.typedAnswer()));
        if (visible.rightWrong()) {
            yours.addClassName(item.earned() > 0 ? "right" : "wrong");
        }
        add(yours);
        if (!item.acceptedAnswers().isEmpty()) {
            add(new Div(new Span("Accepted: "), strong(String.join(" / ", item.acceptedAnswers()))));
        }
    }

    private static Div matching(ReviewItem item, ReviewOptions.Visible visible) {
        var table = new Div();
        table.addClassName("review-matching");
        for (ReviewOption option : item.options()) {
            String mark = !visible.rightWrong() ? "" : option.right() ? "✓"
                    : option.correct().isBlank() ? "✗" : "Correct: " + option.correct();
            var row = new Div(AuthorText.of(option.text(), item.format(), "option-text"),
                    new Span(option.chosen().isBlank() ? "(no answer)" : option.chosen()), new Span(mark));
            row.addClassName("review-matching-row");
            if (visible.rightWrong()) {
                row.addClassName(option.right() ? "right" : "wrong");
            }
            table.add(row);
        }
        return table;
    }

    private static Span tag(String text) {
        var tag = new Span(text);
        tag.addClassName("review-tag");
        return tag;
    }

    private static Span strong(String text) {
        var span = new Span(text);
        span.addClassName("strong");
        return span;
    }
}
