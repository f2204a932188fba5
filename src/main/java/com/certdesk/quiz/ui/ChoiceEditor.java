package com.certdesk.quiz.ui;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.QuestionType;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Edits the answers of a question in the shape its type needs (see {@link ChoiceDraft} for how each type is
 * represented). Every edit is reported to {@code onChange}, so the preview and the list of problems follow the
 * author as they type.
 */
abstract class ChoiceEditor extends VerticalLayout {

    protected final Runnable onChange;

    protected ChoiceEditor(Runnable onChange) {
        this.onChange = onChange;
        setPadding(false);
        setSpacing(false);
        addClassName("choice-editor");
    }

    /** The answers as they stand, in order. */
    abstract List<ChoiceDraft> choices();

    static ChoiceEditor of(QuestionType type, List<ChoiceDraft> choices, Runnable onChange) {
        return switch (type) {
            case SINGLE_CHOICE -> new SingleChoiceEditor(choices, onChange);
            case MULTIPLE_RESPONSE -> WeightedAnswersEditor.multipleResponse(choices, onChange);
            case TRUE_FALSE -> new TrueFalseEditor(choices, onChange);
            case SHORT_ANSWER -> WeightedAnswersEditor.shortAnswer(choices, onChange);
            case MATCHING -> new MatchingEditor(choices, onChange);
        };
    }

    /** What a new question of the type starts with. */
    static List<ChoiceDraft> starter(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> List.of(ChoiceDraft.of("", 0, ""), ChoiceDraft.of("", 0, ""),
                    ChoiceDraft.of("", 0, ""));
            case TRUE_FALSE -> List.of(ChoiceDraft.of("True", 1.0, ""), ChoiceDraft.of("False", 0, ""));
            case SHORT_ANSWER -> List.of(ChoiceDraft.of("", 1.0, ""));
            case MATCHING -> List.of(ChoiceDraft.pair("", ""), ChoiceDraft.pair("", ""), ChoiceDraft.pair("", ""));
        };
    }

    /** Whether switching between the two types keeps the answers (single choice and multiple response). */
    static boolean keepsAnswers(QuestionType from, QuestionType to) {
        return from != to && isChoice(from) && isChoice(to);
    }

    private static boolean isChoice(QuestionType type) {
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_RESPONSE;
    }

    /**
     * The answers to continue with when the author switches the type: single choice and multiple response keep
     * their texts and feedback (the correct answer becomes 100%, or the heaviest weight becomes the correct
     * one); other switches start afresh, because their answers mean something else.
     */
    static List<ChoiceDraft> carryOver(QuestionType from, QuestionType to, List<ChoiceDraft> choices) {
        if (from == to) {
            return choices;
        }
        if (from == QuestionType.SINGLE_CHOICE && to == QuestionType.MULTIPLE_RESPONSE) {
            return choices.stream().map(c -> ChoiceDraft.of(c.text(), c.fraction() == 1.0 ? 1.0 : 0, c.feedback()))
                    .toList();
        }
        if (from == QuestionType.MULTIPLE_RESPONSE && to == QuestionType.SINGLE_CHOICE) {
            int best = -1;
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).fraction() > 0 && (best < 0 || choices.get(i).fraction() > choices.get(best).fraction())) {
                    best = i;
                }
            }
            List<ChoiceDraft> single = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                single.add(ChoiceDraft.of(choices.get(i).text(), i == best ? 1.0 : 0, choices.get(i).feedback()));
            }
            return single;
        }
        return starter(to);
    }

    /** A text field that reports changes while the author types, without a visible label (rows have headers). */
    protected TextField field(String ariaLabel, String placeholder, String value, int maxLength) {
        var field = new TextField();
        field.setAriaLabel(ariaLabel);
        field.setPlaceholder(placeholder);
        field.setValue(value);
        field.setMaxLength(maxLength);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(300);
        field.addValueChangeListener(e -> onChange.run());
        return field;
    }
}
