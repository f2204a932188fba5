package com.certdesk.feedback.internal;

import java.nio.charset.StandardCharsets;

/**
 * The de-duplication keys a file holds, by a 64-bit hash, with the line each first appeared on: how a check finds the
 * same rating twice in one file without keeping the ratings (16 bytes per rating in two primitive arrays; a
 * million-rating file needs 32 MB at most). Two different keys share a hash with a probability of about
 * n&sup2; / 2<sup>65</sup> (3 in 100 million for a million ratings).
 */
final class KeyLines {

    private static final long EMPTY = 0;
    private long[] hashes = new long[1 << 12];
    private long[] lines = new long[1 << 12];
    private int size;

    /** Records the key's first line; returns the line it was first seen on, or 0 when it is new. */
    long firstLine(String key, long line) {
        long hash = hash(key);
        if ((size + 1) * 2L > hashes.length) {
            grow();
        }
        int mask = hashes.length - 1;
        int i = (int) (mix(hash) & mask);
        while (hashes[i] != EMPTY) {
            if (hashes[i] == hash) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        hashes[i] = hash;
        lines[i] = line;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldHashes[j] != EMPTY) {
                int i = (int) (mix(oldHashes[j]) & mask);
                while (hashes[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                hashes[i] = oldHashes[j];
                lines[i] = oldLines[j];
            }
        }
    }

    /** FNV-1a over the key's UTF-8 bytes; never 0 (0 marks an empty slot). */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h == EMPTY ? 1 : h;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
