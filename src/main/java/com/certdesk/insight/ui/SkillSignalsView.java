package com.certdesk.insight.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.catalog.SkillArea;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.InvalidSkillSignalException;
import com.certdesk.insight.PerformanceNavigation;
import com.certdesk.insight.SignalKind;
import com.certdesk.insight.SkillSignalDraft;
import com.certdesk.insight.SkillSignalMapping;
import com.certdesk.insight.SkillSuggestionService;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Feedback → skill areas": the administrators' mappings from what customers point at (a reason, or a low score of
 * a measure) to the skill area that trains it, which the team dashboard's training suggestions count. A form to add
 * one (the service validates; its message shows on the field it is about), the list with delete after a confirmation. The mappings are a few dozen, so the
 * grid holds them all; cells wrap, so it fits a phone's width.
 */
@Route(PerformanceNavigation.SKILL_SIGNALS)
@PageTitle("Feedback \u2192 skill areas")
@Menu(title = "Feedback \u2192 skill areas", order = 24.5, icon = "vaadin:lightbulb")
@RolesAllowed(Roles.ADMIN)
class SkillSignalsView extends VerticalLayout {

    private final SkillSuggestionService service;
    private final RadioButtonGroup<SignalKind> kind = new RadioButtonGroup<>("Match");
    private final TextField reason = new TextField("Feedback reason");
    private final Select<Measure> measure = new Select<>();
    private final Select<SkillArea> area = new Select<>();
    private final FormError error = new FormError("mapping-error");
    private final Grid<SkillSignalMapping> grid = new Grid<>();
    private final Paragraph none = new Paragraph("No mappings yet: the Team dashboard suggests no training until "
            + "a reason or a low score points at a skill area.");

    SkillSignalsView(SkillSuggestionService service) {
        this.service = service;
        addClassNames("page", "skill-signals");
        setId("skill-signals");
        var intro = new Paragraph("Map what customers point at to the skill area that trains it. The Team dashboard "
                + "then suggests training per agent where at least " + service.minimumSignals() + " negative "
                + "ratings in the period point at one area. A reason matches the whole reason a rating carries "
                + "(a Zendesk reason code, a survey's reason answer), ignoring case and spaces; a low score is a "
                + "CSAT answer that is not satisfied, an NPS detractor (0\u20136) or a CES below its scale's "
                + "midpoint.");
        intro.addClassName("muted");
        none.setId("no-mappings");
        none.addClassName("empty-state");
        add(intro, form(), new H3("Mappings"), none, grid());
        refresh();
    }

    private Div form() {
        kind.setId("mapping-kind");
        kind.setItems(SignalKind.values());
        kind.setItemLabelGenerator(SignalKind::label);
        kind.setValue(SignalKind.REASON);
        reason.setId("mapping-reason");
        reason.setPlaceholder("e.g. The issue took too long to be solved");
        reason.setWidthFull();
        measure.setId("mapping-measure");
        measure.setLabel("Low score of");
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(Measure::label);
        measure.setVisible(false);
        area.setId("mapping-area");
        area.setLabel("Skill area");
        area.setItems(SkillArea.values());
        area.setItemLabelGenerator(SkillArea::label);
        kind.addValueChangeListener(e -> {
            reason.setVisible(e.getValue() != SignalKind.LOW_SCORE);
            measure.setVisible(e.getValue() == SignalKind.LOW_SCORE);
        });
        // the service decides what is valid (shown on the field it names); the fields do not validate themselves,
        // and a field's message goes once it is changed
        kind.setManualValidation(true);
        reason.setManualValidation(true);
        measure.setManualValidation(true);
        area.setManualValidation(true);
        kind.addValueChangeListener(e -> kind.setInvalid(false));
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        measure.addValueChangeListener(e -> measure.setInvalid(false));
        area.addValueChangeListener(e -> area.setInvalid(false));
        var add = new Button("Add mapping", e -> add());
        add.setId("add-mapping");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setDisableOnClick(true);
        add.addClickListener(e -> add.setEnabled(true));
        var form = new Div(kind, reason, measure, area, add, error);
        form.addClassName("mapping-form");
        return form;
    }

    private void add() {
        clearErrors();
        try {
            SignalKind chosen = kind.getValue();
            SkillSignalMapping made = service.addMapping(new SkillSignalDraft(chosen,
                    chosen == SignalKind.REASON ? reason.getValue() : null,
                    chosen == SignalKind.LOW_SCORE ? measure.getValue() : null, area.getValue()));
            reason.clear();
            Toast.show(made.matchLabel() + " now points at " + made.skillArea().label() + ".")
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        } catch (InvalidSkillSignalException refused) {
            // the service's message, on the field it is about
            HasValidation field = field(refused.field());
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        } catch (ValidationException refused) {
            error.show(refused);
        }
    }

    private HasValidation field(SkillSignalDraft.Field part) {
        return switch (part) {
            case KIND -> kind;
            case REASON -> reason;
            case MEASURE -> measure;
            case SKILL_AREA -> area;
        };
    }

    private void clearErrors() {
        error.clear();
        for (SkillSignalDraft.Field part : SkillSignalDraft.Field.values()) {
            field(part).setInvalid(false);
            field(part).setErrorMessage(null);
        }
    }

    private Grid<SkillSignalMapping> grid() {
        grid.setId("mappings-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(SkillSignalsView::matched)).setHeader("Customers point at")
                .setKey("match").setFlexGrow(3);
        grid.addColumn(m -> m.skillArea().label()).setHeader("Skill area").setKey("area").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::deleteButton)).setKey("delete").setHeader("")
                .setFlexGrow(0).setAutoWidth(true);
        return grid;
    }

    private static Div matched(SkillSignalMapping m) {
        var by = new Span(m.kind().label() + " \u00b7 added by " + m.createdByName() + ", "
                + UserFormats.current().date(m.createdAt()));
        by.addClassNames("muted", "small");
        var cell = new Div(new Div(new Span(m.matchLabel())), by);
        return cell;
    }

    private Button deleteButton(SkillSignalMapping m) {
        var delete = new Button("Delete", e -> confirmDelete(m));
        delete.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.setId("delete-mapping-" + m.id());
        delete.setAriaLabel("Delete " + m.matchLabel() + " \u2192 " + m.skillArea().label());
        return delete;
    }

    private void confirmDelete(SkillSignalMapping m) {
        var confirm = new ConfirmDialog("Delete this mapping?", m.matchLabel() + " will no longer count for "
                + m.skillArea().label() + " in training suggestions.", "Delete", e -> {
                    service.deleteMapping(m.id());
                    refresh();
                });
        confirm.setId("confirm-delete-mapping");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void refresh() {
        var all = service.mappings();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        none.setVisible(all.isEmpty());
    }
}
