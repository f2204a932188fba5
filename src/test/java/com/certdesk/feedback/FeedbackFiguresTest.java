package com.certdesk.feedback;

import static com.certdesk.feedback.TestRatings.rating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Figures and comments: who sees what, periods, scales never mixed, comments stay with the agent and manager. */
@ServiceTest
class FeedbackFiguresTest {

    // ratings given after the agents joined their teams (team at rating time), in this month
    private static final LocalDate NOV = LocalDate.now().withDayOfMonth(1);
    private static final Instant EARLIER = Instant.now().minus(java.time.Duration.ofDays(40));

    @Autowired
    FeedbackImports imports;
    @Autowired
    FeedbackFigures figures;
    @Autowired
    Fixtures fixtures;

    long team;
    long otherTeam;
    String manager;
    String agent;
    long agentId;
    long colleagueId;
    String agentExt;

    @BeforeEach
    void data() {
        manager = fixtures.user("mgr", null, Roles.MANAGER);
        team = fixtures.team("Care", fixtures.userId(manager));
        otherTeam = fixtures.team("Other");
        agentExt = Fixtures.unique("zd");
        agentId = fixtures.agentWithExternalId("ana", team, agentExt);
        agent = SystemAuthentication.callAsSystem(() -> fixtures.userName(agentId));
        String colleagueExt = Fixtures.unique("zd");
        colleagueId = fixtures.agentWithExternalId("bo", otherTeam, colleagueExt);
        Instant now = Instant.now().plusMillis(50);
        List<RatingInput> ratings = new ArrayList<>();
        String p = Fixtures.unique("r");
        for (int i = 0; i < 12; i++) {
            ratings.add(rating(p + "c" + i, Metric.CSAT, 1, 5, i < 9 ? 5 : 1, agentExt, now, i == 0
                    ? "<b>Great</b> help" : null));
            ratings.add(rating(p + "e" + i, Metric.CES, 1, 7, 6, agentExt, now, null));
            ratings.add(rating(p + "o" + i, Metric.CES, 1, 5, 1, agentExt, now, null));
            ratings.add(rating(p + "x" + i, Metric.CSAT, 1, 5, 4, colleagueExt, now, "colleague's comment"));
        }
        ratings.add(rating(p + "oct", Metric.NPS, 0, 10, 10, agentExt, EARLIER, null));
        SystemAuthentication.runAsSystem(() -> imports.store(BatchOrigin.API, "API", "test", ratings));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void an_agent_sees_their_own_figures_and_their_teams_but_no_one_elses() {
        fixtures.signIn(agent);
        PeriodFigures mine = figures.figures(FigureScope.agent(agentId), NOV, NOV.plusMonths(1));
        assertThat(mine.csat().n()).isEqualTo(12);
        assertThat(mine.csat().value()).isEqualTo(75.0);
        assertThat(figures.figures(FigureScope.team(team), NOV, NOV.plusMonths(1)).csat().n()).isEqualTo(12);
        assertThatThrownBy(() -> figures.figures(FigureScope.agent(colleagueId), NOV, NOV.plusMonths(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures.figures(FigureScope.team(otherTeam), NOV, NOV.plusMonths(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures.figures(FigureScope.organization(), NOV, NOV.plusMonths(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures.perAgent(List.of(agentId, colleagueId), NOV, NOV.plusMonths(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures.latestComments(colleagueId, 5)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_agent_reads_what_customers_wrote_about_them_as_it_was_written() {
        fixtures.signIn(agent);
        assertThat(figures.latestComments(agentId, 10)).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("<b>Great</b> help"));
    }

    @Test
    void a_manager_sees_their_team_and_its_agents_comments_but_not_another_team() {
        fixtures.signIn(manager);
        assertThat(figures.figures(FigureScope.team(team), NOV, NOV.plusMonths(1)).csat().n()).isEqualTo(12);
        assertThat(figures.perAgent(List.of(agentId), NOV, NOV.plusMonths(1)).get(agentId).csat().n())
                .isEqualTo(12);
        assertThat(figures.latestComments(agentId, 10)).hasSize(1);
        assertThatThrownBy(() -> figures.figures(FigureScope.team(otherTeam), NOV, NOV.plusMonths(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures.latestComments(colleagueId, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hr_and_administrators_see_figures_of_everyone_but_never_individual_comments() {
        for (String role : List.of(Roles.HR, Roles.ADMIN)) {
            fixtures.signIn(fixtures.user("office", null, role));
            assertThat(figures.figures(FigureScope.team(otherTeam), NOV, NOV.plusMonths(1)).csat().n())
                    .isEqualTo(12);
            assertThat(figures.figures(FigureScope.organization(), NOV, NOV.plusMonths(1)).csat().n())
                    .isGreaterThanOrEqualTo(24);
            assertThat(figures.canReadComments(agentId)).isFalse();
            assertThatThrownBy(() -> figures.latestComments(agentId, 10)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void ces_on_a_five_point_scale_is_never_mixed_into_the_seven_point_mean() {
        fixtures.signIn(agent);
        Figure ces = figures.figures(FigureScope.agent(agentId), NOV, NOV.plusMonths(1)).ces();
        assertThat(ces.n()).isEqualTo(12);
        assertThat(ces.value()).isEqualTo(6.0);
    }

    @Test
    void a_trend_has_every_month_of_the_range_also_those_without_ratings() {
        fixtures.signIn(agent);
        List<PeriodFigures> trend = figures.trend(FigureScope.agent(agentId), Granularity.MONTH,
                NOV.minusMonths(10).plusDays(14), NOV.plusDays(1));
        assertThat(trend).hasSize(11);
        assertThat(trend.getFirst().start()).isEqualTo(NOV.minusMonths(10));
        assertThat(trend.getLast().start()).isEqualTo(NOV);
        LocalDate earlierMonth = LocalDate.ofInstant(EARLIER, java.time.ZoneId.systemDefault()).withDayOfMonth(1);
        assertThat(trend).filteredOn(t -> t.start().equals(earlierMonth)).singleElement()
                .satisfies(t -> assertThat(t.nps().n()).isEqualTo(1));
        assertThat(trend.getLast().csat().n()).isEqualTo(12);
        assertThat(trend.get(3).csat().n()).isZero();
        List<PeriodFigures> quarters = figures.trend(FigureScope.agent(agentId), Granularity.QUARTER,
                NOV, NOV.plusDays(1));
        assertThat(quarters).singleElement().satisfies(q -> {
            assertThat(q.start()).isEqualTo(Periods.start(NOV, Granularity.QUARTER));
            assertThat(q.end()).isEqualTo(Periods.next(q.start(), Granularity.QUARTER));
            assertThat(q.csat().n()).isEqualTo(12);
        });
    }

    @Test
    void figures_per_channel_count_only_that_channel() {
        fixtures.signIn(agent);
        assertThat(figures.channels(FigureScope.agent(agentId))).containsExactly("email");
        assertThat(figures.figures(FigureScope.agent(agentId).onChannel("chat"), NOV, NOV.plusMonths(1)).csat().n())
                .isZero();
        assertThat(figures.figures(FigureScope.agent(agentId).onChannel("EMAIL"), NOV, NOV.plusMonths(1)).csat()
                .n()).isEqualTo(12);
    }
}
