package com.certdesk.people.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.base.ui.Toast;
import com.certdesk.people.PersonRef;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Creates or renames a team and chooses its managers; an edit made on an outdated copy is refused. */
class TeamDialog extends Dialog {

    TeamDialog(TeamService teams, @Nullable TeamSummary existing, Runnable onChange) {
        setHeaderTitle(existing == null ? "New team" : existing.name());
        setWidth("min(520px, 95vw)");
        var name = new TextField("Name");
        name.setId("team-name");
        name.setWidthFull();
        name.setRequired(true);
        // Current managers stay choosable even if they have since lost the role or been deactivated, so saving
        // the team never drops them silently.
        List<PersonRef> candidates = new java.util.ArrayList<>(teams.managerCandidates());
        if (existing != null) {
            existing.managers().stream().filter(m -> !candidates.contains(m)).forEach(candidates::add);
        }
        var managers = new MultiSelectComboBox<PersonRef>("Managers");
        managers.setId("team-managers");
        managers.setItems(candidates);
        managers.setItemLabelGenerator(PersonRef::displayName);
        managers.setHelperText("Users with the Manager role. They see this team's progress.");
        managers.setWidthFull();
        if (existing != null) {
            name.setValue(existing.name());
            Set<Long> current = existing.managers().stream().map(PersonRef::id).collect(Collectors.toSet());
            managers.setValue(candidates.stream().filter(c -> current.contains(c.id())).collect(Collectors.toSet()));
        }
        var error = new FormError("team-error").onReload(() -> {
            close();
            if (existing != null) {
                teams.visibleTeams().stream().filter(t -> t.id() == existing.id()).findFirst()
                        .ifPresent(fresh -> new TeamDialog(teams, fresh, onChange).open());
            }
        });
        add(new VerticalLayout(name, managers, error));

        var save = new Button(existing == null ? "Create team" : "Save", e -> {
            try {
                Set<Long> ids = managers.getValue().stream().map(PersonRef::id).collect(Collectors.toSet());
                if (existing == null) {
                    teams.create(name.getValue(), ids);
                } else {
                    teams.update(existing.id(), existing.version(), name.getValue(), ids);
                }
                Toast.show("Team saved.", 3000)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                onChange.run();
                close();
            } catch (ValidationException ex) {
                error.show(ex);
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        save.setId("team-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
