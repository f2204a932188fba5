package com.certdesk.quiz.ui;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.PaperQuestion;
import com.certdesk.quiz.PaperQuestion.PaperOption;
import com.certdesk.quiz.QuestionDraft;
import com.certdesk.quiz.QuestionType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The question being written, shown as a learner will see it in an attempt (answers can be tried, not kept). */
final class QuestionPreview extends Div {

    private final Div panel = new Div();

    QuestionPreview() {
        addClassName("question-preview");
        setId("question-preview");
        var heading = new H3("Preview");
        heading.addClassName("preview-heading");
        var note = new Paragraph("What learners see. Try the answers: nothing is saved.");
        note.addClassNames("muted", "small");
        add(heading, note, panel);
    }

    void show(QuestionDraft draft) {
        panel.removeAll();
        panel.add(new QuestionPanel(paperOf(draft), 0, null, true, response -> { }));
    }

    /** The draft as an attempt would present it, unshuffled; options are keyed by their index in the draft. */
    static PaperQuestion paperOf(QuestionDraft draft) {
        List<ChoiceDraft> choices = draft.choices();
        List<PaperOption> options = new ArrayList<>();
        List<String> rightOptions = new ArrayList<>();
        if (draft.type() == QuestionType.MATCHING) {
            Set<String> right = new LinkedHashSet<>();
            for (int i = 0; i < choices.size(); i++) {
                ChoiceDraft choice = choices.get(i);
                if (!choice.text().isBlank()) {
                    options.add(new PaperOption(i, choice.text()));
                }
                if (!choice.match().isBlank()) {
                    right.add(choice.match());
                }
            }
            rightOptions.addAll(right);
        } else if (draft.type() != QuestionType.SHORT_ANSWER) {
            for (int i = 0; i < choices.size(); i++) {
                String text = choices.get(i).text();
                options.add(new PaperOption(i, text.isBlank() ? "(answer " + (i + 1) + " is empty)" : text));
            }
        }
        String stem = draft.stem().isBlank() ? "_The question text appears here._" : draft.stem();
        return new PaperQuestion(0, draft.type(), stem, draft.points(), options, rightOptions, draft.format());
    }
}
