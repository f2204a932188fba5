package com.certdesk.certification.ui;

import com.certdesk.base.ui.DueDateDialog;
import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.certification.AssignmentDraft;
import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.AssignmentService;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.people.TeamMember;
import com.certdesk.people.TeamSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Assigns a program or a module, due by a date, to a whole team (which also covers agents who join it later: they
 * get a number of days from the day they join) or to chosen agents of the team. Checks the form before saving and
 * marks each field that is missing or wrong, once, at the field; the line under the form is only for what the
 * server refuses. The Assign button is disabled while saving, so a double click assigns once.
 */
class AssignDialog extends Dialog {

    enum Target {
        TEAM("The whole team (also agents who join later)"),
        AGENTS("Chosen agents");

        final String label;

        Target(String label) {
            this.label = label;
        }
    }

    private final RadioButtonGroup<AssignmentKind> kind = new RadioButtonGroup<>("Assign");
    private final Select<ProgramSummary> program = new Select<>();
    private final Select<ModuleRef> module = new Select<>();
    private final Select<TeamSummary> team = new Select<>();
    private final RadioButtonGroup<Target> target = new RadioButtonGroup<>("To");
    private final MultiSelectComboBox<TeamMember> agents = new MultiSelectComboBox<>("Agents");
    private final DatePicker due = new DatePicker("Due date");
    private final IntegerField joinerDays = new IntegerField("Days to complete for agents who join later");
    private final Paragraph error = new Paragraph();
    private final Button assign = new Button("Assign");

    AssignDialog(List<TeamSummary> teams, @Nullable TeamSummary preset, List<ProgramSummary> programs,
            List<ModuleRef> modules, Function<Long, List<TeamMember>> agentsOf, AssignmentService assignments,
            LocalDate today, Runnable onAssigned) {
        setId("assign-dialog");
        setHeaderTitle("Assign training");
        setWidth("min(560px, 96vw)");

        kind.setItems(AssignmentKind.values());
        kind.setItemLabelGenerator(k -> k == AssignmentKind.PROGRAM ? "A certification program" : "A single module");
        kind.setValue(AssignmentKind.PROGRAM);
        kind.setId("assign-kind");

        program.setLabel("Program");
        program.setId("assign-program");
        program.setItems(programs);
        program.setItemLabelGenerator(p -> p == null ? "" : p.name());
        program.setPlaceholder(programs.isEmpty() ? "No active programs" : "Choose a program");
        module.setLabel("Module");
        module.setId("assign-module");
        module.setItems(modules);
        module.setItemLabelGenerator(m -> m == null ? "" : m.title());
        module.setPlaceholder(modules.isEmpty() ? "No published modules" : "Choose a module");
        module.setVisible(false);
        kind.addValueChangeListener(e -> {
            program.setVisible(e.getValue() == AssignmentKind.PROGRAM);
            module.setVisible(e.getValue() == AssignmentKind.MODULE);
        });

        team.setLabel("Team");
        team.setId("assign-team");
        team.setItems(teams);
        team.setItemLabelGenerator(t -> t == null ? "" : t.name() + " (" + t.activeMembers() + ")");
        team.setPlaceholder("Choose a team");
        team.addValueChangeListener(e -> {
            agents.clear();
            agents.setItems(e.getValue() == null ? List.of() : agentsOf.apply(e.getValue().id()));
        });

        target.setItems(Target.values());
        target.setItemLabelGenerator(t -> t.label);
        target.setValue(Target.TEAM);
        target.setId("assign-target");
        agents.setId("assign-agents");
        agents.setItemLabelGenerator(TeamMember::displayName);
        agents.setPlaceholder("Choose one or more agents");
        agents.setVisible(false);
        target.addValueChangeListener(e -> {
            agents.setVisible(e.getValue() == Target.AGENTS);
            joinerDays.setVisible(e.getValue() == Target.TEAM);
        });

        due.setId("assign-due");
        due.setMin(today);
        due.setRequired(true);
        UserFormats.current().localize(due);
        due.addValueChangeListener(e -> {
            due.setHelperText(DueDateDialog.inWords(e.getValue(), today));
            if (e.getValue() != null && !e.getValue().isBefore(today)) {
                due.setInvalid(false);
            }
        });
        due.setValue(today.plusDays(30));

        joinerDays.setId("assign-joiner-days");
        joinerDays.setMin(1);
        joinerDays.setMax(AssignmentDraft.MAX_JOINER_DAYS);
        joinerDays.setStepButtonsVisible(true);
        joinerDays.setSuffixComponent(new Span("days"));
        joinerDays.setValue(AssignmentDraft.DEFAULT_JOINER_DAYS);
        joinerDays.setHelperText("An agent who joins the team after today has this many days from the day they "
                + "join, or until the due date above if that is later.");

        team.setValue(preset != null ? preset : teams.size() == 1 ? teams.getFirst() : null);

        error.addClassName("form-error");
        error.setId("assign-error");
        error.setVisible(false);

        var form = new FormLayout(kind, program, module, team, target, agents, due, joinerDays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, error);

        assign.setId("assign-save");
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.setDisableOnClick(true);
        assign.addClickListener(e -> {
            try {
                if (save(assignments, today)) {
                    onAssigned.run();
                    close();
                }
            } catch (ValidationException refused) {
                showError(refused.getMessage());
            } finally {
                assign.setEnabled(true);
            }
        });
        var cancel = new Button("Cancel", e -> close());
        cancel.setId("assign-cancel");
        getFooter().add(cancel, assign);
    }

