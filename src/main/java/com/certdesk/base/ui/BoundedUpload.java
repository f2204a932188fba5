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
    private final Upload upload;
    private @Nullable ReceivedFile current;

    /**
     * @param limit the largest file accepted, in bytes
     * @param onReceived called in the UI when a file within the limit has arrived
     * @param onRefused called in the UI with a message for the user when a file is refused
     */
    public BoundedUpload(long limit, Consumer<ReceivedFile> onReceived, Consumer<String> onRefused) {
        this(limit, new Handler(limit), onReceived, onRefused);
    }

    private BoundedUpload(long limit, Handler handler, Consumer<ReceivedFile> onReceived, Consumer<String> onRefused) {
        this.upload = new Upload(handler);
        this.limit = limit;
        handler.owner = this;
        handler.onReceived = file -> {
            discard();
            current = file;
            onReceived.accept(file);
        };
        handler.onRefused = message -> {
            discard();
            onRefused.accept(message);
        };
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        upload.addFileRejectedListener(e -> {
            discard();
            onRefused.accept(e.getErrorMessage().toLowerCase(java.util.Locale.ROOT).contains("big") ? tooLarge(limit)
                    : "The file was not accepted: " + e.getErrorMessage());
        });
        upload.addFileRemovedListener(e -> discard());
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

    /** The file waiting to be imported, if any. */
    public Optional<ReceivedFile> current() {
        return Optional.ofNullable(current);
    }

    /** Deletes the waiting file; call it once the import is done with it. */
    public void discard() {
        ReceivedFile file = current;
        current = null;
        if (file != null) {
            delete(file.path());
        }
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
            return 1;
        }
    }
}
