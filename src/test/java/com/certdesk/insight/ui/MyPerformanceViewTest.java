package com.certdesk.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.UiTest;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ui.LineChart;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.engagement.EngagementFixtures;
import com.certdesk.engagement.PulseService;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.insight.AgentPerformance;
import com.certdesk.insight.PerformanceNavigation;
import com.certdesk.insight.PerformanceService;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** My performance: what an agent sees of their feedback and training, and who else may open it. */
class MyPerformanceViewTest extends UiTest {

    @Autowired
    FeedbackImports imports;
    @Autowired
    FeedbackFigures figures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    OrganizationTime time;
    @Autowired
    EngagementFixtures engagement;
    @Autowired
    PulseService pulses;
    @Autowired
    PerformanceService performance;
    @Autowired
    com.certdesk.engagement.ScoreImports scoreImports;

    String admin;
    String manager;
    String agent;
    long agentId;
    long teamId;
    long moduleId;
    ProgramSummary program;
    int minimum;

    @BeforeEach
    void agentWithRatingsAndACertificate() {
        admin = fixtures.user("perf-admin", null, Roles.ADMIN);
        manager = fixtures.user("perf-manager", null, Roles.MANAGER);
        long team = fixtures.team("Perf team", fixtures.userId(manager));
        teamId = team;
        agent = fixtures.user("perf-agent", team, Roles.AGENT);
        agentId = fixtures.userId(agent);
        fixtures.user("perf-colleague", team, Roles.AGENT);
        moduleId = certs.moduleWithQuiz("Calm calls");
        program = certs.program("Calm certified", 12, 30, null, moduleId);
        certs.learnAndPass(agent, moduleId, 2);
        minimum = figures.minimumResponses();
        signIn(admin);
        LocalDate thisMonth = time.today().withDayOfMonth(1);
        Instant now = time.startOf(thisMonth);
        Instant earlier = time.startOf(thisMonth.minusMonths(2)).plusSeconds(3600);
        List<RatingInput> ratings = new ArrayList<>();
        // this month: minimum + 2 CSAT ratings, all satisfied but two; one carries a comment that looks like HTML
        for (int i = 0; i < minimum + 2; i++) {
            ratings.add(csat(agent, i < minimum ? 5 : 2, now, i == 0 ? "Thanks, <b>great</b> help" : null));
        }
        // two months ago: too few to show a number
        for (int i = 0; i < 3; i++) {
            ratings.add(csat(agent, 5, earlier, null));
        }
        imports.store(BatchOrigin.API, "canonical-json", "My performance test", ratings);
        fixtures.signOut();
    }

    private static RatingInput csat(String agent, int score, Instant when, String comment) {
        return new RatingInput("manual", com.certdesk.Fixtures.unique("r"), null, Metric.CSAT, 1, 5, null, score,
                when, null, null, agent + "@example.test", null, "email", null, comment, null, null);
    }

