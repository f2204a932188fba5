package com.certdesk.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.TestClock;
import com.certdesk.UiTest;
import com.certdesk.base.NotFoundException;
import com.certdesk.engagement.EngagementFixtures;
import com.certdesk.engagement.PulseService;
import com.certdesk.engagement.TeamEngagement;
import com.certdesk.engagement.Visibility;
import com.certdesk.insight.TeamDashboardService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The team's engagement on its dashboard: figures of the team as a group from its latest closed wave, with n,
 * interval and change; the reason instead of any number for a team below the threshold; a word when no survey
 * asked the team; for its manager, HR and administrators alike.
 */
class TeamEngagementCardTest extends UiTest {

    @Autowired
    EngagementFixtures engagement;
    @Autowired
    PulseService pulses;
    @Autowired
    TeamDashboardService dashboards;
    @Autowired
    TestClock clock;

    String manager;
    String hr;
    String admin;
    long big;
    long small;
    long quiet;
    long firstWave;
    long secondWave;
    String title;
    String bigAgent;

    /**
     * Team "big" of six answered two waves of a pulse: agreeing with 4–7 of the 9 statements in the first (index
     * 33 of 54 = 61%; eNPS 9, 8, 7, 6, 5, 10: two promoters, two detractors, 0) and 6–9 in the second (45 of 54 =
     * 83%; eNPS 10, 9, 9, 8, 7, 3: three promoters, one detractor, +33). Team "small" of three answered another
     * pulse; team "quiet" was never asked.
     */
    @BeforeEach
    void twoWavesForABigTeamOneForASmallOne() {
        manager = fixtures.user("te-manager", null, Roles.MANAGER);
        hr = fixtures.user("te-hr", null, Roles.HR);
        admin = fixtures.user("te-admin", null, Roles.ADMIN);
        big = fixtures.team("Engaged big", fixtures.userId(manager));
        small = fixtures.team("Engaged small", fixtures.userId(manager));
        quiet = fixtures.team("Engaged quiet", fixtures.userId(manager));
        List<String> bigAgents = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            bigAgents.add(fixtures.user("te-big", big, Roles.AGENT));
        }
        List<String> smallAgents = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            smallAgents.add(fixtures.user("te-small", small, Roles.AGENT));
        }
        fixtures.user("te-quiet", quiet, Roles.AGENT);
        bigAgent = bigAgents.getFirst();

        firstWave = engagement.openWave(big);
        int[] agreedFirst = {4, 5, 5, 6, 6, 7};
        int[] enpsFirst = {9, 8, 7, 6, 5, 10};
        for (int i = 0; i < 6; i++) {
            engagement.answerAgreeing(bigAgents.get(i), firstWave, agreedFirst[i], enpsFirst[i]);
        }
        engagement.closeWave(firstWave);
        secondWave = engagement.nextWave(firstWave);
        int[] agreedSecond = {6, 7, 7, 8, 8, 9};
        int[] enpsSecond = {10, 9, 9, 8, 7, 3};
        for (int i = 0; i < 6; i++) {
            engagement.answerAgreeing(bigAgents.get(i), secondWave, agreedSecond[i], enpsSecond[i]);
        }
        engagement.closeWave(secondWave);
        fixtures.signIn(bigAgents.getFirst());
        title = pulses.form(secondWave).wave().surveyTitle();
        fixtures.signOut();

        long smallWave = engagement.openWave(small);
        smallAgents.forEach(a -> engagement.answerAgreeing(a, smallWave, 9, 10));
        engagement.closeWave(smallWave);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String span(String id) {
        return text(find(Span.class).withId(id).single());
    }

    private String panel() {
        return text(find(Div.class).withId("team-engagement").single());
    }

    @Test
    void manager_sees_the_teams_index_and_enps_with_n_interval_and_change_from_the_previous_wave() {
        signIn(manager);
        open("dashboard/" + big);

        assertThat(span("engagement-wave")).startsWith("Latest pulse survey: " + title + " · wave 2 · ");
        assertThat(span("engagement-index-value")).isEqualTo("83%");
        assertThat(span("engagement-index-interval")).matches("95% CI \\d+% to \\d+%");
        assertThat(span("engagement-index-n")).isEqualTo("n = 6");
        assertThat(span("engagement-index-change")).isEqualTo("+22 points since the previous wave (then 61%)");
        assertThat(span("engagement-enps-value")).isEqualTo("+33");
        assertThat(span("engagement-enps-interval")).matches("95% CI [−+]?\\d+ to \\+\\d+");
        assertThat(span("engagement-enps-n")).isEqualTo("n = 6");
        assertThat(span("engagement-enps-change")).isEqualTo("+33 since the previous wave (then 0)");
        assertThat(span("engagement-rate-value")).isEqualTo("100%");
        assertThat(span("engagement-rate-detail")).isEqualTo("6 of 6 asked answered");
        assertThat(find(Anchor.class).withId("engagement-results-link").single().getHref())
                .isEqualTo("engagement/results?wave=" + secondWave);

        TeamEngagement shown = dashboards.engagement(big);
        assertThat(shown.wave().id()).isEqualTo(secondWave);
        assertThat(shown.threshold()).isEqualTo(5);
        assertThat(shown.team().previous().respondents()).isEqualTo(6);
    }

    @Test
    void a_team_below_the_threshold_shows_why_it_is_hidden_and_no_number() {
        signIn(manager);
        open("dashboard/" + small);

        assertThat(text(find(Paragraph.class).withId("engagement-hidden").single()))
                .isEqualTo("Fewer than 5 responses: hidden to protect confidentiality.");
        assertThat(find(Span.class).withId("engagement-index-value").all()).isEmpty();
        assertThat(find(Span.class).withId("engagement-enps-value").all()).isEmpty();
        assertThat(find(Span.class).withId("engagement-rate-value").all()).as("three asked: not even the rate")
                .isEmpty();
        assertThat(panel()).doesNotContain("%").doesNotContain("n = ").doesNotContain("eNPS");
        TeamEngagement hidden = dashboards.engagement(small);
        assertThat(hidden.team().figuresShown()).isEqualTo(Visibility.TOO_FEW);
        assertThat(hidden.team().figures()).isNull();
    }

    @Test
    void a_team_no_survey_asked_says_so_and_links_to_the_results() {
        signIn(manager);
        open("dashboard/" + quiet);

        assertThat(text(find(Paragraph.class).withId("engagement-none").single())).isEqualTo(EngagementCard.NONE);
        assertThat(find(Anchor.class).withId("engagement-results-link").single().getHref())
                .isEqualTo("engagement/results");
        assertThat(dashboards.engagement(quiet)).isNull();
    }

    @Test
    void the_card_stays_when_the_period_changes_as_the_latest_wave_does_not_depend_on_it() {
        signIn(manager);
        open("dashboard/" + big);
        test(find(com.vaadin.flow.component.button.Button.class).withId("period-previous").single()).click();

        assertThat(span("engagement-index-value")).isEqualTo("83%");
        assertThat(span("engagement-wave")).contains(" · wave 2 · ");
    }

    @Test
    void another_manager_is_refused_the_teams_engagement_and_an_unknown_team_is_not_found() {
        String other = fixtures.user("te-other-manager", null, Roles.MANAGER);
        fixtures.team("Engaged elsewhere", fixtures.userId(other));
        signIn(other);
        assertThatThrownBy(() -> dashboards.engagement(big)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.engagement(987_654_321L)).isInstanceOf(NotFoundException.class);
        signIn(bigAgent);
        assertThatThrownBy(() -> dashboards.engagement(big)).as("an agent of the team")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void hr_and_administrators_see_the_team_the_picker_chooses() {
        signIn(hr);
        open("dashboard/" + big);
        assertThat(span("engagement-index-value")).isEqualTo("83%");
        ComboBox<TeamSummary> picker = find(ComboBox.class).withId("team-picker").single();
        picker.setValue(picker.getListDataView().getItems().filter(t -> t.id() == small).findFirst().orElseThrow());
        assertThat(text(find(Paragraph.class).withId("engagement-hidden").single()))
                .startsWith("Fewer than 5 responses");
        assertThat(find(Span.class).withId("engagement-index-value").all()).isEmpty();

        signIn(admin);
        open("dashboard/" + big);
        assertThat(span("engagement-enps-value")).isEqualTo("+33");
    }
}
