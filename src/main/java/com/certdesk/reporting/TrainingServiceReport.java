package com.certdesk.reporting;

import com.certdesk.base.Intervals.Estimate;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ValidationException;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.certification.CertificationMatrixService;
import com.certdesk.certification.TeamCertification;
import com.certdesk.engagement.EngagementFigures;
import com.certdesk.engagement.EngagementResults;
import com.certdesk.engagement.EngagementSettings;
import com.certdesk.engagement.GroupResult;
import com.certdesk.engagement.ImportedScores;
import com.certdesk.engagement.ItemKind;
import com.certdesk.engagement.ScoreResults;
import com.certdesk.engagement.Visibility;
import com.certdesk.engagement.WaveResults;
import com.certdesk.engagement.WaveView;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.Figure;
import com.certdesk.feedback.Measure;
import com.certdesk.feedback.PeriodFigures;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.TeamMember;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.reporting.internal.AuditedExport;
import com.certdesk.reporting.internal.ExportColumn;
import com.certdesk.reporting.internal.ExportWriter;
import com.certdesk.security.AuditLog;
import com.certdesk.security.Roles;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The training and service report (issue 12): per active agent in the filter, the programs they hold a valid
 * certificate of, the modules they completed (ever and in the period), and their CSAT, NPS and CES over the period
 * with n and 95% interval, from the feedback feature's own rollup-backed figures ({@link FeedbackFigures#perAgent},
 * the call the Team dashboard makes; below its minimum n there is no number). Engagement only as the engagement
 * feature discloses it to the caller ({@link EngagementResults}, {@link ImportedScores}): figures of teams per pulse
 * wave or imported survey date in the period, each at least the confidentiality threshold and protected against
 * subtraction; never summed over the period, never narrowed by the agent filter, never one person's answer, and no
 * free-text answer or customer comment anywhere. HR and administrators see every team, managers their own, agents
 * nothing; each export is recorded in the audit log.
 */
@Service
public class TrainingServiceReport {

    /** The default period: the last 90 days, today included. */
    public static final int DEFAULT_DAYS = 90;
    /** The longest period one report covers. */
    public static final int MAX_DAYS = 3 * 366;

    static final String PULSE = "Pulse survey";
    static final String IMPORTED = "Imported scores";
    static final String INDEX = "Engagement index %";
    static final String ENPS = "eNPS";
    static final String SHOWN = "shown";

    /**
     * Which agents and which period: one team or all the caller may see, agents whose name contains {@code agent}
     * (blank for everyone; it narrows the agent rows only, never the engagement block), and the period's first and
     * last day (both included).
     */
    public record Filter(@Nullable Long teamId, LocalDate from, LocalDate to, String agent) {

        public Filter {
            agent = agent.strip();
            if (to.isBefore(from)) {
                throw new ValidationException("The period ends (" + to + ") before it starts (" + from + ").");
            }
            if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
                throw new ValidationException("A period may be at most " + MAX_DAYS + " days long; "
                        + from + " to " + to + " is " + (ChronoUnit.DAYS.between(from, to) + 1) + ".");
            }
        }

