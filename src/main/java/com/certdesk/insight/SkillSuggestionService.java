package com.certdesk.insight;

import com.certdesk.base.NotFoundException;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleProgress;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.catalog.ModuleStatus;
import com.certdesk.catalog.SkillArea;
import com.certdesk.catalog.TeamProgressService;
import com.certdesk.certification.AssignmentDraft;
import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.AssignmentService;
import com.certdesk.certification.AssignmentView;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.Measure;
import com.certdesk.feedback.NegativeRatings;
import com.certdesk.feedback.RatingRules;
import com.certdesk.insight.TrainingSuggestions.AgentSuggestion;
import com.certdesk.insight.TrainingSuggestions.AreaSuggestion;
import com.certdesk.insight.TrainingSuggestions.SuggestedModule;
import com.certdesk.insight.internal.SkillSignalStore;
import com.certdesk.insight.internal.SkillSignals;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.TeamMember;
import com.certdesk.people.TeamService;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From customer feedback back to training (issue 11). Administrators map feedback reasons and low scores to skill
 * areas; the team dashboard then suggests, per agent, the areas with the most negative signals over the period
 * ({@link SkillSignals}: each rating once per area, only areas with at least {@code certdesk.suggestions
 * .minimum-signals}, default 5) and the published modules of those areas the agent has not completed, which a
 * manager or administrator assigns with one click through {@link AssignmentService}. Suggestions are read as the
 * dashboard is: managers for their own teams, HR and administrators for every team (HR cannot assign). Only counts
 * leave this service, never a rating, a reason's text from a customer, or a comment.
 */
@Service
@Transactional(readOnly = true)
public class SkillSuggestionService {

    /** What the dashboard says above every suggestion. */
    public static final String NOT_A_VERDICT = "Suggestion based on customer feedback, not a verdict on the agent.";

    private final SkillSignalStore store;
    private final FeedbackFigures figures;
    private final ModuleDirectory modules;
    private final TeamProgressService progress;
    private final AssignmentService assignments;
    private final PeopleDirectory people;
    private final TeamService teams;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int minimum;

    SkillSuggestionService(SkillSignalStore store, FeedbackFigures figures, ModuleDirectory modules,
            TeamProgressService progress, AssignmentService assignments, PeopleDirectory people, TeamService teams,
            CurrentUser currentUser, Clock clock,
            @Value("${certdesk.suggestions.minimum-signals:5}") int minimum) {
        this.store = store;
        this.figures = figures;
        this.modules = modules;
        this.progress = progress;
        this.assignments = assignments;
        this.people = people;
        this.teams = teams;
        this.currentUser = currentUser;
        this.clock = clock;
        this.minimum = Math.max(1, minimum);
    }

    /** Today by the clock assignments use, the earliest due date a suggestion can be assigned with. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The fewest signals an area needs before it is suggested. */
    public int minimumSignals() {
        return minimum;
    }

