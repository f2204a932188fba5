package com.certdesk.quiz.ui;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.QuestionRules;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * Matching: pairs of an item on the left and the answer it goes with on the right, plus optional extra answers
 * on the right that match nothing (distractors, stored as choices with an empty left side).
 */
final class MatchingEditor extends ChoiceEditor {

    private final ChoiceRows<Pair> pairs;
    private final ChoiceRows<Distractor> distractors;

    MatchingEditor(List<ChoiceDraft> choices, Runnable onChange) {
        super(onChange);
        List<ChoiceDraft> extra = choices.stream().filter(MatchingEditor::isDistractor).toList();
        List<ChoiceDraft> paired = choices.stream().filter(c -> !isDistractor(c)).toList();
        pairs = new ChoiceRows<>("pair", "minmax(0, 1fr) 1.5em minmax(0, 1fr)",
                List.of("Item on the left", "", "Matching answer on the right"), "pair", 1, Pair::new,
                ChoiceDraft.pair("", ""), paired, onChange);
        var extraHeading = new H4("Extra answers on the right (optional)");
        extraHeading.addClassName("choice-subheading");
        var extraHelp = new Paragraph("Answers that match no item make guessing harder.");
        extraHelp.addClassNames("muted", "small", "choice-help");
        distractors = new ChoiceRows<>("distractor", "minmax(0, 1fr)", List.of("Extra answer"), "extra answer", 0,
                Distractor::new, ChoiceDraft.pair("", ""), extra, onChange);
        add(pairs, extraHeading, extraHelp, distractors);
    }

    /** An answer on the right that matches no item (an empty row is an unfinished pair, not a distractor). */
    private static boolean isDistractor(ChoiceDraft choice) {
        return choice.text().isBlank() && !choice.match().isBlank();
    }

    @Override
    List<ChoiceDraft> choices() {
        List<ChoiceDraft> all = new ArrayList<>(pairs.choices());
        all.addAll(distractors.choices());
        return all;
    }

    final class Pair implements ChoiceRows.Row {

        private final TextField left;
        private final TextField right;
        private final Span arrow = new Span(VaadinIcon.ARROW_RIGHT.create());

        Pair(ChoiceDraft choice) {
            left = field("Item", "Item", choice.text(), QuestionRules.MAX_CHOICE);
            right = field("Matching answer", "Matching answer", choice.match(), QuestionRules.MAX_CHOICE);
            arrow.addClassName("pair-arrow");
        }

        @Override
        public List<Component> fields() {
            return List.of(left, arrow, right);
        }

        @Override
        public void number(int index) {
            left.setId("pair-left-" + index);
            left.setAriaLabel("Item " + (index + 1));
            left.setPlaceholder("Item " + (index + 1));
            right.setId("pair-right-" + index);
            right.setAriaLabel("Answer matching item " + (index + 1));
        }

        @Override
        public ChoiceDraft choice() {
            return ChoiceDraft.pair(left.getValue(), right.getValue());
        }
    }

    final class Distractor implements ChoiceRows.Row {

        private final TextField answer;

        Distractor(ChoiceDraft choice) {
            answer = field("Extra answer", "Extra answer", choice.match(), QuestionRules.MAX_CHOICE);
        }

        @Override
        public List<Component> fields() {
            return List.of(answer);
        }

        @Override
        public void number(int index) {
            answer.setId("distractor-" + index);
            answer.setAriaLabel("Extra answer " + (index + 1));
        }

        @Override
        public ChoiceDraft choice() {
            return ChoiceDraft.pair("", answer.getValue());
        }
    }
}
