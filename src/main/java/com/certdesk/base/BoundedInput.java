package com.certdesk.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Reading an uploaded file without trusting its size: at most {@code limit} bytes are read, and a stream that
 * holds more is refused after {@code limit + 1} bytes instead of being read to its end. Every import reads its
 * file through here, so no parser holds more than its limit in memory.
 */
public final class BoundedInput {

    private static final int CHUNK = 8192;

    private BoundedInput() {
    }

    /** Thrown when a file is larger than its limit; the message names the limit for the user. */
    public static final class TooLargeException extends ValidationException {

        private final long limit;

        public TooLargeException(long limit) {
            super("The file is larger than the limit of " + describe(limit) + ". Split it into smaller files, or ask "
                    + "an administrator about the upload limit (certdesk.upload.max-size).");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /**
     * All bytes of {@code in} when there are at most {@code limit}; the stream is not closed.
     *
     * @throws TooLargeException as soon as byte {@code limit + 1} arrives
     */
    public static byte[] readAtMost(InputStream in, long limit) {
        var out = new ByteArrayOutputStream((int) Math.min(limit, 64 * 1024));
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(CHUNK, limit + 1 - total))) > 0) {
                total += n;
                if (total > limit) {
                    throw new TooLargeException(limit);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read", e);
        }
        return out.toByteArray();
    }

    /** A size for people: "5 MB", "20 MB", "512 KB", "900 bytes". */
    public static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }
}
