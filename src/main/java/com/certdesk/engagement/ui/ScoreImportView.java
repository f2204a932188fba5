package com.certdesk.engagement.ui;

import com.certdesk.base.BoundedInput;
import com.certdesk.base.NotFoundException;
import com.certdesk.base.UploadLimits;
import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.BoundedUpload;
import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.ProblemList;
import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.engagement.EngagementNavigation;
import com.certdesk.engagement.EngagementSettings;
import com.certdesk.engagement.ScoreImportCheck;
import com.certdesk.engagement.ScoreImportSummary;
import com.certdesk.engagement.ScoreImports;
import com.certdesk.people.ImportProblem;
import com.certdesk.people.ImportRejectedException;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/**
 * HR and administrators import engagement scores from an outside engagement tool: upload, check (counts per measure
 * and survey date, every problem with its line), import all or nothing; the imports so far, each of which can be
 * undone. The check and the list show counts only, never anyone's score.
 */
@Route(value = EngagementNavigation.SCORE_IMPORT, layout = MainLayout.class)
@PageTitle("Import engagement scores")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class ScoreImportView extends VerticalLayout {

    private final ScoreImports imports;
    private final BoundedUpload upload;
    private final Div outcome = new Div();
    private final Button confirm = new Button("Import");
    private final Grid<ScoreImportSummary> history = new Grid<>();
    private final Paragraph noImports = new Paragraph("No engagement scores have been imported yet.");

    ScoreImportView(ScoreImports imports, UploadLimits limits, EngagementSettings settings) {
        this.imports = imports;
        addClassNames("page", "page-wide", "score-import");
        setId("score-import");
        upload = new BoundedUpload(limits.cap(ScoreImports.MAX_BYTES), this::check,
                message -> showProblems(message, List.of()));
        upload.component().setId("score-upload");
        upload.component().setAcceptedFileTypes(".csv", "text/csv");
        upload.component().addFileRemovedListener(e -> reset());

        var help = new Paragraph("A UTF-8 CSV file with a header row, one person's score per row. Columns: "
                + String.join(", ", ScoreImports.COLUMNS) + " (person_email or person_external_id names the person; "
                + "survey_date as YYYY-MM-DD; score a number within scale_min and scale_max, decimals with a point). "
                + "The file is imported all or nothing; importing it again skips what is stored. At most "
                + BoundedInput.describe(upload.limit()) + " and "
                + String.format(java.util.Locale.ROOT, "%,d", ScoreImports.MAX_ROWS) + " rows.");
        var example = new Pre("person_email,survey_date,measure,score,scale_min,scale_max\n"
                + "ana.silva@example.com,2026-10-15,Engagement,4.2,1,5\n"
                + "ben.ortiz@example.com,2026-10-15,Engagement,3.6,1,5");
        example.addClassName("csv-example");
        var promise = new Paragraph("Scores are confidential: results show only for groups of "
                + settings.threshold() + " or more people, and nobody, HR and administrators included, can read "
                + "one person's score back from Certdesk.");
        promise.addClassName("muted");
        confirm.setId("score-import-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> importFile());
        outcome.setId("score-outcome");
        outcome.setWidthFull();

        history.setId("score-imports");
        history.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        history.setSelectionMode(Grid.SelectionMode.NONE);
        history.setAllRowsVisible(true);
        UserFormats formats = UserFormats.current();
        history.addColumn(ScoreImportSummary::fileName).setHeader("File").setFlexGrow(1).setWidth("12rem");
        history.addColumn(i -> String.join(", ", i.measures())).setHeader("Measures").setFlexGrow(1)
                .setWidth("10rem");
        history.addColumn(i -> i.from() == null ? "—" : i.from().equals(i.to()) ? formats.date(i.from())
                : formats.date(i.from()) + " – " + formats.date(i.to())).setHeader("Survey dates").setWidth("12rem")
                .setFlexGrow(0);
        history.addColumn(i -> i.scores() + (i.skipped() > 0 ? " (" + i.skipped() + " already stored)" : ""))
                .setHeader("Scores").setWidth("9rem").setFlexGrow(0);
        history.addColumn(i -> i.importedBy() + ", " + formats.dateTime(i.importedAt())).setHeader("Imported")
                .setWidth("13rem").setFlexGrow(0);
        history.addComponentColumn(i -> {
            var undo = new Button("Undo", e -> confirmUndo(i));
            undo.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            undo.setId("undo-import-" + i.id());
            return undo;
        }).setHeader("").setWidth("6rem").setFlexGrow(0);

        add(new H1("Import engagement scores"), new Anchor(EngagementNavigation.SCORES, "← Imported engagement "
                + "results"), help, example, promise, upload.component(), outcome, new H2("Imports"), noImports, history);
        refreshHistory();
    }

    private void reset() {
        outcome.removeAll();
        confirm.setEnabled(false);
        confirm.setText("Import");
    }

    private void check(BoundedUpload.ReceivedFile file) {
        reset();
        ScoreImportCheck check;
        try {
            check = imports.check(file.path(), file.fileName());
        } catch (ValidationException e) {
            showProblems(e.getMessage(), List.of());
            return;
        }
        if (!check.accepted()) {
            showProblems("The file was rejected — nothing was imported. Fix these lines and upload it again:",
                    check.problems());
        } else if (check.newScores() == 0) {
            outcome.add(new Paragraph(check.alreadyStored() > 0 ? "Every score in this file ("
                    + check.alreadyStored() + ") is already stored: there is nothing to import. "
                    + ScoreImports.STORED_ARE_KEPT : "The file has no scores below its header."));
        } else {
            outcome.add(summary(check, "will be imported"));
            if (check.alreadyStored() > 0) {
                var kept = new Paragraph(ScoreImports.STORED_ARE_KEPT);
                kept.addClassName("muted");
                outcome.add(kept);
            }
            confirm.setText("Import " + check.newScores() + " score" + (check.newScores() == 1 ? "" : "s"));
            confirm.setEnabled(true);
            outcome.add(confirm);
        }
    }

    private Div summary(ScoreImportCheck check, String what) {
        var box = new Div();
        box.setId("score-summary");
        box.add(new H4(check.newScores() + " score" + (check.newScores() == 1 ? "" : "s") + " of " + check.people()
                + " " + (check.people() == 1 ? "person" : "people") + " " + what
                + (check.alreadyStored() > 0 ? "; " + check.alreadyStored() + " already stored, skipped" : "")));
        var grid = new Grid<ScoreImportCheck.SurveyCount>();
        grid.setId("score-surveys");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setAllRowsVisible(true);
        UserFormats formats = UserFormats.current();
        grid.addColumn(ScoreImportCheck.SurveyCount::measure).setHeader("Measure").setFlexGrow(1);
        grid.addColumn(s -> formats.date(s.surveyDate())).setHeader("Survey date").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(s -> s.scaleMin() + "–" + s.scaleMax()).setHeader("Scale").setWidth("6rem").setFlexGrow(0);
        grid.addColumn(ScoreImportCheck.SurveyCount::scores).setHeader("Scores").setWidth("6rem").setFlexGrow(0);
        grid.setItems(check.surveys());
        box.add(grid);
        return box;
    }

    private void importFile() {
        var file = upload.current();
        if (file.isEmpty()) {
            showProblems("Upload the file again: it is no longer here.", List.of());
            return;
        }
        try {
            ScoreImportCheck done = imports.importFile(file.get().path(), file.get().fileName());
            upload.discard();
            upload.component().clearFileList();
            outcome.removeAll();
            var result = summary(done, "imported");
            result.setId("score-imported");
            outcome.add(result);
            refreshHistory();
        } catch (ImportRejectedException e) {
            showProblems("The file was rejected — nothing was imported. The stored scores changed since the check; "
                    + "fix these lines and upload it again:", e.problems());
        } catch (ValidationException e) {
            showProblems(e.getMessage(), List.of());
        }
    }

    private void confirmUndo(ScoreImportSummary i) {
        var dialog = new ConfirmDialog("Undo this import?", "The " + i.scores() + " scores imported from "
                + i.fileName() + " will be deleted, and the results they make will change. The file can be "
                + "imported again afterwards.", "Undo import", e -> {
                    try {
                        imports.delete(i.id());
                        Toast.show("Import of " + i.fileName() + " undone.")
                                .addThemeVariants(NotificationVariant.SUCCESS);
                    } catch (NotFoundException ex) {
                        Toast.show(ex.getMessage()).addThemeVariants(NotificationVariant.WARNING);
                    }
                    refreshHistory();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setId("undo-import-dialog");
        dialog.open();
    }

    private void refreshHistory() {
        List<ScoreImportSummary> all = imports.imports();
        history.setItems(all);
        history.setVisible(!all.isEmpty());
        noImports.setVisible(all.isEmpty());
    }

    private void showProblems(String message, List<ImportProblem> problems) {
        outcome.removeAll();
        confirm.setEnabled(false);
        outcome.add(new ProblemList("score-problems", message, problems.stream().map(ImportProblem::toString)
                .collect(Collectors.toList())));
    }
}
