package com.certdesk.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigestMessageTest {

    @Test
    void a_short_digest_lists_every_line() {
        String message = CertificationReminders.digestMessage("Billing", List.of("Ana: module due", "Bo: overdue"));

        assertThat(message).isEqualTo("News for team Billing today:\n\n- Ana: module due\n- Bo: overdue\n\n"
                + "See the certification matrix for everyone's status.");
    }

    @Test
    void a_large_team_gets_the_first_lines_and_a_count_within_the_notification_limit() {
        List<String> lines = IntStream.range(0, 400)
                .mapToObj(i -> "Agent number " + i + " with a long name: Customer Service Foundations is due on "
                        + "2026-12-15 (3 modules left)")
                .toList();

        String message = CertificationReminders.digestMessage("Service Team 001", lines);

        assertThat(message.length()).isLessThanOrEqualTo(10_000);
        assertThat(message).contains("- Agent number 0 ", "- Agent number 39 ").doesNotContain("Agent number 40 ")
                .endsWith("…and 360 more reminders. See the certification matrix for everyone's status.");
    }

    @Test
    void very_long_lines_stop_at_the_character_budget() {
        List<String> lines = IntStream.range(0, 30).mapToObj(i -> i + ": " + "x".repeat(800)).toList();

        String message = CertificationReminders.digestMessage("T", lines);

        assertThat(message.length()).isLessThanOrEqualTo(10_000);
        assertThat(message).contains("…and 19 more reminders");
    }
}
