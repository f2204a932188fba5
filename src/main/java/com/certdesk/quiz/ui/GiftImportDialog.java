package com.certdesk.quiz.ui;

import com.certdesk.base.BoundedInput;
import com.certdesk.base.UploadLimits;
import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.BoundedUpload;
import com.certdesk.base.ui.Toast;
import com.certdesk.quiz.CategoryOption;
import com.certdesk.quiz.GiftProblem;
import com.certdesk.quiz.GiftTransferService;
import com.certdesk.quiz.GiftTransferService.GiftPreview;
import com.certdesk.quiz.GiftTransferService.PreviewRow;
import com.certdesk.quiz.QuestionCategory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;

/**
 * Imports a Moodle GIFT file into the bank: upload, preview (questions found, skipped ones and errors with their
 * line numbers), then import on confirmation. A file with errors imports nothing.
 */
final class GiftImportDialog extends Dialog {

    private static final int MAX_SHOWN_PROBLEMS = 200;

    private final GiftTransferService gift;
    private final Runnable afterImport;
    private final ComboBox<CategoryOption> fallback = new ComboBox<>("Questions without a known category go to");
    private final Div outcome = new Div();
    private final Button confirm = new Button("Import");
    private final BoundedUpload upload;

    GiftImportDialog(GiftTransferService gift, List<CategoryOption> categories, UploadLimits limits,
            Runnable afterImport) {
        this.gift = gift;
        this.afterImport = afterImport;
        setHeaderTitle("Import questions from a GIFT file");
        setWidth("min(60rem, 95vw)");
        setId("gift-import-dialog");
        var help = new Paragraph("GIFT is Moodle's text format for questions. Single choice, multiple response, "
                + "true/false, short answer and matching questions are imported; other types are listed and skipped. "
                + "A $CATEGORY line naming a skill area or module files the questions under it.");
        help.addClassName("muted");
        fallback.setItems(categories);
        fallback.setItemLabelGenerator(CategoryOption::label);
        fallback.setValue(categories.getFirst());
        fallback.setWidthFull();
        fallback.setId("gift-fallback-category");

        // The file streams to a temporary file within the limit; the callbacks run inside ui.access(...).
        upload = new BoundedUpload(limits.cap(GiftTransferService.MAX_BYTES), file -> preview(), message -> {
            reset();
            var refused = new Paragraph(message);
            refused.setId("gift-refused");
            outcome.add(refused);
        });
        upload.component().setId("gift-upload");
        upload.component().setAcceptedFileTypes(".gift", ".txt", "text/plain");
        upload.component().addFileRemovedListener(e -> reset());
        fallback.addValueChangeListener(e -> {
            if (upload.current().isPresent() && e.getValue() != null) {
                preview();
            }
        });
        help.setText(help.getText() + " At most " + BoundedInput.describe(upload.limit()) + " a file.");

        outcome.setWidthFull();
        outcome.setId("gift-outcome");
        confirm.setId("gift-import-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> importFile());
        add(help, fallback, upload.component(), outcome);
        getFooter().add(new Button("Close", e -> close()), confirm);
    }

    private void reset() {
        outcome.removeAll();
        confirm.setEnabled(false);
        confirm.setText("Import");
    }

    /** Shows what the file holds; called again when the fallback category changes. */
    void preview() {
        reset();
        var file = upload.current();
        if (file.isEmpty()) {
            return;
        }
        GiftPreview preview;
        try (var in = file.get().open()) {
            preview = gift.preview(in, fallback.getValue().category());
        } catch (ValidationException e) {
            outcome.add(new Paragraph(e.getMessage()));
            return;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!preview.importable()) {
            boolean errors = preview.problems().stream().anyMatch(p -> p.severity() == GiftProblem.Severity.ERROR);
            outcome.add(new H4(errors ? "The file was rejected — nothing will be imported. Fix these lines and upload it again:"
                    : "The file holds no question Certdesk can import."));
        } else {
            outcome.add(new H4(preview.rows().size() + (preview.rows().size() == 1 ? " question" : " questions")
                    + " will be imported"));
            var grid = new Grid<PreviewRow>();
            grid.setId("gift-preview");
            grid.addColumn(PreviewRow::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(PreviewRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(r -> r.type().label()).setHeader("Type").setAutoWidth(true);
            grid.addColumn(PreviewRow::title).setHeader("Title").setFlexGrow(2);
            grid.addColumn(PreviewRow::categoryLabel).setHeader("Category").setFlexGrow(1);
            grid.setItems(preview.rows());
            grid.setHeight("16em");
            outcome.add(grid);
            confirm.setText("Import " + preview.rows().size() + (preview.rows().size() == 1 ? " question" : " questions"));
            confirm.setEnabled(true);
        }
        if (!preview.notes().isEmpty()) {
            outcome.add(list("gift-notes", preview.notes()));
        }
        if (!preview.problems().isEmpty()) {
            List<String> shown = preview.problems().stream().limit(MAX_SHOWN_PROBLEMS)
                    .map(p -> switch (p.severity()) {
                        case SKIPPED -> "Skipped — ";
                        case WARNING -> "Warning — ";
                        case ERROR -> "Error — ";
                    } + p.describe())
                    .toList();
            var problems = list("gift-problems", shown);
            if (preview.problems().size() > MAX_SHOWN_PROBLEMS) {
                problems.add(new ListItem("… and " + (preview.problems().size() - MAX_SHOWN_PROBLEMS) + " more."));
            }
            outcome.add(problems);
        }
    }

    private static UnorderedList list(String id, List<String> lines) {
        var list = new UnorderedList();
        list.setId(id);
        list.addClassName("problem-list");
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    private void importFile() {
        QuestionCategory category = fallback.getValue().category();
        var file = upload.current();
        if (file.isEmpty()) {
            confirm.setEnabled(false);
            return;
        }
        try (var in = file.get().open()) {
            int count = gift.importFile(in, category).size();
            upload.discard();
            var done = Toast.show(count + (count == 1 ? " question" : " questions") + " imported.", 5000);
            done.addThemeVariants(NotificationVariant.SUCCESS);
            afterImport.run();
            close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            confirm.setEnabled(upload.current().isPresent());
        }
    }
}