        /** The day after the period, as the feedback figures take it ([from, to)). */
        LocalDate end() {
            return to.plusDays(1);
        }
    }

    private final PeopleDirectory people;
    private final TeamService teams;
    private final CertificationMatrixService certification;
    private final ModuleDirectory modules;
    private final LearningService learning;
    private final FeedbackFigures feedback;
    private final EngagementResults engagement;
    private final ImportedScores importedScores;
    private final EngagementSettings engagementSettings;
    private final OrganizationTime time;
    private final AuditLog audit;
    private final List<ExportColumn<TrainingServiceRow>> columns;
    private final List<ExportColumn<TeamEngagementRow>> engagementColumns;

    TrainingServiceReport(PeopleDirectory people, TeamService teams, CertificationMatrixService certification,
            ModuleDirectory modules, LearningService learning, FeedbackFigures feedback,
            EngagementResults engagement, ImportedScores importedScores, EngagementSettings engagementSettings,
            OrganizationTime time, AuditLog audit) {
        this.engagementSettings = engagementSettings;
        this.people = people;
        this.teams = teams;
        this.certification = certification;
        this.modules = modules;
        this.learning = learning;
        this.feedback = feedback;
        this.engagement = engagement;
        this.importedScores = importedScores;
        this.time = time;
        this.audit = audit;
        List<ExportColumn<TrainingServiceRow>> agentColumns = new ArrayList<>(List.of(
                ExportColumn.text("Team", 20, TrainingServiceRow::team),
                ExportColumn.text("Agent", 26, TrainingServiceRow::agent),
                ExportColumn.number("Programs certified", 8, r -> r.certifiedPrograms().size()),
                ExportColumn.text("Valid certificates", 36, r -> String.join("; ", r.certifiedPrograms())),
                ExportColumn.number("Modules completed", 8, TrainingServiceRow::modulesCompleted),
                ExportColumn.number("Modules completed in period", 8, TrainingServiceRow::modulesCompletedInPeriod)));
        for (Measure measure : Measure.values()) {
            Function<TrainingServiceRow, Figure> of = r -> r.figures().get(measure.ordinal());
            String unit = measure == Measure.CSAT ? " %" : "";
            agentColumns.add(ExportColumn.number(measure.label() + unit, 8, r -> rounded(of.apply(r).value(),
                    measure)));
            agentColumns.add(ExportColumn.number(measure.label() + " n", 8, r -> of.apply(r).n()));
            agentColumns.add(ExportColumn.number(measure.label() + " 95% low", 8, r -> rounded(of.apply(r).low(),
                    measure)));
            agentColumns.add(ExportColumn.number(measure.label() + " 95% high", 8, r -> rounded(of.apply(r).high(),
                    measure)));
            agentColumns.add(ExportColumn.text(measure.label() + " status", 20, r -> status(of.apply(r))));
        }
        agentColumns.add(ExportColumn.number("Agent id", 10, TrainingServiceRow::userId));
        this.columns = List.copyOf(agentColumns);
        this.engagementColumns = List.of(
                ExportColumn.text("Source", 14, TeamEngagementRow::source),
                ExportColumn.text("Survey", 26, TeamEngagementRow::survey),
                ExportColumn.number("Wave", 6, TeamEngagementRow::wave),
                ExportColumn.date("From", TeamEngagementRow::from),
                ExportColumn.date("To", TeamEngagementRow::to),
                ExportColumn.text("Group", 24, TeamEngagementRow::group),
                ExportColumn.text("Measure", 20, TeamEngagementRow::measure),
                ExportColumn.number("Respondents", 8, TeamEngagementRow::respondents),
                ExportColumn.number("Score", 8, r -> r.figure() == null ? null : round(r.figure().value(), 10)),
                ExportColumn.number("95% low", 8, r -> r.figure() == null ? null : round(r.figure().low(), 10)),
                ExportColumn.number("95% high", 8, r -> r.figure() == null ? null : round(r.figure().high(), 10)),
                ExportColumn.text("Status", 40, TeamEngagementRow::status),
                ExportColumn.number("Team id", 10, TeamEngagementRow::teamId));
    }

    /** The teams the caller may choose: a manager's own, every team for HR and administrators. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<TeamSummary> teams() {
        return teams.visibleTeams();
    }

    /** The default filter: every team the caller may see, everyone, the last {@value #DEFAULT_DAYS} days. */
    public Filter defaultFilter() {
        LocalDate today = time.today();
        return new Filter(null, today.minusDays(DEFAULT_DAYS - 1L), today, "");
    }

    /** The minimum n below which a feedback figure carries no number. */
    public int minimumRatings() {
        return feedback.minimumResponses();
    }

    /** The confidentiality threshold of the engagement block. */
    public int engagementThreshold() {
        return engagementSettings.threshold();
    }

    /**
     * Every agent in the filter, by name: active agents of the chosen team (or of every team the caller may see).
     *
     * @throws org.springframework.security.access.AccessDeniedException for a team that is not the caller's
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<TrainingServiceRow> rows(Filter filter) {
        List<Long> teamIds = teamIds(filter);
        // refused unless the caller may see every one of the teams
        List<TeamMember> agents = people.agentsOfTeams(teamIds, filter.agent());
        if (agents.isEmpty()) {
            return List.of();
        }
        List<Long> ids = agents.stream().map(TeamMember::userId).toList();
        Set<Long> scope = Set.copyOf(ids);
        Set<Long> agentTeams = new java.util.LinkedHashSet<>();
        agents.forEach(a -> agentTeams.add(a.teamId()));
        Map<Long, List<String>> valid = new HashMap<>();
        for (TeamCertification team : certification.teamsCoverage(List.copyOf(agentTeams))) {
            valid.putAll(team.validCertificates());
        }
        Map<Long, int[]> completed = new HashMap<>();
        for (ModuleRef module : modules.publishedWithLessonCounts().keySet()) {
            learning.completions(module.id()).forEach((user, when) -> {
                if (scope.contains(user)) {
                    int[] counts = completed.computeIfAbsent(user, k -> new int[2]);
                    counts[0]++;
                    if (inPeriod(filter, when)) {
                        counts[1]++;
                    }
                }
            });
        }
        Map<Long, PeriodFigures> figures = feedback.perAgent(ids, filter.from(), filter.end());
        List<TrainingServiceRow> rows = new ArrayList<>(agents.size());
        for (TeamMember agent : agents) {
            PeriodFigures mine = figures.get(agent.userId());
            int[] done = completed.getOrDefault(agent.userId(), new int[2]);
            rows.add(new TrainingServiceRow(agent.userId(), agent.displayName(), agent.teamId(), agent.teamName(),
                    valid.getOrDefault(agent.userId(), List.of()), done[0], done[1],
                    mine == null ? Figure.tooFew(Measure.CSAT, 0, minimumRatings()) : mine.csat(),
                    mine == null ? Figure.tooFew(Measure.NPS, 0, minimumRatings()) : mine.nps(),
                    mine == null ? Figure.tooFew(Measure.CES, 0, minimumRatings()) : mine.ces()));
        }
        return rows;
    }

    /** How many agent rows {@link #rows} has. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long count(Filter filter) {
        return people.agentsOfTeams(teamIds(filter), filter.agent()).size();
    }

    /** One page of {@link #rows}, with the total. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public Page<TrainingServiceRow> page(Filter filter, Pageable pageable) {
        List<TrainingServiceRow> all = rows(filter);
        int from = pageable.isUnpaged() ? 0 : (int) Math.min(pageable.getOffset(), all.size());
        int to = pageable.isUnpaged() ? all.size() : Math.min(all.size(), from + pageable.getPageSize());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    /**
     * The engagement block: for each pulse wave opened in the period and each imported survey date in it (the latest
     * first), the figures of everyone asked (without a team filter), of the chosen team or each of the caller's teams,
     * and for HR and administrators of the other teams together, each as the engagement feature discloses it to the
     * caller. The agent filter does not narrow it.
     *
     * @throws org.springframework.security.access.AccessDeniedException for a team that is not the caller's
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<TeamEngagementRow> engagement(Filter filter) {
        if (filter.teamId() != null) {
            people.checkCanViewTeam(filter.teamId());
        }
        List<TeamEngagementRow> rows = new ArrayList<>();
        for (WaveView wave : engagement.waves(filter.from(), filter.to())) {
            WaveResults results = engagement.results(wave.id(), EngagementResults.QuestionFilter.ALL);
            boolean index = results.questions().stream().anyMatch(q -> q.kind() == ItemKind.AGREEMENT);
            boolean enps = results.questions().stream().anyMatch(q -> q.kind() == ItemKind.ENPS);
            List<GroupResult> groups = groups(filter, results.organization(), results.teams(), results.others(),
                    GroupResult::teamId);
            if (results.organization().figuresShown() == Visibility.AFTER_CLOSE && !groups.isEmpty()) {
                // a wave still open hides every group for the same reason: one line says so, not one per team
                groups = groups.subList(0, 1);
            }
            for (GroupResult group : groups) {
                EngagementFigures figures = group.figures();
                if (index) {
                    rows.add(pulseRow(wave, group, INDEX, figures == null ? null : figures.index(), results));
                }
                if (enps) {
                    rows.add(pulseRow(wave, group, ENPS, figures == null ? null : figures.enps(), results));
                }
            }
        }
        for (ScoreResults.Survey survey : importedScores.surveys()) {
            if (survey.surveyDate().isBefore(filter.from()) || survey.surveyDate().isAfter(filter.to())) {
                continue;
            }
            ScoreResults results = importedScores.results(survey.measure(), survey.surveyDate());
            String measure = survey.measure() + " (" + survey.scaleMin() + "–" + survey.scaleMax() + ")";
            for (ScoreResults.Group group : groups(filter, results.organization(), results.teams(), results.others(),
                    ScoreResults.Group::teamId)) {
                boolean shown = group.shown() == Visibility.SHOWN && group.mean() != null;
                rows.add(new TeamEngagementRow(IMPORTED, survey.measure(), null, survey.surveyDate(),
                        survey.surveyDate(), group.name(), group.teamId(), measure,
                        shown ? Visibility.SHOWN : hiddenAs(group.shown()), shown ? group.people() : null,
                        shown ? group.mean() : null, shown ? SHOWN
                        : hiddenAs(group.shown()).reason(results.threshold(), "people scored")));
            }
        }
        rows.sort(java.util.Comparator.comparing(TeamEngagementRow::from).reversed());
        return rows;
    }

    /** The groups of a wave or survey date the filter asks for: everyone and the rest only without a team filter. */
    private static <G> List<G> groups(Filter filter, G organization, List<G> teams, @Nullable G others,
            Function<G, @Nullable Long> teamId) {
        List<G> groups = new ArrayList<>();
        if (filter.teamId() == null) {
            groups.add(organization);
            groups.addAll(teams);
            if (others != null) {
                groups.add(others);
            }
        } else {
            teams.stream().filter(g -> filter.teamId().equals(teamId.apply(g))).forEach(groups::add);
        }
        return groups;
    }

    private static TeamEngagementRow pulseRow(WaveView wave, GroupResult group, String measure,
            @Nullable Estimate figure, WaveResults results) {
        boolean shown = group.figuresShown() == Visibility.SHOWN && group.figures() != null && figure != null;
        Visibility visibility = shown ? Visibility.SHOWN : hiddenAs(group.figuresShown());
        return new TeamEngagementRow(PULSE, wave.surveyTitle(), wave.ordinal(), wave.opensOn(), wave.closesOn(),
                group.name(), group.teamId(), measure, visibility,
                shown ? group.figures().respondents() : null, shown ? figure : null,
                shown ? SHOWN : visibility.reason(results.threshold(), "responses"));
    }

    /** A figure left out although its group is shown (a filter without it) reads as hidden for too few. */
    private static Visibility hiddenAs(Visibility visibility) {
        return visibility == Visibility.SHOWN ? Visibility.TOO_FEW : visibility;
    }

    /**
     * Writes the report to {@code out}: as CSV the agent rows; as XLSX a workbook with the agent rows and a second
     * sheet of the engagement block.
     *
     * @return the number of agent rows written
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long export(Filter filter, ExportFormat format, OutputStream out) {
        if (format == ExportFormat.CSV) {
            return AuditedExport.write(audit, "training and service report", filter, format, out, "Agents", columns,
                    rows(filter)::forEach);
        }
        List<TrainingServiceRow> agents = rows(filter);
        List<TeamEngagementRow> teamRows = engagement(filter);
        return AuditedExport.workbook(audit, "training and service report", filter, out, List.of(
                new ExportWriter.Table<>("Agents", columns, agents::forEach),
                new ExportWriter.Table<>("Team engagement", engagementColumns, teamRows::forEach))).getFirst();
    }

    /**
     * Writes the engagement block ({@link #engagement}) as CSV, the report's second file.
     *
     * @return the number of rows written
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long exportEngagement(Filter filter, OutputStream out) {
        return AuditedExport.write(audit, "training and service report, team engagement", filter, ExportFormat.CSV,
                out, "Team engagement", engagementColumns, engagement(filter)::forEach);
    }

    /** "training-service-2026-12-03.csv". */
    public String fileName(ExportFormat format) {
        return "training-service-" + time.today() + "." + format.extension();
    }

    /** "training-service-engagement-2026-12-03.csv". */
    public String engagementFileName() {
        return "training-service-engagement-" + time.today() + ".csv";
    }

    /** "shown", or why a figure has no number: "fewer than 10 ratings". */
    public static String status(Figure figure) {
        if (figure.enough()) {
            return SHOWN;
        }
        if (figure.n() >= figure.minimum()) {
            return "fewer than 2 ratings";
        }
        return "fewer than " + figure.minimum() + " ratings";
    }

    private List<Long> teamIds(Filter filter) {
        return filter.teamId() != null ? List.of(filter.teamId())
                : teams.visibleTeams().stream().map(TeamSummary::id).toList();
    }

    private boolean inPeriod(Filter filter, Instant when) {
        LocalDate day = time.dayOf(when);
        return !day.isBefore(filter.from()) && !day.isAfter(filter.to());
    }

    /** CSAT and NPS to 0.1, the CES mean to 0.01; null stays null. */
    private static @Nullable Double rounded(@Nullable Double value, Measure measure) {
        return value == null ? null : round(value, measure == Measure.CES ? 100 : 10);
    }

    private static double round(double value, int per) {
        return Math.round(value * per) / (double) per;
    }
}
