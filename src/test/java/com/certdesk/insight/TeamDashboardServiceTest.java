package com.certdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.NotFoundException;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.Measure;
import com.certdesk.people.TeamSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class TeamDashboardServiceTest {

    @Autowired
    TeamDashboardService dashboards;
    @Autowired
    FeedbackFigures figures;
    @Autowired
    DashboardFixtures scenarios;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;

    DashboardFixtures.Scenario s;

    @BeforeEach
    void setUp() {
        s = scenarios.build();
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        clock.reset();
    }

    @Test
    void manager_sees_their_teams_figures_with_n_interval_and_change_from_the_previous_period() {
        fixtures.signIn(s.manager());
        TeamDashboard d = dashboards.load(s.teamA(), s.period());

        assertThat(d.team().id()).isEqualTo(s.teamA());
        var csat = d.figures().csat();
        assertThat(csat.n()).isEqualTo(15);
        assertThat(csat.value()).isCloseTo(80.0, within(1e-9));
        assertThat(csat.low()).isNotNull().isLessThan(80.0);
        assertThat(csat.high()).isNotNull().isGreaterThan(80.0);
        assertThat(d.previous().csat().value()).isCloseTo(60.0, within(1e-9));
        assertThat(d.change(Measure.CSAT)).as("points, not a percentage of a percentage").isCloseTo(20.0, within(1e-9));
        assertThat(d.figures().nps().n()).isEqualTo(5);
        assertThat(d.figures().nps().enough()).as("5 responses are too few").isFalse();
        assertThat(d.change(Measure.NPS)).as("no comparison when one side has too few").isNull();
        assertThat(d.figures().ces().value()).isCloseTo(6.0, within(1e-9));
        assertThat(d.change(Measure.CES)).as("no CES before").isNull();
        assertThat(d.minimumResponses()).isEqualTo(figures.minimumResponses());
    }

    @Test
    void coverage_counts_the_certified_agents_of_each_assigned_program_and_the_overdue_ones() {
        fixtures.signIn(s.manager());
        var certification = dashboards.load(s.teamA(), s.period()).certification();

        assertThat(certification.agents()).isEqualTo(3);
        assertThat(certification.programs()).singleElement().satisfies(p -> {
            assertThat(p.programId()).isEqualTo(s.program().id());
            assertThat(p.certified()).isEqualTo(1);
            assertThat(p.agents()).isEqualTo(3);
            assertThat(p.overdue()).isEqualTo(2);
        });
        assertThat(certification.overdue()).isEqualTo(2);
        assertThat(certification.certificatesOf(s.certifiedId())).containsExactly(s.program().name());
        assertThat(certification.certificatesOf(s.unratedId())).isEmpty();
    }

    @Test
    void the_trend_has_twelve_months_ending_with_the_period() {
        fixtures.signIn(s.manager());
        var trend = dashboards.load(s.teamA(), s.period()).trend();

        assertThat(trend).hasSize(TeamDashboardService.TREND_MONTHS);
        assertThat(trend.getLast().start()).isEqualTo(s.period().start());
        assertThat(trend.getLast().csat().n()).isEqualTo(15);
        assertThat(trend.get(trend.size() - 2).csat().value()).isCloseTo(60.0, within(1e-9));
        assertThat(trend.getFirst().csat().n()).isZero();
    }

    @Test
    void the_agent_table_lists_only_the_teams_agents_with_their_own_figures() {
        fixtures.signIn(s.manager());
        var page = dashboards.agents(s.teamA(), s.period(), PageRequest.of(0, 50, Sort.by(TeamDashboardService.SORT_NAME)));

        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent()).extracting(AgentLine::userId)
                .containsExactly(s.certifiedId(), s.fewRatingsId(), s.unratedId());
        AgentLine ana = page.getContent().getFirst();
        assertThat(ana.figures().csat().n()).isEqualTo(12);
        assertThat(ana.figures().csat().value()).isCloseTo(75.0, within(1e-9));
        assertThat(ana.responses()).isEqualTo(24);
        assertThat(ana.certificates()).containsExactly(s.program().name());
        assertThat(page.getContent().get(2).responses()).isZero();
    }

    @Test
    void the_agent_table_sorts_by_a_figure_with_too_few_responses_last_in_either_direction() {
        fixtures.signIn(s.manager());
        var byCsatDown = dashboards.agents(s.teamA(), s.period(),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, TeamDashboardService.SORT_CSAT)));
        assertThat(byCsatDown.getContent()).extracting(AgentLine::userId)
                .containsExactly(s.certifiedId(), s.fewRatingsId(), s.unratedId());
        var byResponsesUp = dashboards.agents(s.teamA(), s.period(),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.ASC, TeamDashboardService.SORT_RESPONSES)));
        assertThat(byResponsesUp.getContent()).extracting(AgentLine::userId)
                .containsExactly(s.unratedId(), s.fewRatingsId(), s.certifiedId());
        var secondPage = dashboards.agents(s.teamA(), s.period(),
                PageRequest.of(1, 2, Sort.by(Sort.Direction.DESC, TeamDashboardService.SORT_RESPONSES)));
        assertThat(secondPage.getContent()).extracting(AgentLine::userId).containsExactly(s.unratedId());
    }

    @Test
    void manager_of_team_a_cannot_open_team_b_and_an_unknown_team_is_not_found() {
        fixtures.signIn(s.manager());
        assertThat(dashboards.teams()).extracting(TeamSummary::id).containsExactly(s.teamA());
        assertThatThrownBy(() -> dashboards.load(s.teamB(), s.period())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.agents(s.teamB(), s.period(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.load(987_654_321L, s.period())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dashboards.agents(987_654_321L, s.period(), PageRequest.of(0, 10)))
                .isInstanceOf(NotFoundException.class);
        // the one team read on its own is the team as the list of visible teams shows it, member count included
        assertThat(dashboards.load(s.teamA(), s.period()).team()).isEqualTo(dashboards.teams().getFirst());
    }

    @Test
    void hr_sees_every_team_but_may_not_read_customer_comments() {
        fixtures.signIn(s.hr());
        assertThat(dashboards.teams()).extracting(TeamSummary::id).contains(s.teamA(), s.teamB());
        assertThat(dashboards.load(s.teamB(), s.period()).figures().csat().value()).isCloseTo(0.0, within(1e-9));
        assertThat(figures.canReadComments(s.certifiedId())).isFalse();
        assertThatThrownBy(() -> figures.latestComments(s.certifiedId(), 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_manager_may_read_their_agents_comments_elsewhere() {
        fixtures.signIn(s.manager());
        assertThat(figures.latestComments(s.certifiedId(), 10)).extracting(c -> c.text())
                .contains(DashboardFixtures.SECRET_COMMENT);
    }

    @Test
    void an_agent_is_refused_the_dashboard() {
        fixtures.signIn(s.certified());
        assertThatThrownBy(() -> dashboards.teams()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.load(s.teamA(), s.period())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.agents(s.teamA(), s.period(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.overview(s.period(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_overview_reads_only_the_requested_page_of_teams() {
        fixtures.signIn(s.hr());
        long total = dashboards.teams().size();
        var first = dashboards.overview(s.period(), PageRequest.of(0, 1));
        assertThat(first.getTotalElements()).isEqualTo(total);
        assertThat(first.getContent()).hasSize(1);
        var all = dashboards.overview(s.period(), PageRequest.of(0, (int) total));
        var a = all.getContent().stream().filter(o -> o.team().id() == s.teamA()).findFirst().orElseThrow();
        assertThat(a.certification().agents()).isEqualTo(3);
        assertThat(a.coveragePercent()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(a.figures().csat().n()).isEqualTo(15);
    }

    @Test
    void the_current_period_is_the_organizations_month_holding_today() {
        fixtures.signIn(s.admin());
        assertThat(dashboards.currentPeriod(com.certdesk.feedback.Granularity.MONTH)).isEqualTo(s.period());
    }
}