    /** Saves and returns true, or marks what is missing at its field and returns false. */
    private boolean save(AssignmentService assignments, LocalDate today) {
        if (!problems(today).isEmpty()) {
            error.setVisible(false);
            return false;
        }
        AssignmentKind what = kind.getValue();
        long targetId = what == AssignmentKind.PROGRAM ? program.getValue().id() : module.getValue().id();
        String title = what == AssignmentKind.PROGRAM ? program.getValue().name() : module.getValue().title();
        TeamSummary chosenTeam = team.getValue();
        LocalDate dueOn = due.getValue();
        String to;
        if (target.getValue() == Target.TEAM) {
            assignments.assign(AssignmentDraft.toTeam(what, targetId, chosenTeam.id(), dueOn, joinerDays.getValue()));
            to = "the team " + chosenTeam.name();
        } else {
            List<TeamMember> chosen = new ArrayList<>(agents.getValue());
            assignments.assign(AssignmentDraft.toAgents(what, targetId, chosen.stream().map(TeamMember::userId)
                    .toList(), dueOn));
            to = chosen.size() == 1 ? chosen.getFirst().displayName() : chosen.size() + " agents of " + chosenTeam.name();
        }
        var done = Toast.show("Assigned " + title + " to " + to + ", due " + StatusChips.date(dueOn) + ".",
                5000);
        done.addThemeVariants(NotificationVariant.SUCCESS);
        return true;
    }

    /** What is missing or wrong, in words; marks the fields concerned. */
    private List<String> problems(LocalDate today) {
        List<String> problems = new ArrayList<>();
        boolean programMissing = kind.getValue() == AssignmentKind.PROGRAM && program.getValue() == null;
        boolean moduleMissing = kind.getValue() == AssignmentKind.MODULE && module.getValue() == null;
        mark(program, programMissing, "Choose a program.", problems);
        mark(module, moduleMissing, "Choose a module.", problems);
        mark(team, team.getValue() == null, "Choose a team.", problems);
        boolean noAgents = target.getValue() == Target.AGENTS && agents.getValue().isEmpty();
        agents.setInvalid(noAgents);
        agents.setErrorMessage("Choose at least one agent, or assign to the whole team.");
        if (noAgents) {
            problems.add("Choose at least one agent, or assign to the whole team.");
        }
        LocalDate dueOn = due.getValue();
        boolean badDate = dueOn == null || dueOn.isBefore(today);
        due.setInvalid(badDate);
        due.setErrorMessage("Choose a due date, today or later.");
        if (badDate) {
            problems.add("Choose a due date, today or later.");
        }
        Integer days = joinerDays.getValue();
        boolean badDays = target.getValue() == Target.TEAM && (days == null || days < 1
                || days > AssignmentDraft.MAX_JOINER_DAYS);
        joinerDays.setInvalid(badDays);
        joinerDays.setErrorMessage("Between 1 and " + AssignmentDraft.MAX_JOINER_DAYS + " days.");
        if (badDays) {
            problems.add("Between 1 and " + AssignmentDraft.MAX_JOINER_DAYS + " days for agents who join later.");
        }
        return problems;
    }

    private static void mark(Select<?> field, boolean missing, String message, List<String> problems) {
        field.setInvalid(missing);
        field.setErrorMessage(message);
        if (missing) {
            problems.add(message);
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
