package com.certdesk.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.certification.CertStatus;
import com.certdesk.certification.StatusCell;
import com.certdesk.certification.internal.CertificationRules.Eligibility;
import com.certdesk.certification.internal.CertificationRules.Facts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CertificationRulesTest {

    static final LocalDate JUNE_30 = LocalDate.of(2027, 6, 30);
    static final LocalDate DUE = LocalDate.of(2027, 3, 1);
    static final int WINDOW = 30;

    static StatusCell status(LocalDate today, LocalDate due, boolean started, CertPeriod... certs) {
        return CertificationRules.status(today, new Facts(due, List.of(certs), started, WINDOW));
    }

    static CertPeriod validUntilJune30() {
        return CertPeriod.of(LocalDate.of(2026, 7, 1), JUNE_30);
    }

    @Nested
    class Without_a_certificate {

        @Test
        void an_agent_without_assignment_or_activity_is_not_assigned() {
            assertThat(status(DUE, null, false)).isEqualTo(StatusCell.NOT_ASSIGNED);
        }

        @Test
        void an_agent_learning_without_assignment_is_in_progress_without_a_date() {
            assertThat(status(DUE, null, true)).isEqualTo(new StatusCell(CertStatus.IN_PROGRESS, null));
        }

        @Test
        void an_assigned_agent_is_not_started_until_they_begin_and_then_in_progress() {
            assertThat(status(DUE.minusDays(10), DUE, false)).isEqualTo(new StatusCell(CertStatus.ASSIGNED, DUE));
            assertThat(status(DUE.minusDays(10), DUE, true)).isEqualTo(new StatusCell(CertStatus.IN_PROGRESS, DUE));
        }

        @Test
        void the_due_date_itself_is_not_overdue_the_day_after_is() {
            assertThat(status(DUE.minusDays(1), DUE, true).status()).isEqualTo(CertStatus.IN_PROGRESS);
            assertThat(status(DUE, DUE, true).status()).isEqualTo(CertStatus.IN_PROGRESS);
            assertThat(status(DUE.plusDays(1), DUE, true)).isEqualTo(new StatusCell(CertStatus.OVERDUE, DUE));
            assertThat(status(DUE.plusDays(1), DUE, false).status()).isEqualTo(CertStatus.OVERDUE);
        }

        @Test
        void a_revoked_certificate_counts_as_none() {
            var revoked = new CertPeriod(DUE.minusDays(40), DUE.minusDays(40), JUNE_30, Instant.parse("2027-02-01T10:00:00Z"));
            assertThat(status(DUE.plusDays(1), DUE, true, revoked).status()).isEqualTo(CertStatus.OVERDUE);
            assertThat(status(DUE.minusDays(1), null, false, revoked)).isEqualTo(StatusCell.NOT_ASSIGNED);
        }
    }

    @Nested
    class With_a_certificate {

        @Test
        void certified_until_the_day_before_the_window_opens() {
            LocalDate opens = JUNE_30.minusDays(WINDOW);
            assertThat(opens).isEqualTo(LocalDate.of(2027, 5, 31));
            assertThat(status(opens.minusDays(1), null, true, validUntilJune30()))
                    .isEqualTo(new StatusCell(CertStatus.CERTIFIED, JUNE_30));
            assertThat(status(opens, null, true, validUntilJune30()))
                    .isEqualTo(new StatusCell(CertStatus.EXPIRING_SOON, JUNE_30));
            assertThat(status(opens.plusDays(1), null, true, validUntilJune30()).status())
                    .isEqualTo(CertStatus.EXPIRING_SOON);
        }

        @Test
        void the_last_valid_day_is_expiring_soon_and_the_day_after_expired() {
            assertThat(status(JUNE_30, null, true, validUntilJune30()).status()).isEqualTo(CertStatus.EXPIRING_SOON);
            assertThat(status(JUNE_30.plusDays(1), null, true, validUntilJune30()))
                    .isEqualTo(new StatusCell(CertStatus.EXPIRED, JUNE_30));
        }

        @Test
        void a_certificate_starting_tomorrow_does_not_certify_today() {
            var tomorrow = CertPeriod.of(DUE.plusDays(1), JUNE_30);
            assertThat(status(DUE, null, true, tomorrow).status()).isEqualTo(CertStatus.IN_PROGRESS);
            assertThat(status(DUE.plusDays(1), null, true, tomorrow).status()).isEqualTo(CertStatus.CERTIFIED);
        }

        @Test
        void a_certificate_without_expiry_never_expires_nor_enters_a_window() {
            var forever = CertPeriod.of(LocalDate.of(2020, 1, 1), null);
            assertThat(status(LocalDate.of(2099, 1, 1), DUE, true, forever))
                    .isEqualTo(new StatusCell(CertStatus.CERTIFIED, null));
        }

        @Test
        void an_early_recertification_chains_so_the_agent_is_certified_until_the_new_end() {
            var next = CertPeriod.of(JUNE_30.plusDays(1), JUNE_30.plusYears(1));
            LocalDate inWindow = JUNE_30.minusDays(5);
            assertThat(status(inWindow, null, true, validUntilJune30(), next))
                    .isEqualTo(new StatusCell(CertStatus.CERTIFIED, JUNE_30.plusYears(1)));
        }

        @Test
        void a_certificate_held_on_the_due_date_makes_a_later_lapse_expired_not_overdue() {
            LocalDate due = JUNE_30.minusDays(60);
            assertThat(status(JUNE_30.plusDays(1), due, true, validUntilJune30()).status())
                    .isEqualTo(CertStatus.EXPIRED);
        }

        @Test
        void a_new_due_date_after_the_certificate_lapsed_is_overdue_once_it_passes() {
            LocalDate newDue = JUNE_30.plusDays(20);
            assertThat(status(newDue, newDue, true, validUntilJune30()).status()).isEqualTo(CertStatus.EXPIRED);
            assertThat(status(newDue.plusDays(1), newDue, true, validUntilJune30()))
                    .isEqualTo(new StatusCell(CertStatus.OVERDUE, newDue));
        }

        @Test
        void a_valid_certificate_wins_over_a_passed_due_date() {
            assertThat(status(DUE.plusDays(10), DUE, true, validUntilJune30()).status()).isEqualTo(CertStatus.CERTIFIED);
        }
    }

    @Nested
    class Recertification {

        @Test
        void validity_is_whole_months_ending_the_day_before() {
            assertThat(CertificationRules.validUntil(LocalDate.of(2026, 7, 1), 12)).isEqualTo(JUNE_30);
            assertThat(CertificationRules.validUntil(LocalDate.of(2027, 1, 31), 1)).isEqualTo(LocalDate.of(2027, 2, 27));
            assertThat(CertificationRules.validUntil(LocalDate.of(2026, 7, 1), null)).isNull();
        }

        @Test
        void recertifying_early_starts_the_day_after_the_old_expiry_so_no_day_is_lost() {
            assertThat(CertificationRules.nextValidFrom(JUNE_30.minusDays(10), JUNE_30)).isEqualTo(JUNE_30.plusDays(1));
            assertThat(CertificationRules.nextValidFrom(JUNE_30, JUNE_30)).isEqualTo(JUNE_30.plusDays(1));
        }

        @Test
        void recertifying_after_expiry_starts_today() {
            assertThat(CertificationRules.nextValidFrom(JUNE_30.plusDays(1), JUNE_30)).isEqualTo(JUNE_30.plusDays(1));
            assertThat(CertificationRules.nextValidFrom(JUNE_30.plusDays(9), JUNE_30)).isEqualTo(JUNE_30.plusDays(9));
        }

        @Test
        void the_window_is_closed_the_day_before_it_opens_and_open_on_the_day() {
            LocalDate opens = JUNE_30.minusDays(WINDOW);
            assertThat(eligibility(opens.minusDays(1), validUntilJune30()).open()).isFalse();
            Eligibility onTheDay = eligibility(opens, validUntilJune30());
            assertThat(onTheDay.open()).isTrue();
            assertThat(onTheDay.countsFrom()).isEqualTo(opens.atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(onTheDay.validFrom()).isEqualTo(JUNE_30.plusDays(1));
        }

        @Test
        void after_expiry_passes_since_the_window_opened_count_and_validity_starts_today() {
            Eligibility late = eligibility(JUNE_30.plusDays(3), validUntilJune30());
            assertThat(late.open()).isTrue();
            assertThat(late.validFrom()).isEqualTo(JUNE_30.plusDays(3));
        }

        @Test
        void the_first_certificate_counts_any_pass_and_starts_today() {
            Eligibility first = eligibility(DUE);
            assertThat(first.open()).isTrue();
            assertThat(first.countsFrom()).isNull();
            assertThat(first.validFrom()).isEqualTo(DUE);
        }

        @Test
        void after_a_revocation_only_passes_after_it_count() {
            Instant revokedAt = Instant.parse("2027-02-01T10:00:00Z");
            var revoked = new CertPeriod(DUE.minusDays(40), DUE.minusDays(40), JUNE_30, revokedAt);
            Eligibility again = eligibility(DUE, revoked);
            assertThat(again.open()).isTrue();
            assertThat(again.countsFrom()).isEqualTo(revokedAt);
        }

        @Test
        void a_program_without_expiry_never_reissues() {
            assertThat(eligibility(LocalDate.of(2099, 1, 1), CertPeriod.of(DUE, null)).open()).isFalse();
        }

        private Eligibility eligibility(LocalDate today, CertPeriod... history) {
            return CertificationRules.eligibility(today, ZoneOffset.UTC, List.of(history), WINDOW);
        }
    }
}
