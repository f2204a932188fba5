package com.certdesk.feedback.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body read at most to its limit: the byte after it throws {@link TooLarge} instead of being read. */
final class LimitedInput extends FilterInputStream {

    /** Unchecked, so that the JSON parser passes it on instead of wrapping it as a read error. */
    static final class TooLarge extends RuntimeException {

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final long limit;
    private long count;

    LimitedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, (int) Math.min(length, limit + 1 - count));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        count += n;
        if (count > limit) {
            throw new TooLarge();
        }
    }
}
