package com.certdesk.catalog;

import com.certdesk.catalog.internal.ModuleRepository;
import com.certdesk.catalog.internal.ProgressRepository;
import com.certdesk.catalog.internal.QuizGate;
import com.certdesk.catalog.internal.ProgressRepository.UserModuleCount;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.UserSummary;
import com.certdesk.security.Roles;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Learning progress of a team's agents, for its managers and for HR. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_TEAM_VIEWER)
public class TeamProgressService {

    private final PeopleDirectory people;
    private final ModuleRepository modules;
    private final ProgressRepository progress;
    private final QuizGate quizzes;

    TeamProgressService(PeopleDirectory people, ModuleRepository modules, ProgressRepository progress,
            QuizGate quizzes) {
        this.quizzes = quizzes;
        this.people = people;
        this.modules = modules;
        this.progress = progress;
    }

    /** One page of a team's agents with their progress; refused for a team the caller may not see. */
    public Page<AgentProgressRow> teamProgress(long teamId, Pageable pageable) {
        return rows(people.agentsInTeam(teamId, pageable));
    }

    /**
     * One page of the agents of every team the caller may see, by name, with their team and progress: all active
     * agents for HR and administrators, the agents of their own teams for managers.
     */
    public Page<AgentProgressRow> allTeamsProgress(Pageable pageable) {
        return rows(people.agentsOfVisibleTeams(pageable));
    }

    private Page<AgentProgressRow> rows(Page<UserSummary> agents) {
        Map<Long, Integer> lessonCounts = new HashMap<>();
        for (Object[] row : modules.countLessonsOfPublished()) {
            lessonCounts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        List<Long> ids = agents.map(UserSummary::id).getContent();
        List<UserModuleCount> counts = progress.doneCountsForUsers(ids);
        Map<Long, Map<Long, QuizRequirement>> quiz = quizzes.forUsers(ids);
        return agents.map(agent -> row(agent, lessonCounts, counts, quiz.getOrDefault(agent.id(), Map.of())));
    }

    /**
     * For each active agent of a team the caller may see: their progress in every published module they have
     * started (lessons done or quiz passed). Modules a learner has not started are left out.
     */
    public Map<Long, Map<Long, ModuleProgress>> startedModulesOfTeam(long teamId) {
        List<Long> ids = people.agentsInTeam(teamId, Pageable.unpaged()).map(UserSummary::id).getContent();
        return startedModules(ids);
    }

    /**
     * Like {@link #startedModulesOfTeam}, for chosen people across teams, with a fixed number of queries however
     * many there are. Refused unless the caller may see every one of them.
     */
    public Map<Long, Map<Long, ModuleProgress>> startedModulesOf(Collection<Long> userIds) {
        people.checkCanViewAll(userIds);
        return startedModules(List.copyOf(new java.util.LinkedHashSet<>(userIds)));
    }

    private Map<Long, Map<Long, ModuleProgress>> startedModules(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> lessonCounts = new HashMap<>();
        for (Object[] row : modules.countLessonsOfPublished()) {
            lessonCounts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        Map<Long, Map<Long, QuizRequirement>> quiz = quizzes.forUsers(ids);
        Map<Long, Map<Long, Integer>> done = new HashMap<>();
        for (UserModuleCount c : progress.doneCountsForUsers(ids)) {
            done.computeIfAbsent(c.userId(), k -> new HashMap<>()).put(c.moduleId(), c.done());
        }
        Map<Long, Map<Long, ModuleProgress>> result = new HashMap<>();
        for (long id : ids) {
            Map<Long, QuizRequirement> myQuiz = quiz.getOrDefault(id, Map.of());
            Map<Long, Integer> myDone = done.getOrDefault(id, Map.of());
            Map<Long, ModuleProgress> started = new HashMap<>();
            for (var entry : lessonCounts.entrySet()) {
                var moduleProgress = new ModuleProgress(entry.getKey(), entry.getValue(),
                        myDone.getOrDefault(entry.getKey(), 0), QuizGate.of(myQuiz, entry.getKey()));
                if (moduleProgress.state() != ProgressState.NOT_STARTED) {
                    started.put(entry.getKey(), moduleProgress);
                }
            }
            result.put(id, started);
        }
        return result;
    }

    private static AgentProgressRow row(UserSummary agent, Map<Long, Integer> lessonCounts,
            List<UserModuleCount> counts, Map<Long, QuizRequirement> quiz) {
        int completed = 0;
        int inProgress = 0;
        int lessonsDone = 0;
        Instant last = null;
        for (UserModuleCount c : counts) {
            if (c.userId() != agent.id()) {
                continue;
            }
            var moduleProgress = new ModuleProgress(c.moduleId(), lessonCounts.getOrDefault(c.moduleId(), 0), c.done(),
                    QuizGate.of(quiz, c.moduleId()));
            switch (moduleProgress.state()) {
                case COMPLETED -> completed++;
                case IN_PROGRESS -> inProgress++;
                case NOT_STARTED -> { }
            }
            lessonsDone += moduleProgress.doneLessons();
            last = last == null || c.last().isAfter(last) ? c.last() : last;
        }
        return new AgentProgressRow(agent.id(), agent.displayName(), agent.username(), agent.teamName(), completed,
                inProgress, lessonCounts.size(), lessonsDone, last);
    }
}
