package com.certdesk.insight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Timings of a benchmark: p50, p95 and max in milliseconds. */
final class Samples {

    private final String label;
    private final List<Long> nanos = new ArrayList<>();

    Samples(String label) {
        this.label = label;
    }

    <T> T time(boolean measure, Supplier<T> call) {
        long t = System.nanoTime();
        T result = call.get();
        if (measure) {
            nanos.add(System.nanoTime() - t);
        }
        return result;
    }

    void add(long value) {
        nanos.add(value);
    }

    double p95() {
        return at(sorted(), 0.95);
    }

    void print() {
        long[] sorted = sorted();
        System.out.printf("  %-46s n=%d  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", label, sorted.length,
                at(sorted, 0.50), at(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
    }

    private long[] sorted() {
        return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }
}
