package com.certdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.NotFoundException;
import com.certdesk.base.ValidationException;
import com.certdesk.catalog.SkillArea;
import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.AssignmentService;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.Measure;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.NegativeRatings;
import com.certdesk.insight.TrainingSuggestions.AgentSuggestion;
import com.certdesk.insight.TrainingSuggestions.AreaSuggestion;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class SkillSuggestionServiceTest {

    @Autowired
    SkillSuggestionService service;
    @Autowired
    SuggestionFixtures scenarios;
    @Autowired
    FeedbackFigures figures;
    @Autowired
    AssignmentService assignments;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Clock clock;

    SuggestionFixtures.Scenario s;

    @BeforeEach
    void setUp() {
        s = scenarios.build();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private TrainingSuggestions as(String user, long teamId) {
        fixtures.signIn(user);
        return service.suggestions(teamId, s.period());
    }

    private Optional<AgentSuggestion> agent(TrainingSuggestions suggestions, long userId) {
        return suggestions.agents().stream().filter(a -> a.userId() == userId).findFirst();
    }

    private Optional<AreaSuggestion> area(TrainingSuggestions suggestions, long userId, SkillArea area) {
        return agent(suggestions, userId).flatMap(a -> a.areas().stream().filter(x -> x.area() == area).findFirst());
    }

    @Test
    void negative_ratings_are_read_on_their_own_scale_grouped_by_measure_and_reason() {
        scenarios.ratings(s, s.ann(), Metric.CSAT, 1, 5, "Slow", 3, 4);
        scenarios.ratings(s, s.ann(), Metric.CSAT_BINARY, 0, 1, " slow  ", 0, 1);
        scenarios.ratings(s, s.ann(), Metric.NPS, 0, 10, null, 6, 7);
        scenarios.ratings(s, s.ann(), Metric.CES, 1, 7, null, 3, 4);
        scenarios.ratings(s, s.ann(), Metric.CES, 1, 5, null, 2, 3);
        fixtures.signIn(s.hr());

        NegativeRatings ann = figures.negativeRatings(List.of(s.annId()), s.period().start(), s.period().end())
                .get(s.annId());

        assertThat(ann.ratings()).isEqualTo(10);
        assertThat(ann.negative()).containsExactlyInAnyOrder(
                new NegativeRatings.Group(Measure.CSAT, "slow", 2),
                new NegativeRatings.Group(Measure.NPS, null, 1),
                new NegativeRatings.Group(Measure.CES, null, 2));
        assertThat(figures.negativeRatings(List.of(s.bobId()), s.period().start(), s.period().end()).get(s.bobId()))
                .isEqualTo(NegativeRatings.none(s.bobId()));
    }

    @Test
    void an_area_is_suggested_from_the_minimum_of_five_signals_on() {
        scenarios.detractors(s, s.ann(), 5, s.reason());
        scenarios.detractors(s, s.bob(), 4, s.reason().toUpperCase());
        scenarios.detractors(s, s.dora(), 6, s.reason());
        scenarios.ratings(s, s.bob(), Metric.NPS, 0, 10, s.reason(), 9, 10);

        TrainingSuggestions team = as(s.manager(), s.teamA());
        assertThat(team.minimumSignals()).isEqualTo(5);
        assertThat(team.mapped()).isTrue();
        assertThat(area(team, s.annId(), SkillArea.PROBLEM_SOLVING)).get()
                .extracting(AreaSuggestion::signals).isEqualTo(5L);
        assertThat(agent(team, s.annId()).orElseThrow().ratings()).isEqualTo(5);
        assertThat(agent(team, s.bobId())).as("4 signals are below the minimum").isEmpty();
        assertThat(area(as(s.otherManager(), s.teamB()), s.doraId(), SkillArea.PROBLEM_SOLVING)).get()
                .extracting(AreaSuggestion::signals).isEqualTo(6L);
    }

    @Test
    void a_rating_counts_once_per_area_whatever_number_of_its_mappings_it_matches() {
        String effort = Fixtures.unique("Had to call twice");
        scenarios.map(s.admin(), SkillSignalDraft.reason(effort, SkillArea.LOW_EFFORT_SERVICE));
        scenarios.map(s.admin(), SkillSignalDraft.reason(effort, SkillArea.PROBLEM_SOLVING));
        scenarios.mapLowCes(s.admin());
        // three low CES with the reason: low score and reason both point at low-effort service, once each rating
        scenarios.ratings(s, s.ann(), Metric.CES, 1, 7, "  " + effort.toUpperCase() + " ", 2, 2, 2);
        scenarios.ratings(s, s.ann(), Metric.CES, 1, 7, null, 1, 3);
        // the midpoint is not low: not a signal, even with the reason
        scenarios.ratings(s, s.ann(), Metric.CES, 1, 7, effort, 4);

        TrainingSuggestions team = as(s.manager(), s.teamA());

        assertThat(area(team, s.annId(), SkillArea.LOW_EFFORT_SERVICE)).get()
                .extracting(AreaSuggestion::signals).isEqualTo(5L);
        assertThat(area(team, s.annId(), SkillArea.PROBLEM_SOLVING)).as("3 signals: below the minimum").isEmpty();
        assertThat(agent(team, s.annId()).orElseThrow().ratings()).isEqualTo(6);
    }

    @Test
    void suggested_modules_are_the_published_ones_of_the_area_the_agent_has_not_completed() {
        scenarios.detractors(s, s.ann(), 7, s.reason());

        AreaSuggestion area = area(as(s.hr(), s.teamA()), s.annId(), SkillArea.PROBLEM_SOLVING).orElseThrow();

        assertThat(area.signals()).isEqualTo(7);
        assertThat(area.modules()).extracting(TrainingSuggestions.SuggestedModule::moduleId)
                .contains(s.openModule()).doesNotContain(s.completedModule(), s.draftModule());
        assertThat(area.modules()).filteredOn(m -> m.moduleId() == s.openModule()).singleElement()
                .satisfies(m -> assertThat(m.assigned()).isFalse());
    }

    @Test
    void assigning_a_suggestion_makes_a_module_assignment_and_the_suggestion_then_reads_assigned() {
        scenarios.detractors(s, s.ann(), 5, s.reason());
        LocalDate due = LocalDate.now(clock).plusDays(30);
        fixtures.signIn(s.manager());

        var made = service.assign(s.annId(), s.openModule(), due);

        assertThat(made.kind()).isEqualTo(AssignmentKind.MODULE);
        assertThat(made.userId()).isEqualTo(s.annId());
        assertThat(made.dueOn()).isEqualTo(due);
        assertThat(assignments.forTeam(s.teamA())).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AssignmentKind.MODULE);
            assertThat(a.targetId()).isEqualTo(s.openModule());
            assertThat(a.userId()).isEqualTo(s.annId());
        });
        var module = area(service.suggestions(s.teamA(), s.period()), s.annId(), SkillArea.PROBLEM_SOLVING)
                .orElseThrow().modules().stream().filter(m -> m.moduleId() == s.openModule()).findFirst().orElseThrow();
        assertThat(module.assigned()).isTrue();
        assertThat(module.dueOn()).isEqualTo(due);
    }

    @Test
    void a_due_date_in_the_past_is_refused() {
        fixtures.signIn(s.manager());
        assertThatThrownBy(() -> service.assign(s.annId(), s.openModule(), LocalDate.now(clock).minusDays(1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("in the past");
    }

    @Test
    void an_agent_is_refused_everything() {
        fixtures.signIn(s.agentUser());
        assertThatThrownBy(() -> service.suggestions(s.teamB(), s.period())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(service::mappings).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.addMapping(SkillSignalDraft.reason("x", SkillArea.EMPATHY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.deleteMapping(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.assign(s.doraId(), s.openModule(), LocalDate.now(clock)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_manager_reads_only_their_own_teams_and_assigns_only_their_own_agents() {
        fixtures.signIn(s.manager());
        assertThatThrownBy(() -> service.suggestions(s.teamB(), s.period())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.suggestions(987_654_321L, s.period())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.assign(s.doraId(), s.openModule(), LocalDate.now(clock)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.mappings()).isNotEmpty();
        assertThatThrownBy(() -> service.addMapping(SkillSignalDraft.reason("x", SkillArea.EMPATHY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hr_reads_every_team_but_cannot_assign_or_map() {
        scenarios.detractors(s, s.dora(), 5, s.reason());
        fixtures.signIn(s.hr());
        assertThat(agent(service.suggestions(s.teamB(), s.period()), s.doraId())).isPresent();
        assertThat(service.mappings()).extracting(SkillSignalMapping::reason).contains(s.reason());
        assertThatThrownBy(() -> service.assign(s.doraId(), s.openModule(), LocalDate.now(clock)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.addMapping(SkillSignalDraft.reason("x", SkillArea.EMPATHY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_maps_and_unmaps_a_reason() {
        fixtures.signIn(s.admin());
        String reason = Fixtures.unique("Unclear answer");
        SkillSignalMapping made = service.addMapping(SkillSignalDraft.reason("  " + reason + " ",
                SkillArea.WRITTEN_COMMUNICATION));

        assertThat(made.reason()).isEqualTo(reason);
        assertThat(made.createdByName()).isEqualTo("Test " + s.admin());
        assertThat(service.mappings()).contains(made);

        service.deleteMapping(made.id());
        service.deleteMapping(made.id());
        assertThat(service.mappings()).doesNotContain(made);
    }

    @Test
    void a_mapping_needs_a_reason_of_at_most_200_characters_a_measure_and_an_area_and_is_made_once() {
        fixtures.signIn(s.admin());
        assertThatThrownBy(() -> service.addMapping(SkillSignalDraft.reason("   ", SkillArea.EMPATHY)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Enter the reason")
                .extracting(e -> ((InvalidSkillSignalException) e).field()).isEqualTo(SkillSignalDraft.Field.REASON);
        String longest = (Fixtures.unique("r") + "a".repeat(200)).substring(0, 200);
        assertThat(service.addMapping(SkillSignalDraft.reason(longest, SkillArea.EMPATHY)).reason()).isEqualTo(longest);
        assertThatThrownBy(() -> service.addMapping(SkillSignalDraft.reason("a".repeat(201), SkillArea.EMPATHY)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 200 characters");
        assertThatThrownBy(() -> service.addMapping(new SkillSignalDraft(SignalKind.LOW_SCORE, null, null,
                SkillArea.EMPATHY))).isInstanceOf(ValidationException.class).hasMessageContaining("Choose the measure")
                .extracting(e -> ((InvalidSkillSignalException) e).field()).isEqualTo(SkillSignalDraft.Field.MEASURE);
        assertThatThrownBy(() -> service.addMapping(new SkillSignalDraft(SignalKind.REASON, "x", null, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("skill area")
                .extracting(e -> ((InvalidSkillSignalException) e).field())
                .isEqualTo(SkillSignalDraft.Field.SKILL_AREA);
        assertThatThrownBy(() -> service.addMapping(new SkillSignalDraft(null, "x", null, SkillArea.EMPATHY)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Choose what to match")
                .extracting(e -> ((InvalidSkillSignalException) e).field()).isEqualTo(SkillSignalDraft.Field.KIND);
        assertThatThrownBy(() -> service.addMapping(SkillSignalDraft.reason(" " + s.reason().toUpperCase()
                .replace(" ", "  ") + " ", SkillArea.PROBLEM_SOLVING)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already points at Problem solving")
                .extracting(e -> ((InvalidSkillSignalException) e).field()).isEqualTo(SkillSignalDraft.Field.REASON);
        String other = Fixtures.unique("Rude");
        service.addMapping(SkillSignalDraft.reason(other, SkillArea.EMPATHY));
        assertThat(service.addMapping(SkillSignalDraft.reason(other, SkillArea.DE_ESCALATION)).skillArea())
                .as("one reason may point at two areas").isEqualTo(SkillArea.DE_ESCALATION);
    }
}
