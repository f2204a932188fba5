package com.certdesk.quiz.ui;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.QuestionRules;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** True/false: which of the two is correct, and what each answer's learners are told. */
final class TrueFalseEditor extends ChoiceEditor {

    static final String TRUE = "True";
    static final String FALSE = "False";

    private final RadioButtonGroup<String> correct = new RadioButtonGroup<>("The statement is");
    private final TextField trueFeedback;
    private final TextField falseFeedback;

    TrueFalseEditor(List<ChoiceDraft> choices, Runnable onChange) {
        super(onChange);
        correct.setId("true-false-correct");
        correct.setItems(TRUE, FALSE);
        correct.setValue(choices.stream().filter(c -> c.fraction() == 1.0).map(ChoiceDraft::text)
                .filter(t -> t.equals(TRUE) || t.equals(FALSE)).findFirst().orElse(TRUE));
        correct.addValueChangeListener(e -> onChange.run());
        trueFeedback = field("Feedback for learners who answer True", "", feedbackOf(choices, TRUE),
                QuestionRules.MAX_FEEDBACK);
        trueFeedback.setLabel("Feedback for learners who answer True (optional)");
        trueFeedback.setId("true-feedback");
        falseFeedback = field("Feedback for learners who answer False", "", feedbackOf(choices, FALSE),
                QuestionRules.MAX_FEEDBACK);
        falseFeedback.setLabel("Feedback for learners who answer False (optional)");
        falseFeedback.setId("false-feedback");
        add(correct, trueFeedback, falseFeedback);
    }

    private static String feedbackOf(List<ChoiceDraft> choices, String answer) {
        return choices.stream().filter(c -> c.text().equals(answer)).map(ChoiceDraft::feedback).findFirst()
                .orElse("");
    }

    @Override
    List<ChoiceDraft> choices() {
        boolean isTrue = !FALSE.equals(correct.getValue());
        return List.of(ChoiceDraft.of(TRUE, isTrue ? 1.0 : 0, trueFeedback.getValue()),
                ChoiceDraft.of(FALSE, isTrue ? 0 : 1.0, falseFeedback.getValue()));
    }
}
