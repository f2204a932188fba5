package com.certdesk.quiz.ui;

import com.certdesk.quiz.ReviewItem;
import com.certdesk.quiz.ReviewItem.ReviewOption;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.certdesk.base.ui.AuthorContent;

/** One question of a finished attempt: what was asked, what the learner answered, what was right, and why. */
final class ReviewPanel extends Div {

    ReviewPanel(ReviewItem item) {
        addClassNames("question-panel", "review-panel");
        setId("review-" + (item.slot() + 1));
        var heading = new H4("Question " + (item.slot() + 1) + " · " + QuizFormats.points(item.earned()) + " of "
                + item.points() + (item.points() == 1 ? " point" : " points"));
        add(heading, new AuthorContent(item.stem()));
        switch (item.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE -> add(choices(item));
            case SHORT_ANSWER -> shortAnswer(item);
            case MATCHING -> add(matching(item));
        }
        if (!item.answerFeedback().isBlank()) {
            var feedback = new AuthorContent(item.answerFeedback());
            feedback.addClassName("answer-feedback");
            add(feedback);
        }
        if (!item.generalFeedback().isBlank()) {
            var general = new AuthorContent(item.generalFeedback());
            general.addClassName("general-feedback");
            add(general);
        }
    }

    private static UnorderedList choices(ReviewItem item) {
        var list = new UnorderedList();
        list.addClassName("review-options");
        for (ReviewOption option : item.options()) {
            var text = new Span(option.text());
            var li = new ListItem(text);
            if (option.selected()) {
                li.addClassName("chosen");
                li.add(tag("Your answer"));
            }
            if (option.right()) {
                li.addClassName("right");
                li.add(tag(item.type() == com.certdesk.quiz.QuestionType.MULTIPLE_RESPONSE ? "Earns points" : "Correct"));
            } else if (option.selected()) {
                li.addClassName("wrong");
            }
            list.add(li);
        }
        return list;
    }

    private void shortAnswer(ReviewItem item) {
        var yours = new Div(new Span("Your answer: "), strong(item.typedAnswer().isBlank() ? "(none)" : item.typedAnswer()));
        var accepted = new Div(new Span("Accepted: "), strong(String.join(" / ", item.acceptedAnswers())));
        yours.addClassName(item.earned() > 0 ? "right" : "wrong");
        add(yours, accepted);
    }

    private static Div matching(ReviewItem item) {
        var table = new Div();
        table.addClassName("review-matching");
        for (ReviewOption option : item.options()) {
            var row = new Div(new Span(option.text()),
                    new Span(option.chosen().isBlank() ? "(no answer)" : option.chosen()),
                    new Span(option.right() ? "✓" : "Correct: " + option.correct()));
            row.addClassName("review-matching-row");
            row.addClassName(option.right() ? "right" : "wrong");
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
