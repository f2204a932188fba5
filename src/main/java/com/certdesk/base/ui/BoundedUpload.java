package com.certdesk.base.ui;

import com.certdesk.base.BoundedInput;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-file upload for imports that never holds the file in memory and never stores more than its limit:
 * the stream goes to a temporary file while its bytes are counted, and an upload that declares or turns out to be
 * larger than the limit is refused at once with a message naming the limit (the rest of it is not read). The
 * import is handed the file ({@link ReceivedFile#open()} gives the service an {@code InputStream}); the temporary
 * file is deleted when another file is uploaded, when the file is removed, when the import calls
 * {@link #discard()}, and when the upload leaves the page.
 *
 * <p>Use it for every import (users CSV, GIFT, feedback and engagement files):
 * {@code var file = new BoundedUpload(limit, received -> check(received), message -> show(message));} then add
 * {@code file.component()} (a plain Vaadin {@link Upload}, so browserless tests drive it as usual) to the page.
 */
public final class BoundedUpload {

    private static final Logger log = LoggerFactory.getLogger(BoundedUpload.class);

    /** An uploaded file waiting in a temporary file. */
    public record ReceivedFile(String fileName, Path path, long size) {

        /** The file's content; the caller closes it. */
        public InputStream open() {
            try {
                return Files.newInputStream(path);
            } catch (IOException e) {
                throw new UncheckedIOException("the uploaded file is no longer available", e);
            }
        }
    }

    private final long limit;
    private final int maxFiles;
    private final Upload upload;
    /** The files waiting, in the order they arrived: at most one unless made with {@link #multiple}. */
    private final java.util.List<ReceivedFile> received = new java.util.ArrayList<>();

    /**
     * @param limit the largest file accepted, in bytes
     * @param onReceived called in the UI when a file within the limit has arrived
     * @param onRefused called in the UI with a message for the user when a file is refused
     */
    public BoundedUpload(long limit, Consumer<ReceivedFile> onReceived, Consumer<String> onRefused) {
        this(limit, 1, new Handler(limit), onReceived, onRefused);
    }

    /**
     * An upload of up to {@code maxFiles} files (Zendesk API pages), each within {@code limit}: the files that
     * arrived are kept together ({@link #received()}); removing one from the list deletes only that one, and a file
     * refused as too large leaves the others.
     */
    public static BoundedUpload multiple(long limit, int maxFiles, Consumer<ReceivedFile> onReceived,
            Consumer<String> onRefused) {
        return new BoundedUpload(limit, maxFiles, new Handler(limit), onReceived, onRefused);
    }

    private BoundedUpload(long limit, int maxFiles, Handler handler, Consumer<ReceivedFile> onReceived,
            Consumer<String> onRefused) {
        this.upload = new Upload(handler);
        this.limit = limit;
        this.maxFiles = Math.max(1, maxFiles);
        handler.owner = this;
        handler.onReceived = file -> {
            if (this.maxFiles == 1) {
                discard();
            }
            received.add(file);
            onReceived.accept(file);
        };
        handler.onRefused = message -> {
            if (this.maxFiles == 1) {
                discard();
            }
            onRefused.accept(message);
        };
        upload.setMaxFiles(this.maxFiles);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        upload.addFileRejectedListener(e -> {
            if (this.maxFiles == 1) {
                discard();
            }
            onRefused.accept(e.getErrorMessage().toLowerCase(java.util.Locale.ROOT).contains("big") ? tooLarge(limit)
                    : "The file was not accepted: " + e.getErrorMessage());
        });
        upload.addFileRemovedListener(e -> {
            if (this.maxFiles == 1) {
                discard();
            } else {
                remove(e.getFileName());
            }
        });
        upload.addDetachListener(e -> discard());
    }

    /** The upload component to put on the page. */
    public Upload component() {
        return upload;
    }

    /** The largest file accepted, in bytes. */
    public long limit() {
        return limit;
    }

    /** The file waiting to be imported (the last one to arrive), if any. */
    public Optional<ReceivedFile> current() {
        return received.isEmpty() ? Optional.empty() : Optional.of(received.getLast());
    }

    /** Every file waiting to be imported, in the order they arrived. */
    public java.util.List<ReceivedFile> received() {
        return java.util.List.copyOf(received);
    }

    /** Deletes the waiting files; call it once the import is done with them. */
    public void discard() {
        var files = java.util.List.copyOf(received);
        received.clear();
        files.forEach(file -> delete(file.path()));
    }

    private void remove(String fileName) {
        received.stream().filter(f -> f.fileName().equals(fileName)).findFirst().ifPresent(file -> {
            received.remove(file);
            delete(file.path());
        });
    }

    static String tooLarge(long limit) {
        return new BoundedInput.TooLargeException(limit).getMessage();
    }

    /**
     * Copies {@code in} to a new temporary file, reading at most {@code limit + 1} bytes: empty (and no file left
     * behind) when the stream holds more than {@code limit}.
     */
    public static Optional<Path> copyAtMost(InputStream in, long limit) throws IOException {
        Path file = Files.createTempFile("certdesk-upload-", ".part");
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
                total += n;
                if (total > limit) {
                    return Optional.empty();
                }
                out.write(buffer, 0, n);
            }
            kept = true;
            return Optional.of(file);
        } finally {
            if (!kept) {
                delete(file);
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}: {}", file, e.toString());
        }
    }

    /** Streams one upload to a temporary file within the limit; runs outside the UI lock. */
    private static final class Handler implements UploadHandler {

        private final long limit;
        private @Nullable BoundedUpload owner;
        private Consumer<ReceivedFile> onReceived = file -> { };
        private Consumer<String> onRefused = message -> { };

        Handler(long limit) {
            this.limit = limit;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            if (event.getFileSize() > limit) {
                refuse(event, ui);
                return;
            }
            Optional<Path> stored;
            try (InputStream in = event.getInputStream()) {
                stored = copyAtMost(in, limit);
            }
            if (stored.isEmpty()) {
                refuse(event, ui);
                return;
            }
            Path path = stored.get();
            var file = new ReceivedFile(event.getFileName(), path, Files.size(path));
            ui.access(() -> {
                if (owner != null && owner.upload.isAttached()) {
                    onReceived.accept(file);
                } else {
                    delete(path);
                }
            });
        }

        private void refuse(UploadEvent event, UI ui) {
            String message = tooLarge(limit);
            event.reject(message);
            ui.access(() -> onRefused.accept(message));
        }

        /**
         * Vaadin's own parsing of a multipart upload stops just past the limit too (the component sends the raw
         * file by default, which {@link #copyAtMost} bounds); one byte more than the limit, so that the copy above
         * notices first and the user gets the message rather than a failed request.
         */
        @Override
        public long getFileSizeMax() {
            return limit + 1;
        }

        @Override
        public long getFileCountMax() {
            return owner == null ? 1 : owner.maxFiles;
        }
    }
}
