package com.certdesk.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.base.ui.RecordNotFoundView;
import com.certdesk.engagement.EngagementFixtures;
import com.certdesk.engagement.GroupResult;
import com.certdesk.engagement.ItemKind;
import com.certdesk.engagement.PulseQuestion;
import com.certdesk.engagement.PulseService;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Agents answer a pulse in the browser; managers read their teams' results; nobody reaches what is not theirs. */
class PulseViewsTest extends UiTest {

    @Autowired
    EngagementFixtures engagement;
    @Autowired
    PulseService pulses;

    private String manager;
    private long team;
    private long small;
    private final List<String> agents = new ArrayList<>();
    private final List<String> smallAgents = new ArrayList<>();
    private long waveId;

    @BeforeEach
    void aWaveForABigAndASmallTeam() {
        manager = fixtures.user("pv-manager", null, Roles.MANAGER);
        team = fixtures.team("Pulse view team", fixtures.userId(manager));
        small = fixtures.team("Pulse view small", fixtures.userId(manager));
        for (int i = 0; i < 6; i++) {
            agents.add(fixtures.user("pv-agent", team, Roles.AGENT));
        }
        for (int i = 0; i < 3; i++) {
            smallAgents.add(fixtures.user("pv-small", small, Roles.AGENT));
        }
        waveId = engagement.openWave(team, small);
    }

    @SuppressWarnings("unchecked")
    private List<RadioButtonGroup<Integer>> questions() {
        return find(RadioButtonGroup.class).all().stream().map(g -> (RadioButtonGroup<Integer>) g).toList();
    }

    @Test
    void an_agent_finds_the_pulse_on_my_learning_and_answers_it_in_one_go() {
        signIn(agents.getFirst());
        open("");
        assertThat(text(find(Div.class).withId("my-pulse").single())).contains("A pulse survey for you")
                .contains("Confidential");

        open("pulse/" + waveId);
        assertThat(find(Paragraph.class).withId("pulse-promise").single().getText())
                .contains("groups of 5 or more people; nobody sees your answers");
        List<RadioButtonGroup<Integer>> questions = questions();
        assertThat(questions).hasSize(10);
        questions.forEach(q -> q.setValue(q.getId().orElseThrow().isEmpty() ? 1 : 4));
        questions.getLast().setValue(9);
        find(TextArea.class).withId("pulse-free-text").single().setValue("Quieter room for calls.");
        test(find(Button.class).withId("pulse-send").single()).click();

        assertThat(find(Paragraph.class).withId("pulse-saved").single().getText()).startsWith("Thank you.");
        assertThat(find(Button.class).withId("pulse-send").single().getText()).isEqualTo("Save changes");
        assertThat(pulses.form(waveId).freeText()).isEqualTo("Quieter room for calls.");
        open("");
        assertThat(find(Div.class).withId("my-pulse").all()).as("answered: nothing waits").isEmpty();
    }

    @Test
    void an_unanswered_question_is_named_and_nothing_is_lost_or_saved() {
        signIn(agents.getFirst());
        open("pulse/" + waveId);
        List<RadioButtonGroup<Integer>> questions = questions();
        questions.subList(1, questions.size()).forEach(q -> q.setValue(q == questions.getLast() ? 7 : 3));
        test(find(Button.class).withId("pulse-send").single()).click();

        assertThat(find(com.certdesk.base.ui.FormError.class).withId("pulse-error").single().getText())
                .contains("One question is not answered yet");
        assertThat(questions.getFirst().isInvalid()).isTrue();
        assertThat(questions.get(1).getValue()).as("what was chosen stays").isEqualTo(3);
        assertThat(find(Button.class).withId("pulse-send").single().isEnabled()).isTrue();
        assertThat(pulses.form(waveId).answered()).isFalse();
    }

    @Test
    void the_manager_sees_the_small_team_hidden_and_the_large_one_with_its_figures() {
        agents.forEach(a -> engagement.answer(a, waveId, 4, null));
        smallAgents.forEach(a -> engagement.answer(a, waveId, 2, null));
        engagement.closeWave(waveId);

        signIn(manager);
        com.vaadin.flow.component.UI.getCurrent().navigate("engagement/results",
                com.vaadin.flow.router.QueryParameters.of("wave", String.valueOf(waveId)));
        roundTrip();
        @SuppressWarnings("unchecked")
        Grid<com.certdesk.engagement.GroupResult> table = find(Grid.class).withId("results-table").single();
        List<com.certdesk.engagement.GroupResult> rows = table.getGenericDataView().getItems().toList();
        assertThat(rows).extracting(com.certdesk.engagement.GroupResult::teamId).containsExactly(null, small, team);
        // the team of six is hidden too: the whole minus it would be the small team's three
        assertThat(rows.get(2).figures()).isNull();
        assertThat(rows.get(1).figuresShown().reason(5, "responses"))
                .isEqualTo("Fewer than 5 responses: hidden to protect confidentiality.");
        assertThat(text(find(Div.class).withId("results-detail").single())).contains("Engagement index")
                .contains("n = 9");
    }

