package com.certdesk.quiz.ui;

import com.certdesk.quiz.PaperQuestion;
import com.certdesk.quiz.PaperQuestion.PaperOption;
import com.certdesk.quiz.Response;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.certdesk.base.ui.AuthorContent;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One question as the learner sees it: the Markdown stem and the input its type needs. Every change by the
 * learner is handed to {@code onChange} at once (text after a short pause in typing). Also used read-only as
 * the authoring preview.
 */
final class QuestionPanel extends Div {

    private final PaperQuestion question;
    private final Consumer<Response> onChange;

    QuestionPanel(PaperQuestion question, int total, @Nullable Response initial, boolean enabled,
            Consumer<Response> onChange) {
        this.question = question;
        this.onChange = onChange;
        addClassName("question-panel");
        setId("question-" + (question.slot() + 1));
        var heading = new H3("Question " + (question.slot() + 1) + (total > 0 ? " of " + total : ""));
        heading.addClassName("question-heading");
        var points = new Span(question.points() == 1 ? "1 point" : question.points() + " points");
        points.addClassName("muted");
        var header = new Div(heading, points);
        header.addClassName("question-header");
        var stem = new AuthorContent(question.stem());
        stem.addClassName("question-stem");
        add(header, stem, input(initial, enabled));
    }

    private Component input(@Nullable Response initial, boolean enabled) {
        return switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> single(initial, enabled);
            case MULTIPLE_RESPONSE -> multiple(initial, enabled);
            case SHORT_ANSWER -> shortAnswer(initial, enabled);
            case MATCHING -> matching(initial, enabled);
        };
    }

    private Component single(@Nullable Response initial, boolean enabled) {
        var group = new RadioButtonGroup<PaperOption>();
        group.setItems(question.options());
        group.setItemLabelGenerator(PaperOption::text);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setAriaLabel("Choose one answer");
        group.setHelperText("Choose one answer.");
        if (initial != null && !initial.selected().isEmpty()) {
            question.options().stream().filter(o -> o.key() == initial.selected().getFirst()).findFirst()
                    .ifPresent(group::setValue);
        }
        group.setEnabled(enabled);
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue() == null ? Response.choices(List.of()) : Response.choice(e.getValue().key()));
            }
        });
        group.addClassName("answer-input");
        return group;
    }

    private Component multiple(@Nullable Response initial, boolean enabled) {
        var group = new CheckboxGroup<PaperOption>();
        group.setItems(question.options());
        group.setItemLabelGenerator(PaperOption::text);
        group.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
        group.setAriaLabel("Choose all answers that apply");
        group.setHelperText("Choose every answer that applies. Wrong choices cost points.");
        if (initial != null) {
            group.setValue(new java.util.HashSet<>(question.options().stream()
                    .filter(o -> initial.selected().contains(o.key())).toList()));
        }
        group.setEnabled(enabled);
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(Response.choices(question.options().stream().filter(e.getValue()::contains)
                        .map(PaperOption::key).toList()));
            }
        });
        group.addClassName("answer-input");
        return group;
    }

    private Component shortAnswer(@Nullable Response initial, boolean enabled) {
        var field = new TextField("Your answer");
        field.setMaxLength(500);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(500);
        field.setHelperText("A word or a short phrase; capital letters do not matter.");
        if (initial != null) {
            field.setValue(initial.text());
        }
        field.setEnabled(enabled);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(Response.text(e.getValue()));
            }
        });
        field.addClassName("answer-input");
        return field;
    }

    private Component matching(@Nullable Response initial, boolean enabled) {
        var box = new Div();
        box.addClassNames("answer-input", "matching");
        Map<Integer, String> chosen = new HashMap<>(initial == null ? Map.of() : initial.pairs());
        List<String> rightOptions = new ArrayList<>(question.rightOptions());
        for (PaperOption item : question.options()) {
            var left = new AuthorContent(item.text());
            left.addClassName("matching-item");
            var select = new Select<String>();
            select.setItems(rightOptions);
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("Choose…");
            select.setAriaLabel("Match for " + item.text());
            select.setValue(chosen.get(item.key()));
            select.setEnabled(enabled);
            select.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    if (e.getValue() == null) {
                        chosen.remove(item.key());
                    } else {
                        chosen.put(item.key(), e.getValue());
                    }
                    onChange.accept(Response.pairs(chosen));
                }
            });
            var row = new Div(left, select);
            row.addClassName("matching-row");
            box.add(row);
        }
        return box;
    }
}
