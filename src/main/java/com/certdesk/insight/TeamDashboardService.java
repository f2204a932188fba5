package com.certdesk.insight;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.OrganizationTime;
import com.certdesk.certification.CertificationMatrixService;
import com.certdesk.certification.TeamCertification;
import com.certdesk.engagement.EngagementResults;
import com.certdesk.engagement.TeamEngagement;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.Figure;
import com.certdesk.feedback.FigureScope;
import com.certdesk.feedback.Granularity;
import com.certdesk.feedback.PeriodFigures;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.TeamMember;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.Roles;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team dashboard's data: for managers the teams they manage, for HR and administrators every team (HR read-only:
 * nothing here changes anything). Figures come only from {@link FeedbackFigures}' rollup-backed calls, a fixed
 * number per page load whatever the team's size: {@link #load} makes two figure calls (the period and the one
 * before) and one trend, {@link #agents} one {@code perAgent} for the whole team. Customer comments are not part of
 * the dashboard: a manager reads them on an agent's performance page, HR never. Engagement comes from
 * {@link EngagementResults#latestForTeam}: the team's figures as a group, at least the confidentiality threshold, or
 * the reason they are hidden; never one person's answers.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_TEAM_VIEWER)
public class TeamDashboardService {

    /** Months in the trend charts, the period's own month included. */
    public static final int TREND_MONTHS = 12;

    /** Sort keys {@link #agents} understands (Spring {@link Sort} properties). */
    public static final String SORT_NAME = "name";
    public static final String SORT_RESPONSES = "responses";
    public static final String SORT_CSAT = "csat";
    public static final String SORT_NPS = "nps";
    public static final String SORT_CES = "ces";

    private final TeamService teams;
    private final PeopleDirectory people;
    private final CertificationMatrixService certification;
    private final FeedbackFigures figures;
    private final OrganizationTime time;
    private final EngagementResults engagement;

    TeamDashboardService(TeamService teams, PeopleDirectory people, CertificationMatrixService certification,
            FeedbackFigures figures, OrganizationTime time, EngagementResults engagement) {
        this.teams = teams;
        this.people = people;
        this.certification = certification;
        this.figures = figures;
        this.time = time;
        this.engagement = engagement;
    }

    /** The teams the caller may open, by name. */
    public List<TeamSummary> teams() {
        return teams.visibleTeams();
    }

    /** Today in the organization's calendar. */
    public LocalDate today() {
        return time.today();
    }

    /** The period of this kind that contains today in the organization's calendar. */
    public ReportPeriod currentPeriod(Granularity granularity) {
        return ReportPeriod.of(granularity, time.today());
    }

    /**
     * Everything above the agent table for one team and period. {@link NotFoundException} when there is no such team,
     * {@link AccessDeniedException} when the caller may not see it (a manager and another manager's team).
     */
    public TeamDashboard load(long teamId, ReportPeriod period) {
        TeamSummary team = team(teamId);
        FigureScope scope = FigureScope.team(teamId);
        ReportPeriod before = period.previous();
        YearMonth last = YearMonth.from(period.end().minusDays(1));
        List<PeriodFigures> trend = figures.trend(scope, Granularity.MONTH,
                last.minusMonths(TREND_MONTHS - 1L).atDay(1), last.plusMonths(1).atDay(1));
        // a month and the month before are the trend's last two points: the same sums, not asked for again
        PeriodFigures now = period.granularity() == Granularity.MONTH ? trend.getLast()
                : figures.figures(scope, period.start(), period.end());
        PeriodFigures previous = period.granularity() == Granularity.MONTH ? trend.get(trend.size() - 2)
                : figures.figures(scope, before.start(), before.end());
        TeamCertification coverage = certification.teamCoverage(teamId);
        return new TeamDashboard(team, period, now, previous, trend, coverage, figures.minimumResponses());
    }

    /**
     * The team's engagement in the latest closed pulse wave that asked it, or null when none did: the team's figures
     * as a group, or why they are hidden. Apart from {@link #load}, as it does not depend on the period: the page asks
     * once per team shown, not on every change of period. {@link NotFoundException} and
     * {@link AccessDeniedException} as {@link #load}.
     */
    public @Nullable TeamEngagement engagement(long teamId) {
        checkTeam(teamId);
        return engagement.latestForTeam(teamId).orElse(null);
    }

    /**
     * One page of the team's current agents with their figures over the period and their valid certificates.
     * Sorting by a figure needs every agent's figure, so the whole team's figures are read in one
     * {@code perAgent} query (a team has at most a few hundred agents) and sorted here in memory; figures with too
     * few responses sort after every number, in either direction. Unknown sort keys sort by name.
     */
    public Page<AgentLine> agents(long teamId, ReportPeriod period, Pageable pageable) {
        return agents(teamId, period, pageable, null);
    }

    /**
     * As {@link #agents(long, ReportPeriod, Pageable)}, with the team's certification from the dashboard just loaded
     * ({@link TeamDashboard#certification()}), so that a page of the table does not work the coverage out again.
     */
    public Page<AgentLine> agents(long teamId, ReportPeriod period, Pageable pageable,
            @Nullable TeamCertification loaded) {
        checkTeam(teamId);
        List<TeamMember> members = people.agentsOfTeams(List.of(teamId), "");
        Map<Long, PeriodFigures> byAgent = figures.perAgent(members.stream().map(TeamMember::userId).toList(),
                period.start(), period.end());
        TeamCertification coverage = loaded != null && loaded.teamId() == teamId ? loaded
                : certification.teamCoverage(teamId);
        List<AgentLine> lines = new ArrayList<>(members.size());
        for (TeamMember member : members) {
            PeriodFigures mine = byAgent.get(member.userId());
            lines.add(new AgentLine(member.userId(), member.displayName(),
                    mine != null ? mine : empty(period, figures.minimumResponses()),
                    coverage.certificatesOf(member.userId())));
        }
        lines.sort(comparator(pageable.getSort()));
        if (pageable.isUnpaged()) {
            return new PageImpl<>(lines, pageable, lines.size());
        }
        int from = (int) Math.min(pageable.getOffset(), lines.size());
        int to = Math.min(from + pageable.getPageSize(), lines.size());
        return new PageImpl<>(lines.subList(from, to), pageable, lines.size());
    }

    /**
     * The "All teams" overview: one page of the teams the caller may see (all for HR and administrators), by name,
     * each with its coverage, overdue and figures over the period. Only the page's teams are read: their coverage in
     * one go, and one rollup-backed {@code figures} call per team of the page.
     */
    public Page<TeamOverview> overview(ReportPeriod period, Pageable pageable) {
        List<TeamSummary> all = teams.visibleTeams();
        int from = pageable.isUnpaged() ? 0 : (int) Math.min(pageable.getOffset(), all.size());
        int to = pageable.isUnpaged() ? all.size() : Math.min(from + pageable.getPageSize(), all.size());
        List<TeamSummary> page = all.subList(from, to);
        List<TeamCertification> coverage = certification.teamsCoverage(page.stream().map(TeamSummary::id).toList());
        List<TeamOverview> rows = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            TeamSummary team = page.get(i);
            rows.add(new TeamOverview(team, coverage.get(i),
                    figures.figures(FigureScope.team(team.id()), period.start(), period.end())));
        }
        return new PageImpl<>(rows, pageable, all.size());
    }

    private TeamSummary team(long teamId) {
        return teams.visibleTeam(teamId).orElseThrow(() ->
                teams.exists(teamId) ? new AccessDeniedException("You may not see team " + teamId)
                        : new NotFoundException("There is no team with id " + teamId + "."));
    }

    /**
     * What {@link #team} refuses, without listing the visible teams and counting their members (a query over every
     * user), for calls that need no team summary.
     */
    private void checkTeam(long teamId) {
        if (!teams.exists(teamId)) {
            throw new NotFoundException("There is no team with id " + teamId + ".");
        }
        people.checkCanViewTeam(teamId);
    }

    private static PeriodFigures empty(ReportPeriod period, int minimum) {
        return new PeriodFigures(period.start(), period.end(),
                Figure.tooFew(com.certdesk.feedback.Measure.CSAT, 0, minimum),
                Figure.tooFew(com.certdesk.feedback.Measure.NPS, 0, minimum),
                Figure.tooFew(com.certdesk.feedback.Measure.CES, 0, minimum));
    }

    static Comparator<AgentLine> comparator(Sort sort) {
        Comparator<AgentLine> byName = Comparator.comparing((AgentLine a) -> a.displayName().toLowerCase(Locale.ROOT))
                .thenComparingLong(AgentLine::userId);
        Comparator<AgentLine> result = null;
        for (Sort.Order order : sort) {
            Comparator<AgentLine> next = switch (order.getProperty()) {
                case SORT_RESPONSES -> direction(Comparator.comparingLong(AgentLine::responses), order);
                case SORT_CSAT -> byValue(a -> value(a.figures().csat()), order);
                case SORT_NPS -> byValue(a -> value(a.figures().nps()), order);
                case SORT_CES -> byValue(a -> value(a.figures().ces()), order);
                default -> direction(byName, order);
            };
            result = result == null ? next : result.thenComparing(next);
        }
        return result == null ? byName : result.thenComparing(byName);
    }

    private static Comparator<AgentLine> direction(Comparator<AgentLine> ascending, Sort.Order order) {
        return order.isAscending() ? ascending : ascending.reversed();
    }

    /** Numbers in the chosen direction, "too few responses" (NaN here) always last. */
    private static Comparator<AgentLine> byValue(ToDoubleFunction<AgentLine> value, Sort.Order order) {
        return (a, b) -> {
            double x = value.applyAsDouble(a);
            double y = value.applyAsDouble(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
            }
            return order.isAscending() ? Double.compare(x, y) : Double.compare(y, x);
        };
    }

    private static double value(Figure figure) {
        @Nullable Double value = figure.value();
        return value == null ? Double.NaN : value;
    }
}