    /** Each of these agents answers the wave: 5 to the statement given, 2 to every other, eNPS as given. */
    private void answerAll(List<String> who, long wave, String agreed, int enps) {
        for (String agent : who) {
            fixtures.signIn(agent);
            try {
                Map<Long, Integer> scores = new HashMap<>();
                for (PulseQuestion q : pulses.form(wave).questions()) {
                    scores.put(q.id(), q.kind() == ItemKind.ENPS ? enps : q.statement().equals(agreed) ? 5 : 2);
                }
                pulses.submit(wave, scores, null, -1);
            } finally {
                fixtures.signOut();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<GroupResult> tableRows() {
        Grid<GroupResult> table = find(Grid.class).withId("results-table").single();
        return table.getGenericDataView().getItems().toList();
    }

    @Test
    void a_manager_picks_one_question_and_sees_its_figures_over_the_same_people_in_another_wave_too() {
        String team = "I can count on my colleagues when a case gets difficult.";
        answerAll(agents, waveId, team, 9);
        answerAll(smallAgents, waveId, team, 3);
        engagement.closeWave(waveId);

        signIn(manager);
        com.vaadin.flow.component.UI.getCurrent().navigate("engagement/results",
                com.vaadin.flow.router.QueryParameters.of("wave", String.valueOf(waveId)));
        roundTrip();
        GroupResult everyone = tableRows().getFirst();
        // every statement counted: each person agreed with one of nine
        assertThat(everyone.figures().index().value()).isCloseTo(100.0 / 9, within(0.01));
        assertThat(everyone.figures().enps().value()).isCloseTo(100.0 / 3, within(0.01));
        @SuppressWarnings("unchecked")
        Select<PulseQuestion> question = find(Select.class).withId("results-question").single();
        assertThat(test(question).getSuggestionItems()).as("every question of the survey").hasSize(10);

        test(question).selectItem(team);
        everyone = tableRows().getFirst();
        assertThat(everyone.figures().index().value()).as("that statement alone: all nine agreed").isEqualTo(100);
        assertThat(everyone.figures().enps()).as("the eNPS question is not counted").isNull();
        assertThat(everyone.figures().items()).extracting(i -> i.question().statement()).containsExactly(team);
        // the same people are counted and hidden as without the filter
        assertThat(everyone.figures().respondents()).isEqualTo(9);
        assertThat(tableRows()).extracting(g -> g.figures() == null).containsExactly(false, true, true);
        String detail = text(find(Div.class).withId("results-detail").single());
        assertThat(detail).contains("Engagement index", "100%", "n = 9", team)
                .doesNotContain("eNPS", "My manager gives me feedback that helps me improve.");

        test(question).selectItem("How likely are you to recommend this organization as a place to work?");
        everyone = tableRows().getFirst();
        assertThat(everyone.figures().index()).isNull();
        assertThat(everyone.figures().enps().value()).isCloseTo(100.0 / 3, within(0.01));

        // a theme offers its own questions only; the question chosen outside it gives way to all of the theme
        @SuppressWarnings("unchecked")
        Select<String> theme = find(Select.class).withId("results-theme").single();
        test(theme).selectItem("Growth");
        assertThat(question.getValue()).isNull();
        assertThat(test(question).getSuggestionItems()).extracting(PulseQuestion::theme).containsOnly("Growth")
                .hasSize(2);
        assertThat(tableRows().getFirst().figures().index().value()).as("nobody agreed with either").isZero();

        // another survey asking the same statement: the choice follows it there, under its own id
        test(theme).selectItem(QuestionChoice.ALL_THEMES);
        test(question).selectItem(team);
        long second = engagement.openWave(this.team, small);
        answerAll(agents, second, "I can see how I could grow in this job over the next year.", 9);
        answerAll(smallAgents, second, "I can see how I could grow in this job over the next year.", 9);
        engagement.closeWave(second);
        signIn(manager);
        com.vaadin.flow.component.UI.getCurrent().navigate("engagement/results",
                com.vaadin.flow.router.QueryParameters.of("wave", String.valueOf(waveId)));
        roundTrip();
        question = find(Select.class).withId("results-question").single();
        test(question).selectItem(team);
        @SuppressWarnings("unchecked")
        Select<com.certdesk.engagement.WaveView> wave = find(Select.class).withId("results-wave").single();
        List<com.certdesk.engagement.WaveView> waves = test(wave).getSuggestionItems();
        test(wave).selectItem(test(wave).getSuggestions().get(waves.stream().map(w -> w.id()).toList()
                .indexOf(second)));
        assertThat(question.getValue().statement()).isEqualTo(team);
        assertThat(tableRows().getFirst().figures().items()).extracting(i -> i.question().statement())
                .containsExactly(team);
        assertThat(tableRows().getFirst().figures().index().value()).as("in that wave nobody agreed with it")
                .isZero();
    }

    @Test
    void agents_cannot_open_results_or_surveys_and_a_wrong_wave_id_says_so() {
        signIn(agents.getFirst());
        assertThat(open("engagement/results")).isInstanceOf(AccessDeniedView.class);
        assertThat(open("engagement/surveys")).isInstanceOf(AccessDeniedView.class);
        assertThat(open("pulse/999999999")).isInstanceOf(RecordNotFoundView.class);
        signIn(fixtures.user("pv-outsider", null, Roles.AGENT));
        assertThat(open("pulse/" + waveId)).as("a wave that did not ask them").isInstanceOf(RecordNotFoundView.class);
        signIn(manager);
        assertThat(open("engagement/surveys")).isInstanceOf(AccessDeniedView.class);
        assertThat(open("engagement/surveys/new")).isInstanceOf(AccessDeniedView.class);
    }
}
