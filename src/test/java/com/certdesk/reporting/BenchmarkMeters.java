package com.certdesk.reporting;

import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

/** What the report benchmarks measure besides time: the bytes an export writes and the heap it used at most. */
final class BenchmarkMeters {

    private BenchmarkMeters() {
    }

    /** A stream that keeps nothing and counts the bytes. */
    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /**
     * The heap in use, sampled every 20 ms from a collection at the start until {@link #close}: includes garbage not
     * yet collected, so an upper bound.
     */
    static final class HeapPeak implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;

        HeapPeak() {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        /** The highest heap in use seen so far (bytes). */
        long peak() {
            return peak.get();
        }

        @Override
        public void close() throws InterruptedException {
            sampler.interrupt();
            sampler.join();
        }
    }
}
