package com.certdesk;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** What the application's meters (ADR 021) have counted so far: tests compare before and after. */
public final class TestMeters {

    private TestMeters() {
    }

    /** The sum over the counters or timers (their count) of this name that carry these tags (key, value, ...). */
    public static double count(MeterRegistry registry, String name, String... tags) {
        double sum = 0;
        for (Meter meter : registry.find(name).tags(tags).meters()) {
            if (meter instanceof Counter c) {
                sum += c.count();
            } else if (meter instanceof Timer t) {
                sum += t.count();
            }
        }
        return sum;
    }
}
