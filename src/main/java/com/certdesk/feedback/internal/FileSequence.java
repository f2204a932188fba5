package com.certdesk.feedback.internal;

import com.certdesk.base.ValidationException;
import com.certdesk.feedback.ImportFile;
import com.certdesk.feedback.RatingReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A RatingReader over one or more files of the same format, read one after the other, each by its own
 * {@link FileReader}. Progress is bytes read over the bytes of all files. With several files every problem names
 * its file, since line numbers alone would be ambiguous.
 */
final class FileSequence implements RatingReader {

    private final List<ImportFile> files;
    private final Function<ImportFile, FileReader> opener;
    private final long totalBytes;
    private long finishedBytes;
    private int index;
    private @Nullable FileReader current;
    private boolean done;

    FileSequence(List<ImportFile> files, Function<ImportFile, FileReader> opener) {
        if (files.isEmpty()) {
            throw new ValidationException("Choose at least one file to import.");
        }
        this.files = List.copyOf(files);
        this.opener = opener;
        long total = 0;
        for (ImportFile file : files) {
            try {
                total += Files.size(file.path());
            } catch (IOException e) {
                throw new UncheckedIOException("the file " + file.name() + " could not be read", e);
            }
        }
        this.totalBytes = total;
    }

    @Override
    public @Nullable ReadRecord next() {
        while (!done) {
            if (current == null) {
                if (index >= files.size()) {
                    done = true;
                    return null;
                }
                current = opener.apply(files.get(index));
            }
            ReadRecord record = current.next();
            if (record != null) {
                return files.size() == 1 || record.problems().isEmpty() ? record
                        : new ReadRecord(record.line(), record.ratings(), record.problems().stream()
                                .map(p -> files.get(index).name() + ": " + p).toList(), record.notRatings());
            }
            finishFile();
        }
        return null;
    }

    private void finishFile() {
        try {
            finishedBytes += Files.size(files.get(index).path());
        } catch (IOException e) {
            finishedBytes += current == null ? 0 : current.bytesRead();
        }
        if (current != null) {
            current.close();
        }
        current = null;
        index++;
    }

    @Override
    public double progress() {
        if (done || totalBytes == 0) {
            return done ? 1 : 0;
        }
        long read = finishedBytes + (current == null ? 0 : current.bytesRead());
        return Math.min(1, (double) read / totalBytes);
    }

    @Override
    public void close() {
        done = true;
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
