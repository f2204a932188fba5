package com.certdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A link that downloads a text file made when it is clicked, by services that check who asks. Downloads run outside
 * the UI request, where Spring Security's context is empty: the link carries the signed-in user's context along, so
 * the service's authorization applies to the download as it does to the page.
 */
public final class CallerDownloads {

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

    /**
     * A link that downloads a file written to the response as it is made, so that a large export never sits in
     * memory: {@code writer} writes it to the stream, as the signed-in user.
     *
     * @param fileName the file's name, asked for at the click
     */
    public static Anchor streamed(String linkText, String mimeType, Supplier<String> fileName,
            java.util.function.Consumer<java.io.OutputStream> writer) {
        SecurityContext security = SecurityContextHolder.getContext();
        var link = new Anchor((DownloadHandler) event -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                event.setFileName(fileName.get());
                event.setContentType(mimeType);
                try (var out = new java.io.BufferedOutputStream(event.getOutputStream(), 64 * 1024)) {
                    writer.accept(out);
                }
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }, linkText);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
