package com.certdesk.feedback;

import com.certdesk.feedback.RatingReader.ReadRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The sample exports of samples/feedback (copied from the shared samples) and a way to read a reader to its end. */
final class FeedbackFileSamples {

    private FeedbackFileSamples() {
    }

    static ImportFile sample(String name) {
        try {
            return new ImportFile(name, Path.of(Objects.requireNonNull(FeedbackFileSamples.class
                    .getResource("/samples/feedback/" + name)).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(sample(name).path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportFile write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static ImportFile write(Path dir, String name, byte[] content) {
        try {
            return new ImportFile(name, Files.write(dir.resolve(name), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ReadRecord> readAll(RatingReader reader) {
        List<ReadRecord> records = new ArrayList<>();
        try (reader) {
            for (ReadRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
            if (reader.progress() != 1) {
                throw new AssertionError("progress after the last record is " + reader.progress());
            }
        }
        return records;
    }

    static List<RatingInput> ratings(List<ReadRecord> records) {
        return records.stream().flatMap(r -> r.ratings().stream()).toList();
    }

    static List<String> problems(List<ReadRecord> records) {
        return records.stream().flatMap(r -> r.problems().stream().map(p -> "line " + r.line() + ": " + p)).toList();
    }
}
