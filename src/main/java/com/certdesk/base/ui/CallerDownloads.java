package com.certdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A link that downloads a text file made when it is clicked, by services that check who asks. Downloads run outside
 * the UI request, where Spring Security's context is empty: the link carries the signed-in user's context along, so
 * the service's authorization applies to the download as it does to the page.
 */
public final class CallerDownloads {

    private static final Logger log = LoggerFactory.getLogger(CallerDownloads.class);

    private CallerDownloads() {
    }

    /**
     * @param mimeType e.g. {@code text/csv;charset=UTF-8}
     * @param fileName the file's name, asked for at the click (it may depend on what is chosen then)
     * @param content  the file's text (UTF-8), made at the click as the signed-in user
     */
    public static Anchor textFile(String linkText, String mimeType, Supplier<String> fileName,
            Supplier<String> content) {
        SecurityContext security = SecurityContextHolder.getContext();
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.get(), mimeType, bytes.length);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }), linkText);
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** Told when a streamed download starts and ends, on the download's thread (not the UI's). */
    public interface Watcher {

        Watcher NONE = new Watcher() {
        };

        default void started() {
        }

        /** @param failure what stopped the download, null when it was written in full */
        default void finished(@Nullable RuntimeException failure) {
        }
    }

    /**
     * A link that downloads a file written to the response as it is made, so that a large export never sits in
     * memory: {@code writer} writes it to the stream, as the signed-in user.
     *
     * @param fileName the file's name, asked for at the click
     */
    public static Anchor streamed(String linkText, String mimeType, Supplier<String> fileName,
            java.util.function.Consumer<java.io.OutputStream> writer) {
        return streamed(linkText, mimeType, fileName, writer, Watcher.NONE);
    }

    /**
     * As {@link #streamed(String, String, Supplier, java.util.function.Consumer)}, telling {@code watcher}. The
     * response is opened at the first byte written: a writer refused before it (the service's authorization, a
     * filter it will not take) answers 403, or 500 for another failure, so the browser reports a failed download
     * instead of saving an empty file; the watcher hears why.
     */
    public static Anchor streamed(String linkText, String mimeType, Supplier<String> fileName,
            java.util.function.Consumer<java.io.OutputStream> writer, Watcher watcher) {
        var link = new Anchor(streaming(linkText, mimeType, fileName, writer, watcher), linkText);
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** The handler behind {@link #streamed(String, String, Supplier, java.util.function.Consumer, Watcher)}. */
    static DownloadHandler streaming(String linkText, String mimeType, Supplier<String> fileName,
            java.util.function.Consumer<java.io.OutputStream> writer, Watcher watcher) {
        SecurityContext security = SecurityContextHolder.getContext();
        return event -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            watcher.started();
            var out = new LazyOutput(event);
            try {
                event.setFileName(fileName.get());
                event.setContentType(mimeType);
                try (out) {
                    writer.accept(out);
                }
                watcher.finished(null);
            } catch (RuntimeException | java.io.IOException e) {
                RuntimeException failure = e instanceof RuntimeException r ? r
                        : new java.io.UncheckedIOException((java.io.IOException) e);
                if (!out.opened()) {
                    event.getResponse().setStatus(failure instanceof AccessDeniedException ? 403 : 500);
                }
                log.warn("Download {} stopped: {}", linkText, failure.toString());
                watcher.finished(failure);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        };
    }

    /** The response's stream, buffered, asked for only when the first byte is written. */
    private static final class LazyOutput extends java.io.OutputStream {

        private final com.vaadin.flow.server.streams.DownloadEvent event;
        private java.io.@Nullable OutputStream out;

        LazyOutput(com.vaadin.flow.server.streams.DownloadEvent event) {
            this.event = event;
        }

        boolean opened() {
            return out != null;
        }

        private java.io.OutputStream out() {
            java.io.OutputStream o = out;
            if (o == null) {
                o = new java.io.BufferedOutputStream(event.getOutputStream(), 64 * 1024);
                out = o;
            }
            return o;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out().write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            if (out != null) {
                out.flush();
            }
        }

        @Override
        public void close() throws java.io.IOException {
            if (out != null) {
                out.close();
            }
        }
    }
}
