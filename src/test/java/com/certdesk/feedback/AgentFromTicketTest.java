package com.certdesk.feedback;

import static com.certdesk.feedback.TestRatings.readerOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.security.SystemAuthentication;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Survey tools often know the ticket but not the agent (the Qualtrics sample has only ticket_id): each answer then
 * takes the agent of the helpdesk's own rating of that ticket, the one nearest in time; tickets no helpdesk rating
 * names are unknown agents, listed and skippable like any other.
 */
@ServiceTest
class AgentFromTicketTest {

    private static final QuestionMapping CSAT = new QuestionMapping(Metric.CSAT, 1, 5, Map.of());
    private static final QuestionMapping NPS = new QuestionMapping(Metric.NPS, 0, 10, Map.of());

    @Autowired
    FeedbackImports imports;
    @Autowired
    FeedbackFiles files;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    private static RatingInput helpdeskRating(String id, String ticket, String agent, String at) {
        return new RatingInput("zendesk", id, "", Metric.CSAT_BINARY, 0, 1, "good", 1, Instant.parse(at), ticket,
                agent, null, null, "email", null, null, null, "en");
    }

    @Test
    void a_qualtrics_answer_naming_only_its_ticket_takes_the_agent_of_the_helpdesks_rating_of_it() {
        long team = fixtures.team("Ticket team");
        String ana = Fixtures.unique("ana");
        String bo = Fixtures.unique("bo");
        long anaId = fixtures.agentWithExternalId("ana", team, ana);
        long boId = fixtures.agentWithExternalId("bo", team, bo);
        String t1 = Fixtures.unique("t");
        String t2 = Fixtures.unique("t");
        String t3 = Fixtures.unique("t");
        // the sample's responses are at 2025-03-06T13:00:01Z, 13:05:02Z and 2025-03-07T13:10:31Z; ticket t2 was
        // rated for Ana a week before and for Bo (reassigned) just before the survey answer
        SystemAuthentication.callAsSystem(() -> imports.store(BatchOrigin.API, "API", "helpdesk", List.of(
                helpdeskRating(Fixtures.unique("z"), t1, ana, "2025-03-06T12:55:00Z"),
                helpdeskRating(Fixtures.unique("z"), t2, ana, "2025-02-27T09:00:00Z"),
                helpdeskRating(Fixtures.unique("z"), t2, bo, "2025-03-06T13:01:00Z"))));
        String sample = FeedbackFileSamples.text("qualtrics_export_3header.csv")
                .replaceAll(",1201(?=\r?\n)", "," + t1).replaceAll(",1202(?=\r?\n)", "," + t2)
                .replaceAll(",1203(?=\r?\n)", "," + t3)
                .replace("R_1a2b3", Fixtures.unique("R_"));
        ImportFile file = FeedbackFileSamples.write(dir, "qualtrics.csv", sample);
        var mapping = new FormatMapping(Map.of("Q1", CSAT, "Q2", NPS), null, "ticket_id", null, null, null);

        ImportCheck check = SystemAuthentication.callAsSystem(() -> imports.check(FeedbackFormat.QUALTRICS_CSV,
                "qualtrics.csv", files.open(FeedbackFormat.QUALTRICS_CSV, mapping, "Q3", List.of(file)),
                ImportProgress.NONE));

        assertThat(check.problems()).isEmpty();
        assertThat(check.ratingsFound()).isEqualTo(6);
        assertThat(check.unknownAgents()).singleElement().satisfies(u -> {
            assertThat(u.sourceSystem()).isEqualTo("qualtrics");
            assertThat(u.agent()).isEqualTo("ticket " + t3);
            assertThat(u.ratings()).isEqualTo(2);
        });

        ImportResult result = SystemAuthentication.callAsSystem(() -> imports.confirm(check.batchId(),
                files.open(FeedbackFormat.QUALTRICS_CSV, mapping, "Q3", List.of(file)), true, ImportProgress.NONE));

        assertThat(result.imported()).isEqualTo(4);
        assertThat(result.skippedUnknownAgents()).isEqualTo(2);
        assertThat(jdbc.queryForList("select user_id from feedback_record where source_system = 'qualtrics' "
                + "and ticket_id = ?", Long.class, t1)).containsOnly(anaId);
        assertThat(jdbc.queryForList("select user_id from feedback_record where source_system = 'qualtrics' "
                + "and ticket_id = ?", Long.class, t2)).containsOnly(boId);
    }

