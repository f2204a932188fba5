package com.certdesk.feedback;

import com.certdesk.TestMeters;
import com.certdesk.feedback.internal.AgentMonthsCheck;
import static com.certdesk.feedback.TestRatings.rating;
import static com.certdesk.feedback.TestRatings.readerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.ValidationException;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Ratings in: preview, all or nothing, idempotent, agents and their team at rating time, batches. */
@ServiceTest
class FeedbackImportsTest {

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    FeedbackImports imports;
    @Autowired
    FeedbackFigures figures;
    @Autowired
    AgentAliases aliases;
    @Autowired
    Fixtures fixtures;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private String ext() {
        return Fixtures.unique("zd");
    }

    private ImportCheck check(List<RatingInput> ratings) {
        return SystemAuthentication.callAsSystem(() -> imports.check(FeedbackFormat.CANONICAL_CSV, "test.csv",
                readerOf(ratings), ImportProgress.NONE));
    }

    private ImportResult confirm(long batchId, List<RatingInput> ratings, boolean skip) {
        return SystemAuthentication.callAsSystem(() -> imports.confirm(batchId, readerOf(ratings), skip,
                ImportProgress.NONE));
    }

    private static List<RatingInput> csat(String prefix, String agent, int satisfied, int unsatisfied) {
        List<RatingInput> list = new ArrayList<>();
        for (int i = 0; i < satisfied + unsatisfied; i++) {
            list.add(rating(prefix + "-" + i, Metric.CSAT, 1, 5, i < satisfied ? 5 : 2, agent));
        }
        return list;
    }

    @Test
    void a_checked_file_shows_its_counts_and_stores_nothing_until_confirmed() {
        long team = fixtures.team("Care");
        String agent = ext();
        long agentId = fixtures.agentWithExternalId("ana", team, agent);
        String p = Fixtures.unique("r");
        List<RatingInput> ratings = new ArrayList<>(csat(p, agent, 8, 4));
        ratings.add(rating(p + "-nps", Metric.NPS, 0, 10, 9, agent));
        ratings.add(rating(p + "-none", Metric.CES, 1, 7, null, agent));

        ImportCheck check = check(ratings);

        assertThat(check.importable()).isTrue();
        assertThat(check.rowsRead()).isEqualTo(14);
        assertThat(check.ratingsFound()).isEqualTo(14);
        assertThat(check.ratingsPerMetric()).containsEntry(Metric.CSAT, 12L).containsEntry(Metric.NPS, 1L)
                .containsEntry(Metric.CES, 1L);
        assertThat(check.newRatings()).isEqualTo(14);
        assertThat(check.duplicates()).isZero();
        LocalDate nov = LocalDate.of(2026, 11, 1);
        assertThat(SystemAuthentication.callAsSystem(() -> figures.figures(FigureScope.agent(agentId), nov,
                nov.plusMonths(1)).csat().n())).isZero();

        ImportResult result = confirm(check.batchId(), ratings, false);

        assertThat(result.imported()).isEqualTo(14);
        PeriodFigures month = SystemAuthentication.callAsSystem(() -> figures.figures(FigureScope.agent(agentId), nov,
                nov.plusMonths(1)));
        assertThat(month.csat().n()).isEqualTo(12);
        assertThat(month.csat().value()).isCloseTo(66.67, org.assertj.core.api.Assertions.within(0.01));
        assertThat(month.nps().n()).isEqualTo(1);
        assertThat(month.nps().enough()).isFalse();
        assertThat(month.ces().n()).as("an empty score is no answer, not counted").isZero();
        BatchSummary batch = SystemAuthentication.callAsSystem(() -> imports.batch(check.batchId()));
        assertThat(batch.status()).isEqualTo(BatchStatus.IMPORTED);
        assertThat(batch.stored()).isEqualTo(14);
        assertThat(batch.createdBy()).isEqualTo(SystemAuthentication.SYSTEM);
    }

