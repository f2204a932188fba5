package com.certdesk.reporting;

import com.certdesk.base.OrganizationTime;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleProgress;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.catalog.TeamProgressService;
import com.certdesk.people.AgentActivity;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.TeamMember;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.quiz.BestScore;
import com.certdesk.quiz.QuizResults;
import com.certdesk.reporting.internal.AuditedExport;
import com.certdesk.reporting.internal.ExportColumn;
import com.certdesk.security.AuditLog;
import com.certdesk.security.Roles;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The module progress report (issue 12's second table): one row per active agent × published module with lessons
 * done of the module's lessons, finished quiz attempts, the best score and when the module was completed; filtered by
 * team, module, state, completion dates and agent; exported as CSV or XLSX with the preview's rows. HR and
 * administrators see every team, managers their own, agents nothing.
 */
@Service
public class ModuleProgressReport {

    private static final Logger log = LoggerFactory.getLogger(ModuleProgressReport.class);

    /**
     * What the report shows: team and module (null for all), state ("Complete" …, null for any), agent name, and
     * active agents (the default), deactivated ones or both (other than active only for HR and administrators).
     */
    public record Filter(@Nullable Long teamId, @Nullable Long moduleId, @Nullable String state,
            java.time.@Nullable LocalDate completedFrom, java.time.@Nullable LocalDate completedTo, String agent,
            AgentActivity agents) {

        public Filter {
            agent = agent.strip();
            agents = agents == null ? AgentActivity.ACTIVE : agents;
        }

        /** Active agents only. */
        public Filter(@Nullable Long teamId, @Nullable Long moduleId, @Nullable String state,
                java.time.@Nullable LocalDate completedFrom, java.time.@Nullable LocalDate completedTo,
                String agent) {
            this(teamId, moduleId, state, completedFrom, completedTo, agent, AgentActivity.ACTIVE);
        }
    }

    private final PeopleDirectory people;
    private final TeamService teams;
    private final ModuleDirectory modules;
    private final TeamProgressService progress;
    private final LearningService learning;
    private final QuizResults quizzes;
    private final OrganizationTime time;
    private final List<ExportColumn<ModuleProgressRow>> columns;

    private final AuditLog audit;

    ModuleProgressReport(PeopleDirectory people, TeamService teams, ModuleDirectory modules,
            TeamProgressService progress, LearningService learning, QuizResults quizzes, OrganizationTime time, AuditLog audit) {
        this.audit = audit;
        this.people = people;
        this.teams = teams;
        this.modules = modules;
        this.progress = progress;
        this.learning = learning;
        this.quizzes = quizzes;
        this.time = time;
        this.columns = List.of(
                ExportColumn.text("Agent", 26, ModuleProgressRow::agent),
                ExportColumn.text("Team", 20, ModuleProgressRow::team),
                ExportColumn.text("Module", 32, ModuleProgressRow::module),
                ExportColumn.text("Skill area", 20, ModuleProgressRow::skillArea),
                ExportColumn.text("State", 12, ModuleProgressRow::state),
                ExportColumn.number("Lessons done", 8, ModuleProgressRow::lessonsDone),
                ExportColumn.number("Lessons", 8, ModuleProgressRow::lessons),
                ExportColumn.number("Quiz attempts", 8, ModuleProgressRow::quizAttempts),
                ExportColumn.number("Best quiz score %", 10, r -> r.bestScore() == null ? null
                        : Math.round(r.bestScore() * 10) / 10.0),
                ExportColumn.dateTime("Completed", r -> r.completedAt() == null ? null
                        : LocalDateTime.ofInstant(r.completedAt(), time.zone())),
                ExportColumn.text("Agent active", 8, r -> r.active() ? "yes" : "no"),
                ExportColumn.number("Agent id", 10, ModuleProgressRow::userId),
                ExportColumn.number("Module id", 10, ModuleProgressRow::moduleId));
    }

    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<TeamSummary> teams() {
        return teams.visibleTeams();
    }

    /** The published modules, by title. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<ModuleRef> modules() {
        return List.copyOf(modules.publishedWithLessonCounts().keySet());
    }

    /**
     * Every row in the filter, by agent name and module title.
     *
     * @throws org.springframework.security.access.AccessDeniedException for a team that is not the caller's
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<ModuleProgressRow> rows(Filter filter) {
        List<Long> teamIds = filter.teamId() != null ? List.of(filter.teamId())
                : teams.visibleTeams().stream().map(TeamSummary::id).toList();
        // refused unless the caller may see every one of the teams
        List<TeamMember> agents = people.agentsOfTeams(teamIds, filter.agent(), filter.agents());
        if (agents.isEmpty()) {
            return List.of();
        }
        Map<ModuleRef, Integer> published = modules.publishedWithLessonCounts();
        List<Long> ids = agents.stream().map(TeamMember::userId).toList();
        Map<Long, Map<Long, ModuleProgress>> started = progress.startedModulesOf(ids);
        Map<Long, Map<Long, BestScore>> best = quizzes.bestScores(ids);
        Set<Long> scope = Set.copyOf(ids);
        List<ModuleProgressRow> rows = new ArrayList<>();
        for (Map.Entry<ModuleRef, Integer> entry : published.entrySet()) {
            ModuleRef module = entry.getKey();
            if (filter.moduleId() != null && module.id() != filter.moduleId()) {
                continue;
            }
            Map<Long, Instant> completed = new java.util.HashMap<>(learning.completions(module.id()));
            completed.keySet().retainAll(scope);
            for (TeamMember agent : agents) {
                ModuleProgress p = started.getOrDefault(agent.userId(), Map.of()).get(module.id());
                BestScore score = best.getOrDefault(agent.userId(), Map.of()).get(module.id());
                var row = new ModuleProgressRow(agent.userId(), agent.displayName(), agent.teamName(), module.id(),
                        module.title(), module.skillArea().label(), p == null ? 0 : p.doneLessons(), p == null
                        ? entry.getValue() : p.totalLessons(), score == null ? 0 : score.attempts(), score == null ? null : score.percent(),
                        completed.get(agent.userId()), agent.active());
                if (matches(filter, row)) {
                    rows.add(row);
                }
            }
        }
        rows.sort(java.util.Comparator.comparing(ModuleProgressRow::agent).thenComparing(ModuleProgressRow::userId)
                .thenComparing(ModuleProgressRow::module));
        return rows;
    }

    private boolean matches(Filter filter, ModuleProgressRow row) {
        if (filter.state() != null && !filter.state().equals(row.state())) {
            return false;
        }
        if (filter.completedFrom() == null && filter.completedTo() == null) {
            return true;
        }
        if (row.completedAt() == null) {
            return false;
        }
        java.time.LocalDate day = time.dayOf(row.completedAt());
        return (filter.completedFrom() == null || !day.isBefore(filter.completedFrom()))
                && (filter.completedTo() == null || !day.isAfter(filter.completedTo()));
    }

    /** Writes {@link #rows} to {@code out}; returns how many. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long export(Filter filter, ExportFormat format, OutputStream out) {
        return export(filter, format, out, "");
    }

    /** As {@link #export(Filter, ExportFormat, OutputStream)}; the audit entry names the occasion. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long export(Filter filter, ExportFormat format, OutputStream out, String occasion) {
        return AuditedExport.write(audit, "module progress report", filter, format, out, "Modules", columns,
                rows(filter)::forEach, occasion);
    }

    public String fileName(ExportFormat format) {
        return "module-progress-" + time.today() + "." + format.extension();
    }
}
