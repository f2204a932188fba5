package com.certdesk.feedback.ui;

import com.certdesk.base.BoundedInput;
import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.BoundedUpload;
import com.certdesk.base.ui.Toast;
import com.certdesk.feedback.AgentAliases;
import com.certdesk.feedback.BatchStatus;
import com.certdesk.feedback.FeedbackFormat;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.ImportCheck;
import com.certdesk.feedback.ImportResult;
import com.certdesk.people.UserAdminService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Import a file: choose the format, upload the file (several Zendesk API pages at once), for vendor files choose how
 * their questions become ratings, check it in the background (a progress bar, the page stays usable), look at the
 * preview, then import or discard. Nothing is stored as ratings before Import.
 */
final class ImportTab extends Div {

    /** Zendesk exports its ratings as API pages of 100: this many pages at once. */
    static final int MAX_ZENDESK_PAGES = 50;

    private final FeedbackImports imports;
    private final ReaderOpener readers;
    private final MappingEditors mappingEditors;
    private final long limit;
    private final AgentAliases aliases;
    private final UserAdminService users;
    private final Runnable onBatchesChanged;
    private final Select<FeedbackFormat> format = new Select<>();
    private final Paragraph formatHelp = new Paragraph();
    private final Div uploadSlot = new Div();
    private final Paragraph fileInfo = new Paragraph();
    private final Div mappingSlot = new Div();
    private final Div messages = new Div();
    private final Div previewSlot = new Div();
    private final Button checkButton = new Button("Check file", VaadinIcon.SEARCH.create());
    private final BackgroundRun run;
    private BoundedUpload upload;
    private MappingEditors.@Nullable Editor mapping;
    private @Nullable PreviewPanel preview;
    /** The file checked on this page last: an import reads it again, so that exactly what was checked is stored. */
    private @Nullable Checked checked;

    private record Checked(long batchId, FeedbackFormat format, List<BoundedUpload.ReceivedFile> files,
            MappingEditors.Choice choice) {
    }

