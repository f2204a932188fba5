package com.certdesk.feedback.ui;

import com.certdesk.base.ui.PhoneColumns;
import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.feedback.BatchStatus;
import com.certdesk.feedback.BatchSummary;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.ImportCheck;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Every batch of ratings, newest first, loaded page by page: where it came from, who, when, the file names, its status
 * and counts. A checked file can be reopened to import or discard it; an imported batch can be deleted, which removes
 * exactly the ratings it added.
 */
final class BatchesTab extends Div {

    private final FeedbackImports imports;
    private final Grid<BatchSummary> grid = new Grid<>();
    /** A deletion runs off the request thread: a batch of a million ratings takes minutes. */
    private final BackgroundRun deletion;

    BatchesTab(FeedbackImports imports, Executor executor, Consumer<ImportCheck> onReopen) {
        this.imports = imports;
        this.deletion = new BackgroundRun(executor);
        deletion.setId("batch-deletion");
        setId("batches-tab");
        addClassName("feedback-batches");
        grid.setId("batches-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(b -> twoLines(UserFormats.current().dateTime(b.createdAt()), b.createdBy()))
                .setHeader("When / who").setWidth("8.5rem").setFlexGrow(0);
        grid.addComponentColumn(BatchesTab::what).setHeader("Origin / format / files").setFlexGrow(1)
                .setWidth("9rem");
        grid.addComponentColumn(BatchesTab::status).setHeader("Status").setKey("status").setWidth("8.5rem")
                .setFlexGrow(0);
        number(grid, "Rows read", BatchSummary::rowsRead);
        number(grid, "Imported", BatchSummary::imported);
        number(grid, "Dupli\u00adcates", BatchSummary::duplicates);
        grid.addColumn(b -> b.skipUnknownAgents() ? number(b.unknownAgentRatings()) : "—")
                .setHeader("Skipped unknown").setWidth("5.25rem").setFlexGrow(0);
        number(grid, "Stored now", BatchSummary::stored);
        var actions = grid.addComponentColumn(b -> actions(b, onReopen)).setHeader("").setKey("actions")
                .setWidth("6rem").setFlexGrow(0).setFrozenToEnd(true);
        // on a phone the wide columns would scroll sideways, the status out of sight: one cell says it all
        PhoneColumns.of(grid).keep(actions).compact("Batch", BatchesTab::compact);
        grid.setItems(query -> imports.batches(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No ratings imported yet: import a file, or connect Zendesk or the API.");
        grid.setHeight("32em");
        grid.setWidthFull();
        add(deletion, grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static Grid.Column<BatchSummary> number(Grid<BatchSummary> grid, String header,
            java.util.function.ToLongFunction<BatchSummary> value) {
        return grid.addColumn(b -> number(value.applyAsLong(b))).setHeader(header).setWidth("5.25rem").setFlexGrow(0);
    }

    /** Everything of a batch in one cell: when and who, what, status, counts. */
    private static Component compact(BatchSummary b) {
        var box = new Div(twoLines(UserFormats.current().dateTime(b.createdAt()), b.createdBy()), what(b),
                status(b));
        var counts = new Span(number(b.rowsRead()) + (b.rowsRead() == 1 ? " row · " : " rows · ") + number(b.imported()) + " imported · "
                + number(b.duplicates()) + " duplicates" + (b.skipUnknownAgents() ? " · "
                + number(b.unknownAgentRatings()) + " skipped" : "") + " · " + number(b.stored()) + " stored now");
        counts.addClassName("batch-description");
        box.add(counts);
        box.addClassName("batch-compact");
        return box;
    }

    /**
     * The status; a deleted batch also says who deleted it and when, one being imported how far it got, one that
     * ended without its ratings why.
     */
    private static com.vaadin.flow.component.Component status(BatchSummary b) {
        if (b.status() == BatchStatus.DELETED && b.deletedAt() != null) {
            return twoLines(b.status().label(), "by " + b.deletedBy() + ", "
                    + UserFormats.current().dateTime(b.deletedAt()));
        }
        if (b.status() == BatchStatus.IMPORTING) {
            return twoLines(b.status().label(), number(b.stored()) + " stored so far");
        }
        if (b.note() != null) {
            return twoLines(b.status().label(), b.note());
        }
        return new Span(b.status().label());
    }

    private static Div twoLines(String first, String second) {
        var top = new Span(first);
        var bottom = new Span(second);
        bottom.addClassName("batch-description");
        var box = new Div(top, bottom);
        box.addClassName("batch-what");
        return box;
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static Component what(BatchSummary b) {
        var formatText = new Span(b.origin().label() + " · " + FormatLabels.shortLabel(b.format()));
        formatText.addClassName("batch-format");
        var description = new Span(b.description());
        description.addClassName("batch-description");
        var box = new Div(formatText, description);
        box.addClassName("batch-what");
        return box;
    }

    private Component actions(BatchSummary b, Consumer<ImportCheck> onReopen) {
        if (b.status() == BatchStatus.CHECKED) {
            var open = new Button("Open", e -> onReopen.accept(imports.preview(b.id())));
            open.addThemeVariants(ButtonVariant.SMALL);
            open.addClassName("batch-open");
            open.getElement().setAttribute("aria-label", "Open the preview of batch " + b.id());
            return open;
        }
        if (b.status() == BatchStatus.IMPORTED && b.stored() > 0) {
            var delete = new Button("Delete…", e -> confirmDelete(b));
            delete.setEnabled(!deletion.running());
            delete.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            delete.addClassName("batch-delete");
            delete.getElement().setAttribute("aria-label", "Delete batch " + b.id());
            return delete;
        }
        return new Span();
    }

    private void confirmDelete(BatchSummary b) {
        var confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-batch");
        confirm.setHeader("Delete this batch?");
        confirm.setText("This removes exactly the " + number(b.stored()) + " rating" + (b.stored() == 1 ? "" : "s")
                + " this batch added (" + b.description() + "); ratings from other batches stay. The figures are "
                + "updated at once. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete " + number(b.stored()) + " rating" + (b.stored() == 1 ? "" : "s"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete(b));
        confirm.open();
    }

    private void delete(BatchSummary b) {
        if (deletion.running()) {
            Toast.show("Another batch is being deleted; wait until it is done.", 5000);
            return;
        }
        String what = "Deleting batch " + b.id() + " (" + b.description() + ")";
        deletion.run(this, what, progress -> imports.deleteBatch(b.id(),
                (fraction, stage) -> progress.update(fraction, what + ": " + stage)),
                removed -> {
                    refresh();
                    Toast.show(removed == 0 ? "This batch was deleted already."
                            : "Removed " + number(removed) + " rating" + (removed == 1 ? "" : "s") + ".", 5000);
                }, failure -> {
                    refresh();
                    String message = BackgroundRun.explain(failure, "You are not allowed to delete feedback batches.",
                            "Deleting the batch failed on the server, and nothing was removed; the details are in "
                                    + "its log.");
                    var n = Toast.show(message, 8000);
                    n.addThemeVariants(NotificationVariant.ERROR);
                });
        refresh(); // the delete buttons are disabled while it runs
    }
}