    @Test
    void importing_the_same_ratings_again_adds_nothing() {
        String agent = ext();
        long agentId = fixtures.agentWithExternalId("bo", fixtures.team("Billing"), agent);
        List<RatingInput> ratings = csat(Fixtures.unique("r"), agent, 10, 2);
        double filesBefore = TestMeters.count(meters, "certdesk.feedback.import.batches", "origin", "FILE",
                "outcome", "imported");
        double ratingsBefore = TestMeters.count(meters, "certdesk.feedback.import.ratings", "origin", "FILE");
        double apiNothingNewBefore = TestMeters.count(meters, "certdesk.feedback.import.batches", "origin", "API",
                "outcome", "nothing_new");
        confirm(check(ratings).batchId(), ratings, false);
        assertThat(TestMeters.count(meters, "certdesk.feedback.import.batches", "origin", "FILE", "outcome",
                "imported") - filesBefore).isEqualTo(1);
        assertThat(TestMeters.count(meters, "certdesk.feedback.import.ratings", "origin", "FILE") - ratingsBefore)
                .isEqualTo(12);

        ImportCheck again = check(ratings);
        assertThat(again.duplicates()).isEqualTo(12);
        assertThat(again.newRatings()).isZero();
        assertThat(confirm(again.batchId(), ratings, false).imported()).isZero();

        ImportResult viaApi = SystemAuthentication.callAsSystem(() -> imports.store(BatchOrigin.API, "API", "t",
                ratings));
        assertThat(viaApi.imported()).isZero();
        assertThat(viaApi.duplicates()).isEqualTo(12);
        assertThat(TestMeters.count(meters, "certdesk.feedback.import.batches", "origin", "API", "outcome",
                "nothing_new") - apiNothingNewBefore).isEqualTo(1);
        LocalDate nov = LocalDate.of(2026, 11, 1);
        assertThat(SystemAuthentication.callAsSystem(() -> figures.figures(FigureScope.agent(agentId), nov,
                nov.plusMonths(1)).csat().n())).isEqualTo(12);
    }

    @Test
    void ratings_stored_by_the_api_between_check_and_import_are_skipped_as_duplicates() {
        String agent = ext();
        fixtures.agentWithExternalId("cy", fixtures.team("Billing"), agent);
        List<RatingInput> ratings = csat(Fixtures.unique("r"), agent, 6, 0);
        ImportCheck check = check(ratings);
        assertThat(check.duplicates()).isZero();

        SystemAuthentication.callAsSystem(() -> imports.store(BatchOrigin.API, "API", "t", ratings.subList(0, 2)));
        ImportResult result = confirm(check.batchId(), ratings, false);

        assertThat(result.imported()).isEqualTo(4);
        assertThat(result.duplicates()).isEqualTo(2);
    }

