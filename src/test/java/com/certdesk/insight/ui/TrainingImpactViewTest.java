package com.certdesk.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Training impact page: who may ask about what, and what it says without enough data. */
class TrainingImpactViewTest extends UiTest {

    @org.springframework.beans.factory.annotation.Autowired
    com.certdesk.certification.CertificationFixtures certs;

    @SuppressWarnings("unchecked")
    private List<String> teamChoices() {
        Select<TeamSummary> team = find(Select.class).withId("impact-team").single();
        return team.getListDataView().getItems().map(TeamSummary::name).toList();
    }

    @Test
    void a_manager_chooses_among_their_own_teams_only() {
        String manager = fixtures.user("impact-manager", null, Roles.MANAGER);
        long team = fixtures.team("Impact team", fixtures.userId(manager));
        fixtures.team("Impact not theirs");
        fixtures.user("impact-agent", team, Roles.AGENT);
        signIn(manager);
        open("impact");
        assertThat(teamChoices()).singleElement().asString().startsWith("Impact team");
    }

    @Test
    void hr_also_chooses_the_whole_organization() {
        fixtures.team("Impact other team");
        signIn(fixtures.user("impact-hr", null, Roles.HR));
        open("impact");
        assertThat(teamChoices()).first().isEqualTo("Whole organization");
        assertThat(teamChoices()).anyMatch(n -> n.startsWith("Impact other team"));
    }

    @Test
    void without_enough_ratings_it_says_what_is_missing_and_shows_no_number() {
        // a program, so that the page opens on one whatever other tests left in the database
        certs.program("Impact program", 12, 30, null, certs.moduleWithQuiz("Impact module"));
        signIn(fixtures.user("impact-hr2", null, Roles.HR));
        open("impact");
        var shown = find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
        if (find(Select.class).withId("impact-program").single().getValue() == null) {
            assertThat(shown).contains("There is no certification program yet.");
            return;
        }
        assertThat(find(Paragraph.class).withId("impact-sentence").single().getText())
                .startsWith("Not enough data yet: ").contains("more certified agent");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("impact-cards").all()).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("impact-caveats").single()).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_engagement_index_without_enough_respondents_says_so_and_offers_no_channel_adjustment() {
        certs.program("Impact engagement program", 12, 30, null, certs.moduleWithQuiz("Impact engagement module"));
        signIn(fixtures.user("impact-hr3", null, Roles.HR));
        open("impact");
        var metric = (Select<TrainingImpactView.Metric>) find(Select.class).withId("impact-measure").single();
        if (find(Select.class).withId("impact-program").single().getValue() == null) {
            return;
        }
        test(metric).selectItem("Engagement index (pulse surveys)");
        assertThat(find(Paragraph.class).withId("impact-sentence").single().getText())
                .startsWith("Not enough data yet: ");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("impact-cards").all()).isEmpty();
        assertThat(find(Paragraph.class).withId("impact-method").single().getText()).contains("group figures only")
                .contains("never a person's answers");
        assertThat(find(com.vaadin.flow.component.checkbox.Checkbox.class).withId("impact-within-channel").single()
                .isEnabled()).isFalse();
        assertThat(find(com.vaadin.flow.component.grid.Grid.class).withId("impact-table").all()).isEmpty();
    }

    @Test
    void the_team_dashboard_links_to_it_for_its_team_and_the_link_opens_that_team() {
        String manager = fixtures.user("impact-manager3", null, Roles.MANAGER);
        fixtures.team("Impact first", fixtures.userId(manager));
        long second = fixtures.team("Impact second", fixtures.userId(manager));
        signIn(manager);
        open("dashboard/" + second);
        String href = find(com.vaadin.flow.component.html.Anchor.class).withId("impact-link").single().getHref();
        assertThat(href).isEqualTo("impact?team=" + second);
        com.vaadin.flow.component.UI.getCurrent().navigate("impact",
                com.vaadin.flow.router.QueryParameters.of("team", String.valueOf(second)));
        roundTrip();
        @SuppressWarnings("unchecked")
        Select<TeamSummary> team = find(Select.class).withId("impact-team").single();
        assertThat(team.getValue().id()).isEqualTo(second);
    }

    @Test
    void agents_cannot_open_it() {
        signIn(fixtures.user("impact-agent2", null, Roles.AGENT));
        assertThat(open("impact")).isInstanceOf(AccessDeniedView.class);
    }
}