    @Test
    void agent_sees_their_csat_per_month_with_n_and_too_few_responses_in_the_table_and_the_chart() {
        signIn(agent);
        open(PerformanceNavigation.MINE);

        // the year: this month's minimum + 2 and the 3 of two months ago, all satisfied but two
        String headline = text(find(Div.class).withId("headline-csat").single());
        long year = Math.round(100.0 * (minimum + 3) / (minimum + 5));
        assertThat(headline).contains(year + "%", "95% interval", "n = " + (minimum + 5));
        long expected = Math.round(100.0 * minimum / (minimum + 2));
        assertThat(text(find(Paragraph.class).withId("csat-normalisation").single()))
                .contains("top two boxes of five, top box of three, good");

        List<NativeTableRow> rows = find(NativeTable.class).withId("performance-table").single().getBody().getRows();
        assertThat(rows).hasSize(12);
        assertThat(text(rows.get(11))).contains(expected + "% (95% interval", "n = " + (minimum + 2),
                "Certificate issued: " + program.name(), "Module completed: Calm calls");
        assertThat(text(rows.get(9))).contains("too few responses (n = 3");
        assertThat(text(rows.get(10))).contains("too few responses (n = 0");

        LineChart chart = find(LineChart.class).withId("chart-csat").single();
        JsonNode json = chart.json();
        assertThat(json).isNotNull();
        assertThat(json.get("labels").get(11).get(1).asString()).isEqualTo("n " + (minimum + 2));
        assertThat(json.get("labels").get(9).get(1).asString()).isEqualTo("n 3");
        JsonNode mine = json.get("series").get(0).get("points");
        assertThat(mine.get(11).get("value").asDouble()).isEqualTo(100.0 * minimum / (minimum + 2), within());
        assertThat(mine.get(11).get("low").asDouble()).isLessThan(mine.get(11).get("value").asDouble());
        assertThat(mine.get(9).get("value").isNull()).as("a gap where there were too few").isTrue();
        assertThat(json.get("series").get(1).get("faint").asBoolean()).as("the team's line").isTrue();
        assertThat(json.get("markers").get(0).get("period").asInt()).isEqualTo(11);
        assertThat(json.get("markers").get(0).get("names").toString()).contains("Certificate issued: "
                + program.name(), "Module completed: Calm calls");
        assertThat(chart.description()).contains("CSAT per month");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.001);
    }

    @Test
    void the_agent_sees_their_own_imported_engagement_scores_and_their_manager_does_not() throws Exception {
        String measure = com.certdesk.Fixtures.unique("Culture");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("scores", ".csv");
        java.nio.file.Files.writeString(file, "person_email,survey_date,measure,score,scale_min,scale_max\n" + agent
                + "@example.test," + time.today().minusDays(20) + "," + measure + ",4.25,1,5\n");
        signIn(admin);
        scoreImports.importFile(file, "scores.csv");
        java.nio.file.Files.delete(file);

        signIn(agent);
        open(PerformanceNavigation.MINE);
        assertThat(text(find(com.vaadin.flow.component.html.NativeTable.class).withId("my-imported-scores").single()))
                .contains(measure).contains("4.25 on 1–5");

        signIn(manager);
        open(PerformanceNavigation.of(agentId));
        assertThat(find(com.vaadin.flow.component.html.NativeTable.class).withId("my-imported-scores").all())
                .as("the page others open shows no one's engagement").isEmpty();
    }

    @Test
    void comments_are_shown_to_the_agent_as_plain_text() {
        signIn(agent);
        open(PerformanceNavigation.MINE);

        List<Paragraph> comments = find(Paragraph.class).withClassName("comment-text").all();
        assertThat(comments).extracting(Paragraph::getText).containsExactly("Thanks, <b>great</b> help");
        assertThat(find(Html.class).all()).as("no HTML rendering anywhere").isEmpty();
    }

    @Test
    void an_agent_without_ratings_sees_an_empty_state() {
        String newcomer = fixtures.user("perf-newcomer", null, Roles.AGENT);
        signIn(newcomer);
        open(PerformanceNavigation.MINE);

        assertThat(text(find(Div.class).withId("no-ratings").single())).contains("No customer has rated you");
        assertThat(find(LineChart.class).all()).isEmpty();
    }

    @Test
    void an_agent_opening_a_colleagues_performance_is_refused() {
        String colleague = fixtures.user("perf-other", null, Roles.AGENT);
        signIn(colleague);
        open(PerformanceNavigation.of(agentId));

        assertThat(pageText()).contains("Access denied").doesNotContain("CSAT per month");
    }

    @Test
    void a_manager_of_another_team_is_refused() {
        String other = fixtures.user("perf-other-manager", null, Roles.MANAGER);
        fixtures.team("Other perf team", fixtures.userId(other));
        signIn(other);
        open(PerformanceNavigation.of(agentId));

        assertThat(pageText()).contains("Access denied");
    }

    @Test
    void the_agents_manager_sees_their_figures_and_comments() {
        signIn(manager);
        open(PerformanceNavigation.of(agentId));

        assertThat(find(LineChart.class).all()).hasSize(3);
        assertThat(find(Paragraph.class).withClassName("comment-text").all()).extracting(Paragraph::getText)
                .containsExactly("Thanks, <b>great</b> help");
    }

    @Test
    void hr_sees_the_figures_but_no_comments() {
        String hr = fixtures.user("perf-hr", null, Roles.HR);
        signIn(hr);
        open(PerformanceNavigation.of(agentId));

        assertThat(text(find(Div.class).withId("headline-csat").single())).contains("n = " + (minimum + 5));
        assertThat(find(Div.class).withId("customer-comments").all()).isEmpty();
        assertThat(pageText()).doesNotContain("great");
    }

    @Test
    void an_unknown_agent_id_shows_the_not_found_page() {
        signIn(fixtures.user("perf-hr2", null, Roles.HR));
        open(PerformanceNavigation.of(999_999_999L));

        assertThat(pageText()).contains("We couldn't find that");
    }

    /** The agent agrees with 7 of the 9 statements (78%) and would recommend working here 3 of 10. */
    private String agentAnswersAPulse() {
        long waveId = engagement.openWave(teamId);
        engagement.answerAgreeing(agent, waveId, 7, 3);
        engagement.closeWave(waveId);
        signIn(agent);
        String title = pulses.form(waveId).wave().surveyTitle();
        fixtures.signOut();
        return title;
    }

    @Test
    void agent_sees_their_own_engagement_answers_beside_the_certificate_they_earned() {
        String title = agentAnswersAPulse();
        signIn(agent);
        open(PerformanceNavigation.MINE);

        Div section = find(Div.class).withId("my-engagement").single();
        assertThat(text(section)).contains("My engagement", "Only you see your answers.");
        List<NativeTableRow> rows = find(NativeTable.class).withId("my-engagement-table").single().getBody()
                .getRows();
        // the certificate and the wave are both of today: the certificate first
        assertThat(rows).hasSize(2);
        assertThat(text(rows.get(0))).contains("Certificate issued: " + program.name());
        assertThat(text(rows.get(1))).contains(title + " · wave 1", "78%", "3 of 10");

        LineChart chart = find(LineChart.class).withId("my-engagement-chart").single();
        JsonNode json = chart.json();
        assertThat(json.get("labels")).hasSize(12);
        JsonNode points = json.get("series").get(0).get("points");
        assertThat(points.get(11).get("value").asDouble()).isEqualTo(700.0 / 9, within());
        assertThat(points.get(10).get("value").isNull()).as("no wave last month").isTrue();
        assertThat(points.get(11).get("tip").toString()).contains("you agreed with 78%", "eNPS answer: 3 of 10");
        assertThat(json.get("markers").get(0).get("period").asInt()).isEqualTo(11);
        assertThat(json.get("markers").get(0).get("names").toString())
                .contains("Certificate issued: " + program.name());
        assertThat(find(Div.class).withId("no-engagement").all()).isEmpty();
    }

    @Test
    void a_manager_looking_at_the_agent_sees_none_of_the_agents_engagement_answers() {
        String title = agentAnswersAPulse();
        signIn(manager);
        open(PerformanceNavigation.of(agentId));

        assertThat(find(LineChart.class).all()).as("the agent's feedback is there").hasSize(3);
        assertThat(find(Div.class).withId("my-engagement").all()).isEmpty();
        assertThat(find(NativeTable.class).withId("my-engagement-table").all()).isEmpty();
        assertThat(pageText()).doesNotContain(title).doesNotContain("3 of 10").doesNotContain("engagement")
                .doesNotContain("Only you see your answers");

        // nor does the data behind the page carry any: no engagement type anywhere in it, no trace of the wave
        AgentPerformance shown = performance.of(agentId);
        assertThat(shown.toString()).doesNotContain(title);
        assertThat(typesIn(AgentPerformance.class)).noneMatch(t -> t.getPackageName().startsWith(
                "com.certdesk.engagement"));
        // and the own-answers call is the caller's own only: a manager (no agent) is refused it
        assertThatThrownBy(() -> performance.myEngagement()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hr_looking_at_the_agent_sees_none_of_the_agents_engagement_answers() {
        String title = agentAnswersAPulse();
        signIn(fixtures.user("perf-hr-engagement", null, Roles.HR));
        open(PerformanceNavigation.of(agentId));

        assertThat(text(find(Div.class).withId("headline-csat").single())).contains("n = " + (minimum + 5));
        assertThat(find(Div.class).withId("my-engagement").all()).isEmpty();
        assertThat(pageText()).doesNotContain(title).doesNotContain("3 of 10");
    }

    @Test
    void the_agent_opening_their_own_id_gets_the_shared_page_without_engagement_and_my_performance_with_it() {
        agentAnswersAPulse();
        signIn(agent);
        open(PerformanceNavigation.of(agentId));
        assertThat(find(Div.class).withId("my-engagement").all()).isEmpty();
        open(PerformanceNavigation.MINE);
        assertThat(find(Div.class).withId("my-engagement").all()).hasSize(1);
    }

    @Test
    void an_agent_who_answered_no_pulse_is_told_so_with_a_link_to_their_pulse_surveys() {
        engagement.openWave(teamId);
        signIn(agent);
        open(PerformanceNavigation.MINE);

        assertThat(text(find(Div.class).withId("no-engagement").single()))
                .contains("You have not answered a pulse survey yet");
        assertThat(find(Anchor.class).withId("my-pulses-link").single().getHref()).isEqualTo("pulse");
        assertThat(find(LineChart.class).withId("my-engagement-chart").all()).isEmpty();
        assertThat(text(find(Div.class).withId("my-engagement").single())).contains("Only you see your answers.");
    }

    /** Every type a record's components are made of, through lists and nested records. */
    private static Set<Class<?>> typesIn(Class<?> record) {
        Set<Class<?>> seen = new HashSet<>();
        collect(record, seen);
        return seen;
    }

    private static void collect(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), seen);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, seen);
            }
        } else if (type instanceof Class<?> c && seen.add(c) && c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), seen);
            }
        }
    }

    private String pageText() {
        return text((Component) getCurrentView());
    }
}
