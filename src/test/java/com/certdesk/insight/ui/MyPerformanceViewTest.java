package com.certdesk.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ui.LineChart;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.insight.PerformanceNavigation;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    String admin;
    String manager;
    String agent;
    long agentId;
    long moduleId;
    ProgramSummary program;
    int minimum;

    @BeforeEach
    void agentWithRatingsAndACertificate() {
        admin = fixtures.user("perf-admin", null, Roles.ADMIN);
        manager = fixtures.user("perf-manager", null, Roles.MANAGER);
        long team = fixtures.team("Perf team", fixtures.userId(manager));
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

    private String pageText() {
        return text((Component) getCurrentView());
    }
}
