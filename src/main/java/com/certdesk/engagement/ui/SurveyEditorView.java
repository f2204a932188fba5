package com.certdesk.engagement.ui;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.engagement.EngagementNavigation;
import com.certdesk.engagement.Repetition;
import com.certdesk.engagement.SurveyDetails;
import com.certdesk.engagement.SurveyDraft;
import com.certdesk.engagement.SurveyService;
import com.certdesk.engagement.SurveyStatus;
import com.certdesk.engagement.WaveView;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Writes a survey (a new one starts from the Service team pulse), activates it, ends it, and closes a wave early.
 * An active survey's questions and schedule are shown read-only: its waves are compared with each other.
 */
@Route(value = EngagementNavigation.SURVEYS + "/:surveyId(new|\\d+)", layout = MainLayout.class)
@PageTitle("Pulse survey")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class SurveyEditorView extends VerticalLayout implements BeforeEnterObserver {

    private final SurveyService surveys;
    private final List<TeamSummary> teamList;
    private final TextField title = new TextField("Title");
    private final TextArea intro = new TextArea("Introduction");
    private final TextField freeText = new TextField("Open question (optional)");
    private final Checkbox everyone = new Checkbox("Ask every agent");
    private final MultiSelectComboBox<TeamSummary> teams = new MultiSelectComboBox<>("Teams to ask");
    private final DatePicker opens = new DatePicker("First wave opens");
    private final IntegerField openDays = new IntegerField("Each wave open for (days)");
    private final Select<Repetition> repetition = new Select<>();
    private final ItemsEditor items = new ItemsEditor();
    private final FormError error = new FormError("survey-error");
    private final Div actions = new Div();
    private final Div waves = new Div();
    private SurveyDetails details;

    SurveyEditorView(SurveyService surveys, TeamService teamService) {
        this.surveys = surveys;
        this.teamList = teamService.visibleTeams();
        addClassNames("page", "survey-editor");
        setId("survey-editor");
        title.setId("survey-title");
        title.setMaxLength(200);
        intro.setId("survey-intro");
        intro.setMaxLength(2000);
        freeText.setId("survey-free-text");
        freeText.setMaxLength(300);
        everyone.setId("survey-everyone");
        teams.setId("survey-teams");
        teams.setItems(teamList);
        teams.setItemLabelGenerator(TeamSummary::name);
        everyone.addValueChangeListener(e -> teams.setEnabled(!e.getValue()));
        opens.setId("survey-opens");
        UserFormats.current().localize(opens);
        openDays.setId("survey-open-days");
        openDays.setMin(1);
        openDays.setMax(60);
        openDays.setStepButtonsVisible(true);
        repetition.setId("survey-repetition");
        repetition.setLabel("Repeat");
        repetition.setItems(Repetition.values());
        repetition.setItemLabelGenerator(Repetition::label);
        for (var field : List.of(title, intro, freeText)) {
            field.setWidthFull();
        }
        actions.addClassName("page-actions");
        waves.setId("survey-waves");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("surveyId").orElseThrow();
        if (id.equals("new")) {
            details = null;
            fill(surveys.defaultPulse(), SurveyStatus.DRAFT);
        } else {
            details = surveys.survey(Long.parseLong(id));
            fill(details.draft(), details.status());
        }
    }

    private void fill(SurveyDraft draft, SurveyStatus status) {
        removeAll();
        title.setValue(draft.title());
        intro.setValue(draft.intro());
        freeText.setValue(draft.freeTextQuestion() == null ? "" : draft.freeTextQuestion());
        everyone.setValue(draft.everyone());
        teams.setValue(teamList.stream().filter(t -> draft.teamIds().contains(t.id())).collect(Collectors.toSet()));
        teams.setEnabled(!draft.everyone());
        opens.setValue(draft.firstOpensOn());
        openDays.setValue(draft.openDays());
        repetition.setValue(draft.repetition());
        items.setItems(draft.items());
        boolean fixed = status != SurveyStatus.DRAFT;
        freeText.setReadOnly(fixed);
        opens.setReadOnly(fixed);
        openDays.setReadOnly(fixed);
        repetition.setReadOnly(fixed);
        items.setReadOnly(fixed);
        boolean ended = status == SurveyStatus.ENDED;
        title.setReadOnly(ended);
        intro.setReadOnly(ended);
        everyone.setReadOnly(ended);
        teams.setReadOnly(ended);
        var heading = new H1(details == null ? "New pulse survey" : draft.title());
        var state = new Span(details == null ? "Draft, not saved yet" : status.label());
        state.setId("survey-status");
        state.addClassName("muted");
        add(heading, state);
        if (fixed && !ended) {
            add(new Paragraph("Active: its questions and schedule are fixed so that its waves can be compared. "
                    + "You can still change the title, the introduction and whom the next waves ask."));
        }
        var schedule = new Div(opens, openDays, repetition);
        schedule.addClassName("form-row");
        var audience = new Div(everyone, teams);
        audience.addClassName("form-row");
        add(title, intro, audience, schedule, new H2("Questions"), items, freeText, error, actions());
        if (details != null) {
            add(waves());
        }
    }

    private Div actions() {
        actions.removeAll();
        SurveyStatus status = details == null ? SurveyStatus.DRAFT : details.status();
        if (status != SurveyStatus.ENDED) {
            actions.add(button("survey-save", details == null ? "Save draft" : "Save", false, d -> act(this::save)));
        }
        if (details != null && status == SurveyStatus.DRAFT) {
            actions.add(button("survey-activate", "Activate", true, d -> act(() -> {
                // saves what the form shows first; the save leaves the form at the version it wrote
                save();
                surveys.activate(details.id(), details.version());
            })));
            actions.add(button("survey-delete", "Delete draft", false, d -> act(() -> {
                surveys.deleteDraft(details.id(), details.version());
                getUI().ifPresent(ui -> ui.navigate(EngagementNavigation.SURVEYS));
            })));
        }
        if (details != null && status == SurveyStatus.ACTIVE) {
            actions.add(button("survey-end", "End survey", false, d -> act(() ->
                    surveys.end(details.id(), details.version()))));
        }
        actions.add(new Anchor(EngagementNavigation.SURVEYS, "All surveys"));
        return actions;
    }

    private Div waves() {
        waves.removeAll();
        waves.add(new H2("Waves"));
        UserFormats formats = UserFormats.current();
        if (details.waves().isEmpty()) {
            waves.add(new Paragraph(details.status() == SurveyStatus.DRAFT
                    ? "The first wave opens on its day once the survey is activated."
                    : "The first wave opens on " + formats.date(details.draft().firstOpensOn()) + "."));
        }
        for (WaveView wave : details.waves()) {
            var row = new Div(new Span("Wave " + wave.ordinal() + ": " + formats.date(wave.opensOn()) + " – "
                    + formats.date(wave.closesOn()) + (wave.open() ? " (open)" : "")),
                    new Anchor(EngagementNavigation.RESULTS + "?wave=" + wave.id(), "Results"));
            row.addClassName("survey-wave");
            if (wave.open()) {
                var close = button("wave-close-" + wave.id(), "Close now", false,
                        d -> act(() -> surveys.closeWave(wave.id())));
                row.add(close);
            }
            waves.add(row);
        }
        return waves;
    }

    private Button button(String id, String label, boolean primary, Consumer<Void> action) {
        var button = new Button(label, e -> action.accept(null));
        button.setId(id);
        button.setDisableOnClick(true);
        if (primary) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return button;
    }

    private void save() {
        if (opens.getValue() == null) {
            throw new ValidationException("Choose the day the first wave opens.");
        }
        SurveyDraft draft = new SurveyDraft(title.getValue(), intro.getValue(), freeText.getValue(),
                everyone.getValue(), teams.getValue().stream().map(TeamSummary::id).collect(Collectors.toSet()),
                opens.getValue(), openDays.getValue() == null ? 0 : openDays.getValue(), repetition.getValue(),
                items.items());
        if (details == null) {
            long id = surveys.create(draft);
            getUI().ifPresent(ui -> ui.navigate(EngagementNavigation.SURVEYS + "/" + id));
        } else {
            if (details.status() != SurveyStatus.ENDED) {
                surveys.update(details.id(), details.version(), draft);
            }
            reload();
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
            error.clear();
            if (details != null && getUI().isPresent()) {
                reload();
            }
        } catch (NotFoundException e) {
            getUI().ifPresent(ui -> ui.navigate(EngagementNavigation.SURVEYS));
        } catch (ValidationException e) {
            error.show(e);
            // the buttons disabled themselves on click; what was typed stays in the form
            java.util.stream.Stream.concat(actions.getChildren(), waves.getChildren().flatMap(c -> c.getChildren()))
                    .filter(c -> c instanceof Button).forEach(c -> ((Button) c).setEnabled(true));
        }
    }

    private void reload() {
        try {
            details = surveys.survey(details.id());
            fill(details.draft(), details.status());
        } catch (NotFoundException e) {
            getUI().ifPresent(ui -> ui.navigate(EngagementNavigation.SURVEYS));
        }
    }
}