    @Test
    void discarding_a_batch_imported_meanwhile_is_refused_and_leaves_it_imported_and_deletable() {
        String agent = ext();
        fixtures.agentWithExternalId("di", fixtures.team("Billing"), agent);
        List<RatingInput> ratings = csat(Fixtures.unique("r"), agent, 3, 0);
        long batchId = check(ratings).batchId();
        confirm(batchId, ratings, false); // another tab imported it; this one still shows "Discard"

        assertThatThrownBy(() -> SystemAuthentication.runAsSystem(() -> imports.discard(batchId)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("delete it instead");
        assertThat(SystemAuthentication.callAsSystem(() -> imports.batch(batchId)).status())
                .isEqualTo(BatchStatus.IMPORTED);
        assertThat(SystemAuthentication.callAsSystem(() -> imports.deleteBatch(batchId))).isEqualTo(3);
        // and a deleted batch cannot be discarded into another state either
        SystemAuthentication.runAsSystem(() -> imports.discard(batchId));
        assertThat(SystemAuthentication.callAsSystem(() -> imports.batch(batchId)).status())
                .isEqualTo(BatchStatus.DELETED);
    }

    @Test
    void one_bad_row_rejects_the_whole_file_with_its_line_and_reason() {
        String agent = ext();
        fixtures.agentWithExternalId("cara", fixtures.team("Returns"), agent);
        String p = Fixtures.unique("r");
        List<RatingReader.ReadRecord> records = new ArrayList<>();
        records.add(RatingReader.ReadRecord.of(2, rating(p + "-1", Metric.CSAT, 1, 5, 5, agent)));
        records.add(RatingReader.ReadRecord.of(3, rating(p + "-2", Metric.CSAT, 1, 5, 9, agent)));
        records.add(RatingReader.ReadRecord.problem(4, "responded_at \"yesterday\" is not an ISO-8601 time"));
        records.add(RatingReader.ReadRecord.of(5, rating(p + "-1", Metric.CSAT, 1, 5, 4, agent)));

        ImportCheck check = SystemAuthentication.callAsSystem(() -> imports.check(FeedbackFormat.CANONICAL_CSV,
                "bad.csv", TestRatings.reader(records), ImportProgress.NONE));

        assertThat(check.importable()).isFalse();
        assertThat(check.problems()).extracting(ImportCheck.LineProblem::line).containsExactly(3L, 4L, 5L);
        assertThat(check.problems().get(0).reason()).contains("outside the declared scale");
        assertThat(check.problems().get(2).reason()).contains("also on line 2");
        assertThatThrownBy(() -> confirm(check.batchId(), List.of(), true)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Nothing was imported");
        assertThat(SystemAuthentication.callAsSystem(() -> imports.batch(check.batchId()).stored())).isZero();
    }

    @Test
    void unknown_agents_are_listed_and_their_ratings_skipped_only_when_the_admin_chooses() {
        String known = ext();
        fixtures.agentWithExternalId("dan", fixtures.team("Tech"), known);
        String stranger = ext();
        String p = Fixtures.unique("r");
        List<RatingInput> ratings = new ArrayList<>(csat(p + "k", known, 3, 0));
        ratings.addAll(csat(p + "s", stranger, 2, 0));

        ImportCheck check = check(ratings);
        assertThat(check.importable()).isTrue();
        assertThat(check.unknownAgentRatings()).isEqualTo(2);
        assertThat(check.unknownAgents()).singleElement().satisfies(u -> {
            assertThat(u.agent()).isEqualTo(stranger);
            assertThat(u.ratings()).isEqualTo(2);
        });
        assertThatThrownBy(() -> confirm(check.batchId(), ratings, false)).hasMessageContaining("does not know");

        ImportResult result = confirm(check.batchId(), ratings, true);
        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.skippedUnknownAgents()).isEqualTo(2);
        assertThat(SystemAuthentication.callAsSystem(() -> imports.batch(check.batchId()).skipUnknownAgents()))
                .isTrue();
    }

    @Test
    void an_agent_id_mapped_per_source_finds_its_user() {
        long userId = fixtures.agentWithExternalId("eve", fixtures.team("Social"), ext());
        String vendorId = Fixtures.unique("fd");
        SystemAuthentication.runAsSystem(() -> aliases.map("TEST", vendorId, userId));
        ImportResult result = SystemAuthentication.callAsSystem(() -> imports.store(BatchOrigin.API, "API", "t",
                csat(Fixtures.unique("r"), vendorId, 1, 0)));
        assertThat(result.imported()).isEqualTo(1);
    }

    @Test
    void a_rating_counts_for_the_team_the_agent_was_in_when_it_was_given() {
        long before = fixtures.team("Before");
        long after = fixtures.team("After");
        String agent = ext();
        long agentId = fixtures.agentWithExternalId("fay", before, agent);
        Instant old = Instant.now();
        RatingInput early = rating(Fixtures.unique("r"), Metric.CSAT, 1, 5, 5, agent, old, null);
        SystemAuthentication.runAsSystem(() -> imports.store(BatchOrigin.API, "API", "t", List.of(early)));
        sleep();
        fixtures.moveToTeam(agentId, after);
        RatingInput late = rating(Fixtures.unique("r"), Metric.CSAT, 1, 5, 1, agent, Instant.now().plusSeconds(5),
                null);
        // a rating given in the old team but imported after the move still counts there
        RatingInput lateImportOfOld = rating(Fixtures.unique("r"), Metric.CSAT, 1, 5, 4, agent,
                old.plusMillis(1), null);
        SystemAuthentication.runAsSystem(() -> imports.store(BatchOrigin.API, "API", "t",
                List.of(late, lateImportOfOld)));

        LocalDate from = LocalDate.now().minusDays(2);
        LocalDate to = LocalDate.now().plusDays(2);
        assertThat(SystemAuthentication.callAsSystem(() -> figures.figures(FigureScope.team(before), from, to)
                .csat().n())).isEqualTo(2);
        assertThat(SystemAuthentication.callAsSystem(() -> figures.figures(FigureScope.team(after), from, to)
                .csat().n())).isEqualTo(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(30);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_bad_api_batch_stores_nothing_and_names_each_bad_item() {
        String agent = ext();
        fixtures.agentWithExternalId("gus", fixtures.team("Onboarding"), agent);
        String p = Fixtures.unique("r");
        List<RatingInput> batch = List.of(rating(p + "1", Metric.CSAT, 1, 5, 5, agent),
                rating(p + "2", Metric.NPS, 0, 10, 11, agent), rating(p + "3", Metric.CSAT, 1, 5, 4, "nobody-" + p));
        assertThatThrownBy(() -> SystemAuthentication.runAsSystem(() -> imports.store(BatchOrigin.API, "API", "t",
                batch))).isInstanceOfSatisfying(RatingsRejectedException.class, e -> assertThat(e.problems())
                        .extracting(RatingsRejectedException.ItemProblem::index).containsExactly(1, 2));
        ImportResult retry = SystemAuthentication.callAsSystem(() -> imports.store(BatchOrigin.API, "API", "t",
                List.of(batch.getFirst())));
        assertThat(retry.imported()).as("the good item was not stored by the rejected batch").isEqualTo(1);
    }

    @Test
    void a_batch_being_deleted_elsewhere_is_not_deleted_twice_and_the_second_click_is_told_so() throws Exception {
        String agent = ext();
        fixtures.agentWithExternalId("lou", fixtures.team("Locked"), agent);
        List<RatingInput> good = csat(Fixtures.unique("a"), agent, 4, 0);
        long batchId = confirm(check(good).batchId(), good, false).batchId();
        // as a deletion under way holds it
        try (java.sql.Connection other = java.util.Objects.requireNonNull(jdbc.getDataSource()).getConnection()) {
            other.setAutoCommit(false);
            other.createStatement().execute("select id from feedback_batch where id = " + batchId + " for update");
            assertThatThrownBy(() -> SystemAuthentication.callAsSystem(() -> imports.deleteBatch(batchId)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("being deleted right now");
            other.rollback();
        }
        assertThat(SystemAuthentication.callAsSystem(() -> imports.batch(batchId)).stored()).isEqualTo(4);
        assertThat(SystemAuthentication.callAsSystem(() -> imports.deleteBatch(batchId))).isEqualTo(4);
    }

    @Test
    void deleting_a_batch_removes_exactly_its_ratings_and_their_figures() {
        String agent = ext();
        long agentId = fixtures.agentWithExternalId("hal", fixtures.team("Retention"), agent);
        List<RatingInput> good = csat(Fixtures.unique("a"), agent, 10, 0);
        List<RatingInput> bad = csat(Fixtures.unique("b"), agent, 0, 10);
        long first = confirm(check(good).batchId(), good, false).batchId();
        confirm(check(bad).batchId(), bad, false);
        LocalDate nov = LocalDate.of(2026, 11, 1);
        assertThat(SystemAuthentication.callAsSystem(() -> figures.figures(FigureScope.agent(agentId), nov,
                nov.plusMonths(1)).csat().value())).isEqualTo(50.0);

        List<String> stages = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        long removed = SystemAuthentication.callAsSystem(() -> imports.deleteBatch(first, (fraction, stage) -> {
            fractions.add(fraction);
            stages.add(stage);
        }));

        assertThat(removed).isEqualTo(10);
        assertThat(stages).first().isEqualTo("Taking 10 ratings out of the figures");
        assertThat(stages).contains("Removing the ratings: 0 of 10");
        assertThat(fractions).isSorted().allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));
        PeriodFigures left = SystemAuthentication.callAsSystem(() -> figures.figures(FigureScope.agent(agentId), nov,
                nov.plusMonths(1)));
        assertThat(left.csat().n()).isEqualTo(10);
        assertThat(left.csat().value()).isEqualTo(0.0);
        // the batch stays listed as deleted, with who and when; deleting it again removes nothing more
        BatchSummary tombstone = SystemAuthentication.callAsSystem(() -> imports.batch(first));
        assertThat(tombstone.status()).isEqualTo(BatchStatus.DELETED);
        assertThat(tombstone.deletedBy()).isEqualTo("system");
        assertThat(tombstone.deletedAt()).isNotNull();
        assertThat(tombstone.stored()).isZero();
        assertThat(tombstone.imported()).isEqualTo(10);
        assertThat(SystemAuthentication.callAsSystem(() -> imports.deleteBatch(first))).isZero();
        assertTeamRollupIsTheSumOfTheAgentRollup();

        // the agent's last ratings gone: no empty rollup row of theirs or their team's is left behind
        long second = jdbc.queryForObject("select max(batch_id) from feedback_record where user_id = ?", Long.class,
                agentId);
        assertThat(SystemAuthentication.callAsSystem(() -> imports.deleteBatch(second))).isEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from feedback_daily where user_id = ?", Long.class, agentId))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from feedback_team_daily where n = 0", Long.class)).isZero();
    }

    @Test
    void a_batch_whose_ids_interleave_with_another_batch_loses_only_its_own_ratings_when_deleted() {
        String agent = ext();
        long agentId = fixtures.agentWithExternalId("ida", fixtures.team("Interleaved"), agent);
        List<RatingInput> good = csat(Fixtures.unique("a"), agent, 10, 0);
        List<RatingInput> bad = csat(Fixtures.unique("b"), agent, 0, 12);
        long first = confirm(check(good).batchId(), good, false).batchId();
        long second = SystemAuthentication.callAsSystem(() -> imports.store(BatchOrigin.API, "API", "token",
                bad)).batchId();
        // as two stores running at the same time leave them: the first batch's id range spans the second's ratings
        jdbc.update("update feedback_batch set records_after = 0, records_upto = (select max(id) from feedback_record) "
                + "where id = ?", first);

        assertThat(SystemAuthentication.callAsSystem(() -> imports.deleteBatch(first))).isEqualTo(10);

        assertThat(jdbc.queryForObject("select count(*) from feedback_record where batch_id = ?", Long.class, second))
                .isEqualTo(12);
        assertThat(SystemAuthentication.callAsSystem(() -> imports.batch(second)).stored()).isEqualTo(12);
        LocalDate nov = LocalDate.of(2026, 11, 1);
        PeriodFigures left = SystemAuthentication.callAsSystem(() -> figures.figures(FigureScope.agent(agentId), nov,
                nov.plusMonths(1)));
        assertThat(left.csat().n()).isEqualTo(12);
        assertThat(left.csat().value()).isEqualTo(0.0);
        assertTeamRollupIsTheSumOfTheAgentRollup();
    }

    /** Team and organization figures read feedback_team_daily: it must always equal feedback_daily summed per team. */
    private void assertTeamRollupIsTheSumOfTheAgentRollup() {
        String columns = "local_day, team_id, channel, kind, scale_max";
        List<String> fromAgents = jdbc.queryForList("select concat_ws('|', " + columns + ", sum(n), sum(satisfied), "
                + "sum(detractors), sum(score_sum), sum(score_sq)) from feedback_daily group by " + columns
                + " order by " + columns, String.class);
        List<String> teams = jdbc.queryForList("select concat_ws('|', " + columns + ", n, satisfied, detractors, "
                + "score_sum, score_sq) from feedback_team_daily order by " + columns, String.class);
        assertThat(teams).isNotEmpty().isEqualTo(fromAgents);
        assertThat(AgentMonthsCheck.assertPackedAsTheRollup(jdbc)).isPositive();
    }

    @Test
    void a_second_confirmation_of_the_same_file_stores_nothing_more() {
        String agent = ext();
        fixtures.agentWithExternalId("ida", fixtures.team("Chat"), agent);
        List<RatingInput> ratings = csat(Fixtures.unique("r"), agent, 5, 0);
        long batchId = check(ratings).batchId();
        assertThat(confirm(batchId, ratings, false).imported()).isEqualTo(5);
        assertThat(confirm(batchId, ratings, false).imported()).isEqualTo(5);
        assertThat(SystemAuthentication.callAsSystem(() -> imports.batch(batchId).stored())).isEqualTo(5);
    }

    @Test
    void a_file_changed_between_check_and_import_is_refused_and_nothing_stored() {
        String agent = ext();
        fixtures.agentWithExternalId("kim", fixtures.team("Changed"), agent);
        String p = Fixtures.unique("r");
        List<RatingInput> checked = csat(p, agent, 5, 0);
        long batchId = check(checked).batchId();
        List<RatingInput> changed = new ArrayList<>(checked);
        changed.set(2, rating(p + "-2", Metric.CSAT, 1, 5, 1, agent));
        assertThatThrownBy(() -> confirm(batchId, changed, false)).hasMessageContaining("not the one that was checked");
        assertThat(SystemAuthentication.callAsSystem(() -> imports.batch(batchId).stored())).isZero();
        assertThat(confirm(batchId, checked, false).imported()).isEqualTo(5);
    }

    @Test
    void only_administrators_import_and_only_feedback_writers_store() {
        String agentName = fixtures.user("agent", null, Roles.AGENT);
        fixtures.signIn(agentName);
        assertThatThrownBy(() -> imports.check(FeedbackFormat.CANONICAL_CSV, "x", readerOf(List.of()),
                ImportProgress.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.batches(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.store(BatchOrigin.API, "API", "x", List.of()))
                .isInstanceOf(AccessDeniedException.class);
        String hr = fixtures.user("hr", null, Roles.HR);
        fixtures.signIn(hr);
        assertThatThrownBy(() -> imports.deleteBatch(1)).isInstanceOf(AccessDeniedException.class);

        String agent = ext();
        fixtures.agentWithExternalId("jo", fixtures.team("Api"), agent);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("token ingest", null,
                Roles.SCOPE_FEEDBACK_WRITE));
        assertThat(imports.store(BatchOrigin.API, "API", "token ingest", csat(Fixtures.unique("r"), agent, 1, 0))
                .imported()).isEqualTo(1);
        assertThatThrownBy(() -> imports.batches(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }
}
