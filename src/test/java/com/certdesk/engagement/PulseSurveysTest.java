package com.certdesk.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.NotFoundException;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.StaleEditException;
import com.certdesk.base.ValidationException;
import com.certdesk.engagement.EngagementResults.QuestionFilter;
import com.certdesk.engagement.internal.WaveOpener;
import com.certdesk.notification.NotificationService;
import com.certdesk.notification.NotificationView;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Pulse surveys from the first wave to its results: HR activates a survey for three teams (six agents, a small team
 * of three, and five more), agents answer (once each, whatever the tabs and clicks), and managers see their own
 * teams' figures only where the threshold allows.
 */
@ServiceTest
class PulseSurveysTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    SurveyService surveys;
    @Autowired
    PulseService pulses;
    @Autowired
    EngagementResults results;
    @Autowired
    WaveOpener opener;
    @Autowired
    NotificationService notifications;
    @Autowired
    OrganizationTime time;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EngagementFixtures engagement;

    private String hr;
    private String manager;
    private String otherManager;
    private long team;
    private long small;
    private long other;
    private final List<String> teamAgents = new ArrayList<>();
    private final List<String> smallAgents = new ArrayList<>();
    private final List<String> otherAgents = new ArrayList<>();
    private long waveId;

    @BeforeEach
    void aSurveyForThreeTeamsOpenToday() {
        hr = fixtures.user("pulse-hr", null, Roles.HR);
        manager = fixtures.user("pulse-manager", null, Roles.MANAGER);
        otherManager = fixtures.user("pulse-manager-2", null, Roles.MANAGER);
        team = fixtures.team("Pulse team", fixtures.userId(manager));
        small = fixtures.team("Pulse small team", fixtures.userId(manager));
        other = fixtures.team("Pulse other team", fixtures.userId(otherManager));
        for (int i = 0; i < 6; i++) {
            teamAgents.add(fixtures.user("pulse-agent", team, Roles.AGENT));
        }
        for (int i = 0; i < 3; i++) {
            smallAgents.add(fixtures.user("pulse-small", small, Roles.AGENT));
        }
        for (int i = 0; i < 5; i++) {
            otherAgents.add(fixtures.user("pulse-other", other, Roles.AGENT));
        }
        waveId = engagement.openWave(team, small, other);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private Map<Long, Integer> answers(int agreement, int enps) {
        return engagement.answers(waveId, agreement, enps);
    }

    private void answer(String agent, int agreement, String text) {
        engagement.answer(agent, waveId, agreement, text);
    }

    private long responsesOf(String agent) {
        return jdbc.queryForObject("select count(*) from pulse_response where wave_id = ? and user_id = ?",
                Long.class, waveId, fixtures.userId(agent));
    }

    @Test
    void activating_a_survey_opens_its_wave_for_the_teams_and_tells_each_agent() {
        fixtures.signIn(teamAgents.getFirst());
        assertThat(pulses.waiting()).extracting(p -> p.wave().id()).containsExactly(waveId);
        assertThat(notifications.mine(PageRequest.of(0, 20)).map(NotificationView::title).getContent())
                .anyMatch(t -> t.startsWith("Pulse survey open: Pulse"));
        PulseForm form = pulses.form(waveId);
        assertThat(form.questions()).hasSize(10);
        assertThat(form.promise()).contains("groups of 5 or more people; nobody sees your answers");
        assertThat(form.answered()).isFalse();

        String outsider = fixtures.user("pulse-outsider", null, Roles.AGENT);
        fixtures.signIn(outsider);
        assertThat(pulses.waiting()).isEmpty();
        assertThatThrownBy(() -> pulses.form(waveId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pulses.submit(waveId, Map.of(), null, -1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void answering_marks_the_invitation_read_so_the_bell_counts_only_what_still_waits() {
        String agent = teamAgents.getFirst();
        fixtures.signIn(agent);
        long before = notifications.unreadCount();
        assertThat(notifications.mine(PageRequest.of(0, 20)).getContent())
                .anyMatch(n -> n.title().startsWith("Pulse survey open") && !n.read());
        answer(agent, 4, null);
        fixtures.signIn(agent);
        assertThat(notifications.unreadCount()).isEqualTo(before - 1);
        assertThat(notifications.mine(PageRequest.of(0, 20)).getContent())
                .filteredOn(n -> n.title().startsWith("Pulse survey open")).allMatch(NotificationView::read);
        fixtures.signIn(teamAgents.get(1));
        assertThat(notifications.mine(PageRequest.of(0, 20)).getContent())
                .as("another agent's invitation stays unread").anyMatch(n -> n.title().startsWith("Pulse survey "
                        + "open") && !n.read());
    }

    @Test
    void an_agent_answers_and_changes_their_answers_until_the_wave_closes() {
        String agent = teamAgents.getFirst();
        fixtures.signIn(agent);
        PulseForm first = pulses.submit(waveId, answers(4, 8), "More time between calls.", -1);
        assertThat(first.version()).isZero();
        PulseForm changed = pulses.submit(waveId, answers(2, 3), "", first.version());
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.scores().values()).contains(2, 3);
        assertThat(changed.freeText()).isNull();
        assertThat(pulses.mine()).singleElement().satisfies(p -> {
            assertThat(p.answered()).isTrue();
            assertThat(p.ownIndex()).isZero();
            assertThat(p.enps()).isEqualTo(3);
        });

        assertThat(pulses.form(waveId).wave().closesOn()).as("as planned").isAfter(time.today());
        fixtures.signIn(hr);
        surveys.closeWave(waveId);
        fixtures.signIn(agent);
        assertThat(pulses.form(waveId).wave().closesOn()).as("closed early, today").isEqualTo(time.today());
        assertThatThrownBy(() -> pulses.submit(waveId, answers(5, 10), null, 1))
                .isInstanceOf(ValidationException.class).hasMessageContaining("closed");
        assertThat(pulses.form(waveId).scores().values()).contains(2, 3).doesNotContain(5, 10);
    }

    @Test
    void every_question_needs_an_answer_on_its_scale_and_nothing_is_saved_otherwise() {
        fixtures.signIn(teamAgents.getFirst());
        Map<Long, Integer> missing = answers(4, 8);
        missing.remove(missing.keySet().iterator().next());
        assertThatThrownBy(() -> pulses.submit(waveId, missing, null, -1))
                .isInstanceOf(ValidationException.class).hasMessageContaining("One question is not answered");
        Map<Long, Integer> outOfScale = answers(6, 8);
        assertThatThrownBy(() -> pulses.submit(waveId, outOfScale, null, -1))
                .isInstanceOf(ValidationException.class).hasMessageContaining("from 1 to 5, not 6");
        Map<Long, Integer> foreign = answers(4, 8);
        foreign.put(-1L, 3);
        assertThatThrownBy(() -> pulses.submit(waveId, foreign, null, -1))
                .isInstanceOf(ValidationException.class).hasMessageContaining("does not ask");
        assertThat(pulses.form(waveId).answered()).isFalse();
        assertThat(responsesOf(teamAgents.getFirst())).isZero();
    }

    @Test
    void two_tabs_sending_their_first_answers_at_once_store_one_response() throws Exception {
        String agent = teamAgents.getFirst();
        fixtures.signIn(agent);
        Map<Long, Integer> a = answers(4, 8);
        Map<Long, Integer> b = answers(2, 3);
        fixtures.signOut();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (Map<Long, Integer> scores : List.of(a, b)) {
                outcomes.add(pool.submit(() -> {
                    fixtures.signIn(agent);
                    start.await();
                    try {
                        pulses.submit(waveId, scores, null, -1);
                        return "saved";
                    } catch (StaleEditException e) {
                        return "stale";
                    } finally {
                        fixtures.signOut();
                    }
                }));
            }
            start.countDown();
            List<String> got = new ArrayList<>();
            for (Future<String> f : outcomes) {
                got.add(f.get());
            }
            assertThat(got).containsExactlyInAnyOrder("saved", "stale");
        } finally {
            pool.shutdown();
        }
        assertThat(responsesOf(agent)).isEqualTo(1);
    }

    @Test
    void a_stale_tab_is_refused_unless_it_sends_the_same_answers_as_a_double_click_does() {
        fixtures.signIn(teamAgents.getFirst());
        pulses.submit(waveId, answers(4, 8), "Same", -1);
        // a double click: the second request still carries the version the page loaded
        assertThat(pulses.submit(waveId, answers(4, 8), "Same", -1).version()).isZero();
        // another tab, opened before the first answers, sends different ones
        assertThatThrownBy(() -> pulses.submit(waveId, answers(1, 0), null, -1))
                .isInstanceOf(StaleEditException.class).hasMessageContaining("another tab");
        assertThat(pulses.form(waveId).scores().values()).contains(4, 8).doesNotContain(1, 0);
    }

    @Test
    void results_show_a_manager_their_teams_where_the_threshold_allows_and_nothing_before_the_wave_closes() {
        teamAgents.forEach(a -> answer(a, 4, "Text of " + a));
        smallAgents.forEach(a -> answer(a, 2, "Small team text of " + a));
        otherAgents.forEach(a -> answer(a, 5, null));

        fixtures.signIn(manager);
        WaveResults open = results.results(waveId, QuestionFilter.ALL);
        assertThat(open.organization().figures()).isNull();
        assertThat(open.organization().figuresShown()).isEqualTo(Visibility.AFTER_CLOSE);
        assertThat(open.organization().participation()).isEqualTo(new Participation(14, 14));

        fixtures.signIn(hr);
        surveys.closeWave(waveId);

        fixtures.signIn(manager);
        WaveResults mine = results.results(waveId, QuestionFilter.ALL);
        assertThat(mine.organization().figures().respondents()).isEqualTo(14);
        assertThat(mine.teams()).extracting(GroupResult::teamId).containsExactlyInAnyOrder(team, small);
        GroupResult big = mine.teams().stream().filter(g -> g.teamId() == team).findFirst().orElseThrow();
        assertThat(big.figures().respondents()).isEqualTo(6);
        assertThat(big.figures().index().value()).isEqualTo(100);
        assertThat(big.figures().comments()).hasSize(6).noneMatch(c -> c.startsWith("Small"));
        GroupResult three = mine.teams().stream().filter(g -> g.teamId() == small).findFirst().orElseThrow();
        assertThat(three.figures()).isNull();
        assertThat(three.figuresShown()).isEqualTo(Visibility.TOO_FEW);
        assertThat(three.participation()).isNull();
        assertThat(mine.others()).as("only HR and administrators see the rest rolled up").isNull();

        // the other manager's team of five is hidden too, or the whole minus the two large teams would be the three
        fixtures.signIn(otherManager);
        WaveResults theirs = results.results(waveId, QuestionFilter.ALL);
        assertThat(theirs.teams()).extracting(GroupResult::teamId).containsExactly(other);
        assertThat(theirs.teams().getFirst().figures()).isNull();
        assertThat(theirs.teams().getFirst().figuresShown()).isEqualTo(Visibility.PROTECTS_ANOTHER_GROUP);

        fixtures.signIn(hr);
        WaveResults all = results.results(waveId, QuestionFilter.ALL);
        assertThat(all.others().figures().respondents()).isEqualTo(8);
        WaveResults theme = results.results(waveId, new QuestionFilter("Team", null));
        assertThat(theme.questions()).extracting(PulseQuestion::theme).containsOnly("Team");
        assertThat(theme.organization().figures().enps()).isNull();
        assertThat(theme.organization().figures().respondents()).isEqualTo(14);
    }

    @Test
    void agents_and_managers_of_other_teams_cannot_reach_results_and_only_hr_and_administrators_run_surveys() {
        String stranger = fixtures.user("pulse-stranger", null, Roles.MANAGER);
        fixtures.team("Pulse unrelated team", fixtures.userId(stranger));
        fixtures.signIn(stranger);
        assertThat(results.waves(null, null)).noneMatch(w -> w.id() == waveId);
        assertThatThrownBy(() -> results.results(waveId, QuestionFilter.ALL)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> results.trend(surveys(), team)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> results.latestForTeam(team)).isInstanceOf(NotFoundException.class);

        for (String user : List.of(teamAgents.getFirst(), manager)) {
            fixtures.signIn(user);
            assertThatThrownBy(() -> surveys.surveys()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> surveys.defaultPulse()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> surveys.closeWave(waveId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> surveys.end(1, 0)).isInstanceOf(AccessDeniedException.class);
        }
        fixtures.signIn(teamAgents.getFirst());
        assertThatThrownBy(() -> results.waves(null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.results(waveId, QuestionFilter.ALL))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signOut();
        assertThatThrownBy(() -> pulses.form(waveId))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private long surveys() {
        return SystemAuthentication.callAsSystem(() -> surveys.surveys().stream()
                .filter(s -> s.latestWave() != null && s.latestWave().id() == waveId).findFirst().orElseThrow().id());
    }

    @Test
    void the_reminder_goes_once_to_those_who_have_not_answered() {
        answer(teamAgents.getFirst(), 4, null);
        var reminderDay = time.today().plusDays(11);
        SystemAuthentication.callAsSystem(() -> opener.run(reminderDay));
        SystemAuthentication.callAsSystem(() -> opener.run(reminderDay));

        fixtures.signIn(teamAgents.get(1));
        assertThat(notifications.mine(PageRequest.of(0, 20)).map(NotificationView::title).getContent())
                .filteredOn(t -> t.startsWith("Reminder: Pulse")).hasSize(1);
        fixtures.signIn(teamAgents.getFirst());
        assertThat(notifications.mine(PageRequest.of(0, 20)).map(NotificationView::title).getContent())
                .noneMatch(t -> t.startsWith("Reminder: Pulse"));
    }

    @Test
    void an_active_survey_keeps_its_questions_so_that_its_waves_compare() {
        fixtures.signIn(hr);
        long id = surveys();
        SurveyDetails details = surveys.survey(id);
        var items = new ArrayList<>(details.draft().items());
        items.set(0, new ItemDraft(ItemKind.AGREEMENT, "Purpose", "A reworded statement."));
        SurveyDraft d = details.draft();
        assertThatThrownBy(() -> surveys.update(id, details.version(), new SurveyDraft(d.title(), d.intro(),
                d.freeTextQuestion(), d.everyone(), d.teamIds(), d.firstOpensOn(), d.openDays(), d.repetition(),
                items))).isInstanceOf(ValidationException.class).hasMessageContaining("keeps its questions");
        surveys.update(id, details.version(), new SurveyDraft("Renamed " + d.title(), d.intro(),
                d.freeTextQuestion(), d.everyone(), d.teamIds(), d.firstOpensOn(), d.openDays(), d.repetition(),
                d.items()));
        assertThat(surveys.survey(id).draft().title()).startsWith("Renamed");
        assertThatThrownBy(() -> surveys.update(id, details.version(), d)).isInstanceOf(StaleEditException.class);
    }
}
