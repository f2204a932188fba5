package com.certdesk.engagement.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.engagement.EngagementNavigation;
import com.certdesk.engagement.ItemKind;
import com.certdesk.engagement.PulseForm;
import com.certdesk.engagement.PulseQuestion;
import com.certdesk.engagement.PulseService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pulse survey as the person it asked answers it, on a phone as well as at a desk: the promise of
 * confidentiality first, then the statements, the eNPS question and the open question. The same page shows and
 * changes their answers until the wave closes, and only shows them after.
 */
@Route(value = EngagementNavigation.ANSWER + "/:waveId(\\d+)", layout = MainLayout.class)
@PageTitle("Pulse survey")
@PermitAll
class PulseView extends VerticalLayout implements BeforeEnterObserver {

    static final List<String> AGREEMENT = List.of("Strongly disagree", "Disagree", "Neither", "Agree",
            "Strongly agree");

    private final PulseService pulses;
    private final Map<Long, RadioButtonGroup<Integer>> answers = new LinkedHashMap<>();
    private final FormError error = new FormError("pulse-error");
    private final Paragraph saved = new Paragraph();
    private final TextArea freeText = new TextArea();
    private PulseForm form;

    PulseView(PulseService pulses) {
        this.pulses = pulses;
        addClassNames("page", "page-narrow", "pulse-page");
        setId("pulse");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long waveId = event.getRouteParameters().getLong("waveId").orElseThrow();
        show(pulses.form(waveId));
    }

    private void show(PulseForm loaded) {
        this.form = loaded;
        removeAll();
        answers.clear();
        UserFormats formats = UserFormats.current();
        var promise = new Paragraph(loaded.promise());
        promise.setId("pulse-promise");
        promise.addClassName("pulse-promise");
        var when = new Paragraph(loaded.wave().open() ? "Open until " + formats.date(loaded.wave().closesOn())
                + (loaded.answered() ? ". You can change your answers until then." : ".")
                : "This survey closed on " + formats.date(loaded.wave().closesOn()) + ".");
        when.setId("pulse-dates");
        when.addClassName("muted");
        add(new H1(loaded.title()), promise, when);
        if (!loaded.intro().isBlank()) {
            add(new Paragraph(loaded.intro()));
        }
        boolean editable = loaded.wave().open();
        var list = new Div();
        list.addClassName("pulse-questions");
        int number = 0;
        for (PulseQuestion question : loaded.questions()) {
            list.add(question(question, ++number, editable));
        }
        add(list);
        if (loaded.freeTextQuestion() != null) {
            freeText.setId("pulse-free-text");
            freeText.setLabel(loaded.freeTextQuestion());
            freeText.setHelperText("Optional. Your manager and HR read it only among the answers of a group large "
                    + "enough to keep it confidential, without your name or the day you wrote it.");
            freeText.setMaxLength(2000);
            freeText.setWidthFull();
            freeText.setValue(loaded.freeText() == null ? "" : loaded.freeText());
            freeText.setReadOnly(!editable);
            add(freeText);
        }
        saved.setId("pulse-saved");
        saved.addClassName("pulse-saved");
        saved.setText(savedText(loaded, formats));
        add(error, saved);
        if (editable) {
            var send = new Button(loaded.answered() ? "Save changes" : "Send answers", e -> send());
            send.setId("pulse-send");
            send.addThemeVariants(ButtonVariant.PRIMARY);
            send.setDisableOnClick(true);
            add(send);
        }
        add(new Anchor(EngagementNavigation.ANSWER, "All your pulse surveys"));
    }

    private Div question(PulseQuestion question, int number, boolean editable) {
        var group = new RadioButtonGroup<Integer>();
        group.setId("pulse-q-" + question.id());
        group.addClassName(question.kind() == ItemKind.ENPS ? "pulse-enps" : "pulse-agreement");
        var statement = new Span(number + ". " + question.statement());
        statement.addClassName("pulse-statement");
        var theme = new Span(question.theme());
        theme.addClassName("pulse-theme");
        var box = new Div(theme, statement);
        box.addClassName("pulse-question");
        if (question.kind() == ItemKind.ENPS) {
            group.setItems(java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList());
            group.setItemLabelGenerator(String::valueOf);
            group.setAriaLabel(question.statement() + " 0 not at all likely, 10 extremely likely");
            var ends = new Div(new Span("0 Not at all likely"), new Span("10 Extremely likely"));
            ends.addClassName("pulse-ends");
            box.add(group, ends);
        } else {
            group.setItems(1, 2, 3, 4, 5);
            group.setItemLabelGenerator(score -> AGREEMENT.get(score - 1));
            group.setAriaLabel(question.statement());
            box.add(group);
        }
        Integer mine = form.scores().get(question.id());
        if (mine != null) {
            group.setValue(mine);
        }
        group.setReadOnly(!editable);
        answers.put(question.id(), group);
        return box;
    }

    private void send() {
        Map<Long, Integer> scores = new HashMap<>();
        answers.forEach((id, group) -> {
            if (group.getValue() != null) {
                scores.put(id, group.getValue());
            }
        });
        answers.values().forEach(g -> g.setInvalid(g.getValue() == null));
        try {
            PulseForm result = pulses.submit(form.wave().id(), scores, freeText.getValue(), form.version());
            error.clear();
            show(result);
            saved.setText("Thank you. " + savedText(result, UserFormats.current()));
        } catch (ValidationException e) {
            error.show(e);
            enableSend();
        }
    }

    private void enableSend() {
        getChildren().filter(c -> c instanceof Button).forEach(c -> ((Button) c).setEnabled(true));
    }

    private static String savedText(PulseForm form, UserFormats formats) {
        if (form.changedAt() == null) {
            return "";
        }
        return form.submittedAt().equals(form.changedAt())
                ? "Your answers were saved on " + formats.dateTime(form.changedAt()) + "."
                : "Your answers were last changed on " + formats.dateTime(form.changedAt()) + ".";
    }
}
