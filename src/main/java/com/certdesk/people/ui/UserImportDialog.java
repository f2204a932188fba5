package com.certdesk.people.ui;

import com.certdesk.base.BoundedInput;
import com.certdesk.base.UploadLimits;
import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.BoundedUpload;
import com.certdesk.base.ui.ProblemList;
import com.certdesk.people.CreatedAccount;
import com.certdesk.people.ImportProblem;
import com.certdesk.people.ImportRejectedException;
import com.certdesk.people.UserImportCheck;
import com.certdesk.people.UserImportRow;
import com.certdesk.people.UserImportService;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bulk import of users from CSV: upload, check (every problem with its line), confirm, then show the new
 * accounts' temporary passwords once. Nothing is imported unless the whole file is valid.
 */
class UserImportDialog extends Dialog {

    private final UserImportService imports;
    private final Runnable onImported;
    private final Div outcome = new Div();
    private final Button confirm = new Button("Import");
    private final BoundedUpload upload;

    UserImportDialog(UserImportService imports, UploadLimits limits, Runnable onImported) {
        this.imports = imports;
        this.onImported = onImported;
        setHeaderTitle("Import users from CSV");
        setWidth("min(820px, 95vw)");

        var help = new Paragraph("A UTF-8 CSV file with a header row. Required columns: "
                + String.join(", ", UserImportService.REQUIRED_COLUMNS) + "; optional: "
                + String.join(", ", UserImportService.OPTIONAL_COLUMNS) + " (dates as YYYY-MM-DD). Separate several "
                + "roles with ';' (" + String.join(", ", Roles.ALL) + "). The team must already exist. The file is "
                + "imported all or nothing.");
        var example = new Pre("username,name,email,team,roles,hire_date,external_id\n"
                + "ana.silva,Ana Silva,ana.silva@example.com,Billing Support,AGENT,2024-03-31,HD-1042\n"
                + "ben.ortiz,Ben Ortiz,ben.ortiz@example.com,Billing Support,AGENT;MANAGER,,");
        example.addClassName("csv-example");

        // The file streams to a temporary file within the limit; the callbacks run inside ui.access(...).
        upload = new BoundedUpload(limits.cap(UserImportService.MAX_BYTES), this::checkFile,
                message -> showProblems(message, List.of()));
        upload.component().setId("import-upload");
        upload.component().setAcceptedFileTypes(".csv", "text/csv");
        upload.component().addFileRemovedListener(e -> reset());
        help.setText(help.getText() + " At most " + BoundedInput.describe(upload.limit()) + ".");

        outcome.setWidthFull();
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> importFile());
        add(help, example, upload.component(), outcome);
        getFooter().add(new Button("Close", e -> close()), confirm);
    }

    private void reset() {
        outcome.removeAll();
        confirm.setEnabled(false);
        confirm.setVisible(true);
        confirm.setText("Import");
    }

    private void checkFile(BoundedUpload.ReceivedFile file) {
        reset();
        UserImportCheck check;
        try (var in = file.open()) {
            check = imports.check(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!check.problems().isEmpty()) {
            showProblems("The file was rejected — nothing was imported. Fix these lines and upload it again:",
                    check.problems());
        } else if (check.rows().isEmpty()) {
            showProblems("The file has no user rows below the header.", List.of());
        } else {
            var heading = new H4(check.rows().size() + " user" + (check.rows().size() == 1 ? "" : "s")
                    + " will be created");
            var preview = new Grid<UserImportRow>();
            preview.setId("import-preview");
            preview.addColumn(UserImportRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
            preview.addColumn(UserImportRow::username).setHeader("Username");
            preview.addColumn(UserImportRow::displayName).setHeader("Name");
            preview.addColumn(r -> r.teamName().isEmpty() ? "—" : r.teamName()).setHeader("Team");
            preview.addColumn(r -> r.roles().stream().map(Roles::label).collect(Collectors.joining(", ")))
                    .setHeader("Roles");
            preview.setItems(check.rows());
            preview.setHeight("16em");
            outcome.add(heading, preview);
            confirm.setText("Import " + check.rows().size() + " user" + (check.rows().size() == 1 ? "" : "s"));
            confirm.setEnabled(true);
        }
    }

    private void importFile() {
        var file = upload.current();
        if (file.isEmpty()) {
            showProblems("Upload the file again: it is no longer here.", List.of());
            return;
        }
        try (var in = file.get().open()) {
            List<CreatedAccount> created = imports.importUsers(in);
            upload.discard();
            outcome.removeAll();
            var result = new Div();
            result.setId("import-result");
            result.add(new H4(created.size() + " user" + (created.size() == 1 ? "" : "s") + " imported"),
                    TemporaryPasswords.imported(created));
            outcome.add(result);
            confirm.setVisible(false);
            // Removing the file from the upload would clear the passwords: hide it until the dialog closes.
            upload.component().setVisible(false);
            onImported.run();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (ImportRejectedException e) {
            showProblems("The file was rejected — nothing was imported. The data changed since the check; fix "
                    + "these lines and upload it again:", e.problems());
        } catch (ValidationException e) {
            showProblems(e.getMessage(), List.of());
        }
    }

    private void showProblems(String message, List<ImportProblem> problems) {
        outcome.removeAll();
        confirm.setEnabled(false);
        var box = new ProblemList("import-problems", message, problems.stream().map(ImportProblem::toString)
                .toList());
        outcome.add(box);
    }
}
