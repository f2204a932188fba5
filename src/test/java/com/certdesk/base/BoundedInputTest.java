package com.certdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class BoundedInputTest {

    static final long LIMIT = 5L * 1024 * 1024;

    @Test
    void a_400_mb_stream_is_refused_after_reading_just_past_the_limit() {
        var huge = CountingInput.fourHundredMegabytes("a,b,c\n");
        assertThatThrownBy(() -> BoundedInput.readAtMost(huge, LIMIT))
                .isInstanceOf(BoundedInput.TooLargeException.class)
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("larger than the limit of 5 MB");
        assertThat(huge.consumed()).as("bytes read of 400 MB").isGreaterThan(LIMIT).isLessThanOrEqualTo(LIMIT + 1);
    }

    @Test
    void a_file_within_the_limit_is_read_exactly_even_at_the_limit() {
        byte[] exact = new byte[(int) LIMIT];
        exact[exact.length - 1] = 7;
        assertThat(BoundedInput.readAtMost(new ByteArrayInputStream(exact), LIMIT)).isEqualTo(exact);
        assertThat(BoundedInput.readAtMost(new ByteArrayInputStream("hello".getBytes()), LIMIT)).hasSize(5);
        assertThat(BoundedInput.readAtMost(new ByteArrayInputStream(new byte[0]), LIMIT)).isEmpty();
    }

    @Test
    void sizes_read_as_people_say_them() {
        assertThat(BoundedInput.describe(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(BoundedInput.describe(2_500_000)).isEqualTo("2.4 MB");
        assertThat(BoundedInput.describe(512 * 1024)).isEqualTo("512 KB");
        assertThat(BoundedInput.describe(900)).isEqualTo("900 bytes");
    }
}