    /** Every mapping: administrators edit them, whoever reads the dashboard may see what its suggestions rest on. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<SkillSignalMapping> mappings() {
        return store.all();
    }

    /**
     * Adds a mapping. {@link InvalidSkillSignalException}, naming the part, for a missing kind, reason, measure or area,
     * a reason longer than {@link SkillSignalDraft#MAX_REASON}, and a mapping that exists already (the same reason in
     * another case or spacing is the same reason).
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public SkillSignalMapping addMapping(SkillSignalDraft draft) {
        if (draft.kind() == null) {
            throw new InvalidSkillSignalException(SkillSignalDraft.Field.KIND,
                    "Choose what to match: a feedback reason or a low score.");
        }
        if (draft.skillArea() == null) {
            throw new InvalidSkillSignalException(SkillSignalDraft.Field.SKILL_AREA, "Choose the skill area it points at.");
        }
        String key;
        String reason = null;
        if (draft.kind() == SignalKind.REASON) {
            key = RatingRules.reasonKey(draft.reason());
            if (key == null) {
                throw new InvalidSkillSignalException(SkillSignalDraft.Field.REASON,
                        "Enter the reason as your feedback tool names it, e.g. \"took too long\".");
            }
            reason = draft.reason().strip();
            if (reason.length() > SkillSignalDraft.MAX_REASON) {
                throw new InvalidSkillSignalException(SkillSignalDraft.Field.REASON, "A reason can be at most " + SkillSignalDraft.MAX_REASON
                        + " characters; this one has " + reason.length() + ".");
            }
        } else {
            if (draft.measure() == null) {
                throw new InvalidSkillSignalException(SkillSignalDraft.Field.MEASURE,
                        "Choose the measure whose low scores point at the skill area.");
            }
            key = draft.measure().name();
        }
        SkillArea area = draft.skillArea();
        Measure measure = draft.kind() == SignalKind.LOW_SCORE ? draft.measure() : null;
        Optional<Long> me = currentUser.userId();
        String by = me.map(id -> people.names(List.of(id)).getOrDefault(id, currentUser.username()))
                .orElse(currentUser.username());
        // as the column keeps it (microseconds), so the mapping returned equals the one read back
        var wanted = new SkillSignalMapping(0, draft.kind(), reason, measure, area, by,
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        // what repeats is the match: the reason, or the measure of a low score
        SkillSignalDraft.Field match = draft.kind() == SignalKind.REASON ? SkillSignalDraft.Field.REASON
                : SkillSignalDraft.Field.MEASURE;
        String duplicate = wanted.matchLabel() + " already points at " + area.label() + ".";
        if (store.exists(draft.kind(), key, area)) {
            throw new InvalidSkillSignalException(match, duplicate);
        }
        try {
            return store.insert(wanted, key, me.orElse(null));
        } catch (DuplicateKeyException sameMomentInAnotherTab) {
            throw new InvalidSkillSignalException(match, duplicate);
        }
    }

    /** Removes a mapping; one already removed is not an error. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void deleteMapping(long id) {
        store.delete(id);
    }

    /**
     * The team's suggestions over the period, agents by name. {@link NotFoundException} for an unknown team,
     * {@link org.springframework.security.access.AccessDeniedException} for a team the caller may not see (a
     * manager and another manager's team), as the dashboard. A fixed number of queries whatever the team's size.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public TrainingSuggestions suggestions(long teamId, ReportPeriod period) {
        if (!teams.exists(teamId)) {
            throw new NotFoundException("There is no team with id " + teamId + ".");
        }
        people.checkCanViewTeam(teamId);
        List<SkillSignalMapping> mappings = store.all();
        if (mappings.isEmpty()) {
            return new TrainingSuggestions(teamId, period, false, minimum, List.of());
        }
        List<TeamMember> members = people.agentsOfTeams(List.of(teamId), "");
        List<Long> ids = members.stream().map(TeamMember::userId).toList();
        Map<Long, NegativeRatings> ratings = figures.negativeRatings(ids, period.start(), period.end());
        SkillSignals signals = new SkillSignals(mappings);
        Map<Long, List<Map.Entry<SkillArea, Long>>> ranked = new java.util.HashMap<>();
        for (long id : ids) {
            var areas = SkillSignals.ranked(signals.count(ratings.getOrDefault(id, NegativeRatings.none(id))), minimum);
            if (!areas.isEmpty()) {
                ranked.put(id, areas);
            }
        }
        if (ranked.isEmpty()) {
            return new TrainingSuggestions(teamId, period, true, minimum, List.of());
        }
        Map<SkillArea, List<ModuleRef>> published = new EnumMap<>(SkillArea.class);
        for (ModuleRef m : modules.all()) {
            if (m.status() == ModuleStatus.PUBLISHED) {
                published.computeIfAbsent(m.skillArea(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<Long, Map<Long, ModuleProgress>> started = progress.startedModulesOf(ranked.keySet());
        Map<Long, Map<Long, LocalDate>> due = assignments.moduleDueDates(teamId);
        List<AgentSuggestion> agents = new ArrayList<>();
        for (TeamMember member : members) {
            var areas = ranked.get(member.userId());
            if (areas == null) {
                continue;
            }
            Map<Long, ModuleProgress> mine = started.getOrDefault(member.userId(), Map.of());
            Map<Long, LocalDate> myDue = due.getOrDefault(member.userId(), Map.of());
            List<AreaSuggestion> suggested = new ArrayList<>();
            for (var area : areas) {
                List<SuggestedModule> open = published.getOrDefault(area.getKey(), List.of()).stream()
                        .filter(m -> mine.get(m.id()) == null || !mine.get(m.id()).complete())
                        .map(m -> new SuggestedModule(m.id(), m.title(), myDue.get(m.id()))).toList();
                suggested.add(new AreaSuggestion(area.getKey(), area.getValue(), open));
            }
            agents.add(new AgentSuggestion(member.userId(), member.displayName(),
                    ratings.get(member.userId()).ratings(), suggested));
        }
        return new TrainingSuggestions(teamId, period, true, minimum, agents);
    }

    /**
     * Assigns a suggested module to the agent, due on the day given (today or later), through the assignments every
     * other page makes: managers for their own agents, administrators for anyone; HR may read suggestions but not
     * assign. Assigning it again sets the new due date.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ASSIGNER)
    public AssignmentView assign(long agentId, long moduleId, LocalDate dueOn) {
        return assignments.assign(AssignmentDraft.toAgents(AssignmentKind.MODULE, moduleId, List.of(agentId), dueOn))
                .getFirst();
    }
}
