package com.certdesk.certification.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.base.ui.Toast;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.catalog.ModuleStatus;
import com.certdesk.certification.ProgramDraft;
import com.certdesk.certification.ProgramService;
import com.certdesk.certification.ProgramSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Creates or edits a certification program: required modules, validity, recertification window, minimum score. */
class ProgramDialog extends Dialog {

    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final MultiSelectComboBox<ModuleRef> modules = new MultiSelectComboBox<>("Required modules");
    private final IntegerField validity = new IntegerField("Valid for (months)");
    private final Checkbox noExpiry = new Checkbox("Certificates never expire");
    private final IntegerField window = new IntegerField("Recertification window (days before expiry)");
    private final IntegerField minScore = new IntegerField("Minimum quiz score (%)");
    private final FormError error = new FormError("program-error");

    ProgramDialog(ProgramService programs, List<ModuleRef> allModules, @Nullable ProgramSummary existing,
            Runnable onSaved) {
        setHeaderTitle(existing == null ? "New certification program" : "Edit " + existing.name());
        setWidth("min(680px, 95vw)");
        name.setId("program-name");
        name.setRequired(true);
        name.setMaxLength(160);
        description.setId("program-description");
        description.setMaxLength(4000);
        description.setHelperText("Shown to agents and printed on the certificate.");
        List<ModuleRef> choosable = new ArrayList<>(allModules.stream()
                .filter(m -> m.status() == ModuleStatus.PUBLISHED).toList());
        if (existing != null) {
            existing.modules().stream().filter(m -> !choosable.contains(m)).forEach(choosable::add);
        }
        modules.setId("program-modules");
        modules.setItems(choosable);
        modules.setItemLabelGenerator(ModuleRef::title);
        modules.setRequired(true);
        // Every chosen module stays visible as a chip, wrapping onto more lines, instead of collapsing into "+3".
        modules.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        modules.setSelectedItemsOnTop(true);
        modules.setHelperText("Every one must be complete, with its quiz passed.");
        validity.setId("program-validity");
        validity.setMin(1);
        validity.setMax(ProgramDraft.MAX_VALIDITY_MONTHS);
        validity.setStepButtonsVisible(true);
        noExpiry.setId("program-no-expiry");
        noExpiry.addValueChangeListener(e -> validity.setEnabled(!e.getValue()));
        window.setId("program-window");
        window.setMin(0);
        window.setMax(365);
        window.setStepButtonsVisible(true);
        window.setHelperText("Agents can recertify this many days before their certificate expires.");
        minScore.setId("program-min-score");
        minScore.setMin(1);
        minScore.setMax(100);
        minScore.setHelperText("Leave empty to accept each module's own pass mark.");
        if (existing != null) {
            error.onReload(() -> {
                close();
                new ProgramDialog(programs, allModules, programs.get(existing.id()), onSaved).open();
            });
        }

        if (existing != null) {
            name.setValue(existing.name());
            description.setValue(existing.description());
            Set<Long> ids = Set.copyOf(existing.moduleIds());
            modules.setValue(choosable.stream().filter(m -> ids.contains(m.id())).collect(Collectors.toSet()));
            validity.setValue(existing.validityMonths());
            noExpiry.setValue(existing.validityMonths() == null);
            window.setValue(existing.windowDays());
            minScore.setValue(existing.minScore());
        } else {
            validity.setValue(12);
            window.setValue(30);
        }
        var form = new FormLayout(name, description, modules, validity, noExpiry, window, minScore);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        form.setColspan(modules, 2);
        form.setColspan(window, 2);
        add(form, error);

        var save = new Button(existing == null ? "Create program" : "Save", e -> {
            try {
                ProgramDraft draft = draft(choosable);
                if (existing == null) {
                    programs.create(draft);
                } else {
                    programs.update(existing.id(), existing.version(), draft);
                }
                Toast.show("Program \"" + draft.name() + "\" saved.", 3000)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                onSaved.run();
                close();
            } catch (ValidationException ex) {
                error.show(ex);
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        save.setId("program-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /** The draft in the order the modules are listed in the catalog. */
    private ProgramDraft draft(List<ModuleRef> choosable) {
        if (validity.isInvalid() || window.isInvalid() || minScore.isInvalid()) {
            throw new ValidationException("Check the highlighted numbers: they must be whole numbers in range.");
        }
        Set<ModuleRef> chosen = modules.getValue();
        List<Long> ids = choosable.stream().filter(chosen::contains).map(ModuleRef::id).toList();
        Integer months = noExpiry.getValue() ? null : validity.getValue();
        if (!noExpiry.getValue() && months == null) {
            throw new ValidationException("Say for how many months a certificate is valid, or tick \"never expire\".");
        }
        return new ProgramDraft(name.getValue(), description.getValue(), ids, months,
                window.getValue() == null ? 0 : window.getValue(), minScore.getValue());
    }
}
