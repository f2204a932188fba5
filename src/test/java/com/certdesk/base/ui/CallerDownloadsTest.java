package com.certdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * A streamed download refused before its first byte answers 403 (the browser reports a failed download instead of
 * saving an empty file), another failure 500; a download written in full is told as such; the watcher hears each.
 */
class CallerDownloadsTest {

    private final List<String> heard = new ArrayList<>();
    private final CallerDownloads.Watcher watcher = new CallerDownloads.Watcher() {
        @Override
        public void started() {
            heard.add("started");
        }

        @Override
        public void finished(@Nullable RuntimeException failure) {
            heard.add(failure == null ? "done" : "failed: " + failure.getClass().getSimpleName());
        }
    };

    private final VaadinResponse response = mock(VaadinResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private DownloadEvent event() {
        DownloadEvent event = mock(DownloadEvent.class);
        when(event.getResponse()).thenReturn(response);
        when(event.getOutputStream()).thenReturn(body);
        return event;
    }

    @Test
    void a_download_refused_before_its_first_byte_answers_403_and_opens_no_body() throws Exception {
        DownloadEvent event = event();
        CallerDownloads.streaming("CSV", "text/csv", () -> "x.csv", out -> {
            throw new AccessDeniedException("not yours");
        }, watcher).handleDownloadRequest(event);
        verify(response).setStatus(403);
        verify(event, never()).getOutputStream();
        assertThat(heard).containsExactly("started", "failed: AccessDeniedException");
    }

    @Test
    void another_failure_before_the_first_byte_answers_500() throws Exception {
        CallerDownloads.streaming("CSV", "text/csv", () -> "x.csv", out -> {
            throw new IllegalStateException("broken");
        }, watcher).handleDownloadRequest(event());
        verify(response).setStatus(500);
        assertThat(heard).containsExactly("started", "failed: IllegalStateException");
    }

    @Test
    void a_failure_after_bytes_were_sent_keeps_the_status_and_tells_the_watcher() throws Exception {
        CallerDownloads.streaming("CSV", "text/csv", () -> "x.csv", out -> {
            try {
                out.write("Agent\r\n".getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("the database went away");
        }, watcher).handleDownloadRequest(event());
        verify(response, never()).setStatus(org.mockito.ArgumentMatchers.anyInt());
        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("Agent\r\n");
        assertThat(heard).containsExactly("started", "failed: IllegalStateException");
    }

    @Test
    void a_download_written_in_full_is_told_done() throws Exception {
        DownloadEvent event = event();
        CallerDownloads.streaming("CSV", "text/csv", () -> "x.csv", out -> {
            try {
                out.write(new byte[100_000]);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, watcher).handleDownloadRequest(event);
        verify(event).setFileName("x.csv");
        verify(event).setContentType("text/csv");
        assertThat(body.size()).isEqualTo(100_000);
        assertThat(heard).containsExactly("started", "done");
    }
}
