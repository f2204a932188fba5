package com.certdesk.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void the_quick_path_reads_every_time_exactly_like_the_iso_parser() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            OffsetDateTime t = OffsetDateTime.ofInstant(Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L)),
                    ZoneOffset.ofTotalSeconds((random.nextInt(-18 * 4, 18 * 4 + 1)) * 900));
            String text = t.toString();
            assertThat(Timestamps.isoWithOffset(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
        for (int i = 0; i < 20_000; i++) {
            // seconds always written, a fraction of 0 to 9 digits (exports carry milliseconds, some microseconds)
            int digits = random.nextInt(10);
            StringBuilder text = new StringBuilder(Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L))
                    .toString().substring(0, 19));
            if (digits > 0) {
                text.append('.');
                for (int d = 0; d < digits; d++) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            int offset = random.nextInt(-18 * 4, 18 * 4 + 1) * 900;
            text.append(offset == 0 && random.nextBoolean() ? "Z" : ZoneOffset.ofTotalSeconds(offset).getId()
                    .replace("Z", "+00:00"));
            assertThat(Timestamps.isoWithOffset(text.toString())).as(text.toString())
                    .isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
        assertThat(Timestamps.isoWithOffset("2024-02-29T23:59:59-00:30"))
                .isEqualTo(Instant.parse("2024-03-01T00:29:59Z"));
        assertThat(Timestamps.isoWithOffset("2025-03-04T10:15:00.250Z"))
                .isEqualTo(Instant.parse("2025-03-04T10:15:00.250Z"));
    }

    @Test
    void impossible_dates_and_times_without_offset_are_refused() {
        assertThatThrownBy(() -> Timestamps.isoWithOffset("2025-02-29T10:15:00Z"))
                .hasMessageContaining("is not an ISO-8601 date and time with offset");
        assertThatThrownBy(() -> Timestamps.isoWithOffset("2025-13-01T10:15:00Z"))
                .hasMessageContaining("is not an ISO-8601");
        assertThatThrownBy(() -> Timestamps.isoWithOffset("2025-03-04T10:15:00"))
                .hasMessageContaining("has no offset");
        assertThatThrownBy(() -> Timestamps.isoWithOffset("2025-03-04T10:15:00.1234567890Z"))
                .hasMessageContaining("is not an ISO-8601");
        assertThatThrownBy(() -> Timestamps.isoWithOffset("2025-03-04T10:15:00.5"))
                .hasMessageContaining("has no offset");
    }
}