    ImportTab(FeedbackImports imports, AgentAliases aliases, UserAdminService users, ReaderOpener readers,
            MappingEditors mappingEditors, long limit, Executor executor, Runnable onBatchesChanged) {
        this.aliases = aliases;
        this.users = users;
        this.imports = imports;
        this.readers = readers;
        this.mappingEditors = mappingEditors;
        this.limit = limit;
        this.onBatchesChanged = onBatchesChanged;
        this.run = new BackgroundRun(executor);
        setId("import-tab");
        addClassName("feedback-import");

        format.setId("feedback-format");
        format.setLabel("Format");
        format.setItems(FeedbackFormat.values());
        format.setItemLabelGenerator(FeedbackFormat::label);
        format.setValue(FeedbackFormat.CANONICAL_CSV);
        format.setWidth("min(32em, 100%)");
        format.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                newUpload();
            }
        });
        formatHelp.addClassName("muted");
        formatHelp.setId("format-help");

        checkButton.setId("feedback-check");
        checkButton.addThemeVariants(ButtonVariant.PRIMARY);
        checkButton.setEnabled(false);
        checkButton.addClickListener(e -> check());
        messages.setId("import-messages");
        previewSlot.setWidthFull();
        upload = newUploadComponent();
        newUpload();
        fileInfo.setId("feedback-file-info");
        fileInfo.addClassName("feedback-file-info");
        fileInfo.setVisible(false);
        add(format, formatHelp, uploadSlot, fileInfo, mappingSlot, checkButton, run, messages, previewSlot);
    }

    private FeedbackFormat format() {
        return format.getValue() == null ? FeedbackFormat.CANONICAL_CSV : format.getValue();
    }

    /** A fresh upload for the chosen format; drops the files, the mapping and the preview of the previous one. */
    private void newUpload() {
        upload.discard();
        upload = newUploadComponent();
        uploadSlot.removeAll();
        uploadSlot.add(upload.component());
        showFileInfo(List.of());
        formatHelp.setText(help(format()) + " At most " + BoundedInput.describe(limit) + " per file.");
        clear();
    }

    private BoundedUpload newUploadComponent() {
        FeedbackFormat chosen = format.getValue() == null ? FeedbackFormat.CANONICAL_CSV : format.getValue();
        BoundedUpload created = chosen == FeedbackFormat.ZENDESK_JSON
                ? BoundedUpload.multiple(limit, MAX_ZENDESK_PAGES, file -> received(), this::refused)
                : new BoundedUpload(limit, file -> received(), this::refused);
        created.component().setId("feedback-upload");
        created.component().setAcceptedFileTypes("." + chosen.extension(),
                chosen.extension().equals("csv") ? "text/csv" : "application/json");
        created.component().addFileRemovedListener(e -> received());
        return created;
    }

    static String help(FeedbackFormat format) {
        return switch (format) {
            case CANONICAL_CSV -> "One row per rating with a header row (FEEDBACK_FORMAT.md): source_system, "
                    + "source_record_id, metric, scale_min, scale_max, score, responded_at, agent_id or agent_email.";
            case ZENDESK_JSON -> "Pages of GET /api/v2/satisfaction_ratings as exported, several files at once: good "
                    + "and bad are ratings (0-1), offered and unoffered are counted but not stored.";
            case ZENDESK_CSV -> "Zendesk's satisfaction ratings CSV export: good and bad are ratings (0-1).";
            case FRESHDESK_JSON -> "Freshdesk satisfaction ratings (JSON): after the upload, choose per question "
                    + "what its codes (-103 to 103) mean.";
            case QUALTRICS_CSV -> "A Qualtrics CSV export with three header rows and numeric values: after the "
                    + "upload, choose the CSAT, NPS and CES questions and the column that names the agent, or the "
                    + "ticket column to take the agent from the helpdesk's rating of the same ticket.";
            case SURVEYMONKEY_CSV -> "A SurveyMonkey \"all responses\" CSV with two header rows: after the upload, "
                    + "choose per question its metric and what each answer text scores, the agent (or ticket) column "
                    + "and the time zone.";
        };
    }

    private void received() {
        clear();
        List<BoundedUpload.ReceivedFile> files = upload.received();
        showFileInfo(files);
        if (files.isEmpty()) {
            return;
        }
        if (format() != FeedbackFormat.ZENDESK_JSON) {
            // one file at a time: empty the upload's list so that the next file (a corrected one) can be dropped in
            // at once; it replaces this one
            upload.component().clearFileList();
        }
        try {
            mapping = mappingEditors.editorFor(format(), files);
        } catch (ValidationException e) {
            error("This file cannot be read as " + format().label() + ".", e.getMessage());
            return;
        }
        if (mapping != null) {
            mappingSlot.add(mapping.component());
        }
        checkButton.setEnabled(true);
    }

    private void showFileInfo(List<BoundedUpload.ReceivedFile> files) {
        fileInfo.setText(files.isEmpty() ? "" : (files.size() == 1 ? "File: " : files.size() + " files: ")
                + files.stream().map(f -> f.fileName() + " (" + BoundedInput.describe(f.size()) + ")")
                        .collect(Collectors.joining(", ")));
        fileInfo.setVisible(!files.isEmpty());
    }

    private void refused(String message) {
        clear();
        error(message, null);
        checkButton.setEnabled(!upload.received().isEmpty());
    }

    private void clear() {
        messages.removeAll();
        mappingSlot.removeAll();
        previewSlot.removeAll();
        preview = null;
        mapping = null;
        checkButton.setEnabled(false);
    }

    private void check() {
        List<BoundedUpload.ReceivedFile> files = upload.received();
        if (files.isEmpty()) {
            error("Upload the file again: it is no longer here.", null);
            return;
        }
        MappingEditors.Choice chosen;
        try {
            chosen = mapping == null ? MappingEditors.Choice.NONE : mapping.choice();
        } catch (ValidationException e) {
            error("Complete the mapping first.", e.getMessage());
            return;
        }
        FeedbackFormat fileFormat = format();
        String description = files.stream().map(BoundedUpload.ReceivedFile::fileName)
                .collect(Collectors.joining(", "));
        messages.removeAll();
        previewSlot.removeAll();
        busy(true);
        run.run(this, "Reading " + description, progress -> imports.check(fileFormat, description,
                readers.open(fileFormat, files, chosen), progress), result -> {
                    checked = new Checked(result.batchId(), fileFormat, List.copyOf(files), chosen);
                    show(result);
                }, e -> {
                    busy(false);
                    failed("The file was not checked.", e);
                });
    }

    private void busy(boolean running) {
        checkButton.setEnabled(!running && !upload.received().isEmpty());
        format.setEnabled(!running);
        upload.component().setEnabled(!running);
        if (preview != null) {
            preview.importing(running);
        }
    }

    /** Shows the preview of a check (just run, or a checked batch reopened from the batches list). */
    void show(ImportCheck check) {
        busy(false);
        messages.removeAll();
        previewSlot.removeAll();
        preview = new PreviewPanel(check, skip -> confirm(check, skip), () -> discard(check),
                agent -> new MapAgentDialog(agent, aliases, users, () -> recheck(check)).open());
        onBatchesChanged.run();
        previewSlot.add(preview);
    }

    /** After an agent id was mapped: check the same files again (a reopened batch has no file here: say so). */
    private void recheck(ImportCheck old) {
        if (!upload.received().isEmpty()) {
            discardQuietly(old.batchId());
            check();
        } else {
            // a reopened batch keeps the agents found when it was checked: its file must be checked again
            error("The agent id is mapped. Upload the file again to check it with the new mapping.", null);
        }
    }

    private void confirm(ImportCheck check, boolean skipUnknown) {
        if (run.running()) {
            return;
        }
        Checked source = checked;
        if (source == null || source.batchId() != check.batchId() || upload.received().isEmpty()) {
            error("Upload this file again and check it to import it: an import reads the file once more, so that "
                    + "exactly what was checked is stored.", null);
            return;
        }
        busy(true);
        run.run(this, "Importing " + check.newRatings() + " ratings", progress -> imports.confirm(check.batchId(),
                readers.open(source.format(), source.files(), source.choice()), skipUnknown, progress), result -> {
                    done(result);
                    onBatchesChanged.run();
                }, e -> {
                    busy(false);
                    failed("Nothing was imported.", e);
                });
    }

    private void done(ImportResult result) {
        busy(false);
        upload.discard();
        newUpload();
        var text = new StringBuilder(String.format(Locale.ROOT, "Imported %,d new rating%s", result.imported(),
                result.imported() == 1 ? "" : "s"));
        text.append(String.format(Locale.ROOT, "; %,d already stored, skipped", result.duplicates()));
        if (result.skippedUnknownAgents() > 0) {
            text.append(String.format(Locale.ROOT, "; %,d of unknown agents skipped", result.skippedUnknownAgents()));
        }
        text.append('.');
        var outcome = new Paragraph(VaadinIcon.CHECK_CIRCLE.create(), new Span(text.toString()));
        outcome.setId("import-result");
        outcome.addClassName("feedback-result");
        messages.add(outcome);
        Toast.show(text.toString(), 6000)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    private void discard(ImportCheck check) {
        discardQuietly(check.batchId());
        upload.discard();
        newUpload();
        onBatchesChanged.run();
        Toast.show("Discarded: nothing was imported.", 4000);
    }

    private void discardQuietly(long batchId) {
        if (imports.batch(batchId).status() == BatchStatus.CHECKED) {
            imports.discard(batchId);
        }
    }

    private void failed(String what, RuntimeException e) {
        error(what, BackgroundRun.explain(e, "You are not allowed to import feedback.",
                "Something went wrong on the server; the details are in its log."));
    }

    private void error(String message, @Nullable String detail) {
        messages.removeAll();
        var box = new Div();
        box.setId("import-error");
        box.addClassName("feedback-error");
        box.add(new H4(message));
        if (detail != null && !detail.isBlank()) {
            box.add(new Paragraph(detail));
        }
        messages.add(box);
    }
}