    @Test
    void when_the_helpdesk_batch_naming_the_ticket_is_deleted_before_the_import_nothing_is_skipped_silently() {
        long team = fixtures.team("Ticket team");
        String ana = Fixtures.unique("ana");
        fixtures.agentWithExternalId("ana", team, ana);
        String t1 = Fixtures.unique("t");
        ImportResult helpdesk = SystemAuthentication.callAsSystem(() -> imports.store(BatchOrigin.API, "API",
                "helpdesk", List.of(helpdeskRating(Fixtures.unique("z"), t1, ana, "2025-03-06T12:55:00Z"))));
        String sample = FeedbackFileSamples.text("qualtrics_export_3header.csv")
                .replaceAll(",120[123](?=\r?\n)", "," + t1).replace("R_1a2b3", Fixtures.unique("R_"));
        ImportFile file = FeedbackFileSamples.write(dir, "qualtrics-deleted.csv", sample);
        var mapping = new FormatMapping(Map.of("Q1", CSAT), null, "ticket_id", null, null, null);
        ImportCheck check = SystemAuthentication.callAsSystem(() -> imports.check(FeedbackFormat.QUALTRICS_CSV,
                "q.csv", files.open(FeedbackFormat.QUALTRICS_CSV, mapping, null, List.of(file)), ImportProgress.NONE));
        assertThat(check.unknownAgentRatings()).isZero();

        SystemAuthentication.callAsSystem(() -> imports.deleteBatch(helpdesk.batchId()));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SystemAuthentication.callAsSystem(
                () -> imports.confirm(check.batchId(), files.open(FeedbackFormat.QUALTRICS_CSV, mapping, null,
                        List.of(file)), false, ImportProgress.NONE)))
                .hasMessageContaining("no longer finds since the check");
        assertThat(jdbc.queryForObject("select count(*) from feedback_record where batch_id = ?", Long.class,
                check.batchId())).isZero();
    }

    @Test
    void a_canonical_row_still_needs_its_agent_even_with_a_ticket() {
        var noAgent = new RatingInput("manual", Fixtures.unique("m"), "", Metric.CSAT, 1, 5, "5", 5,
                Instant.parse("2026-11-10T10:00:00Z"), Fixtures.unique("t"), null, null, null, null, null, null,
                null, null);

        ImportCheck check = SystemAuthentication.callAsSystem(() -> imports.check(FeedbackFormat.CANONICAL_CSV,
                "c.csv", readerOf(List.of(noAgent)), ImportProgress.NONE));

        assertThat(check.problems()).extracting(ImportCheck.LineProblem::reason)
                .containsExactly("agent_id or agent_email is required");
    }

    @Test
    void the_layout_of_the_sample_suggests_its_ticket_column_and_says_where_the_agent_comes_from() {
        FileLayout layout = files.inspect(FeedbackFormat.QUALTRICS_CSV,
                List.of(FeedbackFileSamples.sample("qualtrics_export_3header.csv")));

        assertThat(layout.suggested().agentColumn()).isNull();
        assertThat(layout.suggested().ticketColumn()).isEqualTo("ticket_id");
        assertThat(layout.notes()).anyMatch(n -> n.contains("the helpdesk's rating of the same ticket (column "
                + "ticket_id)"));
        assertThat(ZoneId.of("America/Denver")).isEqualTo(layout.timeZone());
    }
}
