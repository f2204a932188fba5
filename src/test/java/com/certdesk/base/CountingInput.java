package com.certdesk.base;

import java.io.InputStream;

/** A generated stream of {@code size} bytes that counts how many were read, without holding any of them. */
public final class CountingInput extends InputStream {

    private final long size;
    private final byte[] line;
    private long consumed;

    public CountingInput(long size, String repeatedLine) {
        this.size = size;
        this.line = repeatedLine.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** 400 MB, the upload that took the heap from 172 MB to 1.6 GB in issue 8. */
    public static CountingInput fourHundredMegabytes(String repeatedLine) {
        return new CountingInput(400L * 1024 * 1024, repeatedLine);
    }

    public long consumed() {
        return consumed;
    }

    @Override
    public int read() {
        if (consumed >= size) {
            return -1;
        }
        return line[(int) (consumed++ % line.length)] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (consumed >= size) {
            return -1;
        }
        int n = (int) Math.min(len, size - consumed);
        for (int i = 0; i < n; i++) {
            b[off + i] = line[(int) ((consumed + i) % line.length)];
        }
        consumed += n;
        return n;
    }
}
