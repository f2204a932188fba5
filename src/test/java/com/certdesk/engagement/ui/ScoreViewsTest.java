package com.certdesk.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.engagement.ScoreResults.Group;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.certdesk.engagement.ScoreResults.Survey;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/** HR imports engagement scores in the browser, all or nothing; managers read their teams' results where allowed. */
class ScoreViewsTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;

    private String hr;
    private String manager;
    private long team;
    private long small;
    private final List<String> agents = new ArrayList<>();
    private final List<String> smallAgents = new ArrayList<>();
    private String measure;
    private final LocalDate date = LocalDate.now().minusDays(7);

    @BeforeEach
    void aBigAndASmallTeam() {
        hr = fixtures.user("sv-hr", null, Roles.HR);
        manager = fixtures.user("sv-manager", null, Roles.MANAGER);
        team = fixtures.team("Score view team", fixtures.userId(manager));
        small = fixtures.team("Score view small", fixtures.userId(manager));
        for (int i = 0; i < 6; i++) {
            agents.add(fixtures.user("sv-agent", team, Roles.AGENT));
        }
        for (int i = 0; i < 3; i++) {
            smallAgents.add(fixtures.user("sv-small", small, Roles.AGENT));
        }
        measure = Fixtures.unique("Engagement");
    }

    private byte[] file(String extraLine) {
        StringBuilder csv = new StringBuilder("person_email,survey_date,measure,score,scale_min,scale_max\n");
        agents.forEach(a -> csv.append(a).append("@example.test,").append(date).append(',').append(measure)
                .append(",4,1,5\n"));
        smallAgents.forEach(a -> csv.append(a).append("@example.test,").append(date).append(',').append(measure)
                .append(",2,1,5\n"));
        return (csv + extraLine).getBytes(StandardCharsets.UTF_8);
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from engagement_score where measure = ?", Long.class, measure);
    }

    private void upload(String name, byte[] content) {
        test(find(Upload.class).withId("score-upload").single()).upload(name, "text/csv", content);
    }

    @Test
    void hr_checks_a_file_sees_its_problems_by_line_and_imports_the_corrected_one() {
        signIn(hr);
        open("engagement/scores/import");
        upload("bad.csv", file("nobody@example.test," + date + "," + measure + ",4,1,5\n"));
        assertThat(text(find(Div.class).withId("score-problems").single())).contains("nothing was imported")
                .contains("Line 11").contains("matches no user");
        assertThat(find(Button.class).withId("score-import-confirm").all()).as("nothing to confirm").isEmpty();
        assertThat(stored()).isZero();

        upload("good.csv", file(""));
        assertThat(text(find(Div.class).withId("score-summary").single())).contains("9 scores of 9 people will be "
                + "imported");
        @SuppressWarnings("unchecked")
        Grid<com.certdesk.engagement.ScoreImportCheck.SurveyCount> surveys = find(Grid.class).withId("score-surveys")
                .single();
        assertThat(surveys.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(s -> assertThat(s.measure() + " " + s.scores()).isEqualTo(measure + " 9"));
        Button confirm = find(Button.class).withId("score-import-confirm").single();
        assertThat(confirm.getText()).isEqualTo("Import 9 scores");
        test(confirm).click();
        assertThat(stored()).isEqualTo(9);
        assertThat(text(find(Div.class).withId("score-imported").single())).contains("9 scores of 9 people imported");

        upload("good.csv", file(""));
        assertThat(text(find(Div.class).withId("score-outcome").single())).contains("already stored")
                .contains("nothing to import");
    }

    @Test
    void the_manager_sees_the_small_team_hidden_and_the_team_of_six_hidden_with_it() {
        signIn(hr);
        open("engagement/scores/import");
        upload("scores.csv", file(""));
        test(find(Button.class).withId("score-import-confirm").single()).click();

        signIn(manager);
        open("engagement/scores");
        @SuppressWarnings("unchecked")
        Grid<Group> table = find(Grid.class).withId("scores-table").single();
        List<Group> rows = table.getGenericDataView().getItems().toList();
        assertThat(rows.getFirst().people()).isEqualTo(9);
        assertThat(rows.getFirst().mean().value()).isEqualTo((6 * 4.0 + 3 * 2.0) / 9);
        assertThat(rows).filteredOn(g -> g.teamId() != null).extracting(Group::teamId)
                .containsExactlyInAnyOrder(team, small);
        assertThat(rows).filteredOn(g -> g.teamId() != null).allSatisfy(g -> assertThat(g.mean()).isNull());
        assertThat(rows.stream().filter(g -> g.teamId() != null && g.teamId() == small).findFirst().orElseThrow()
                .shown().reason(5, "people scored")).isEqualTo("Fewer than 5 people scored: hidden to protect "
                        + "confidentiality.");
        assertThat(find(Button.class).withId("scores-import-link").all()).as("importing is for HR").isEmpty();
        assertThat(open("engagement/scores/import")).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void a_file_over_the_limit_is_refused_with_a_message_naming_the_limit() {
        signIn(hr);
        open("engagement/scores/import");
        byte[] tooLarge = new byte[25 * 1024 * 1024];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        upload("big.csv", tooLarge);
        assertThat(text(find(Div.class).withId("score-problems").single())).contains("larger than the limit of 20 MB");
        assertThat(find(Button.class).withId("score-import-confirm").all()).isEmpty();
    }

    @Test
    void undoing_an_import_another_tab_undid_says_so_and_deletes_nothing_else() {
        signIn(hr);
        open("engagement/scores/import");
        upload("scores.csv", file(""));
        test(find(Button.class).withId("score-import-confirm").single()).click();
        long first = jdbc.queryForObject("select max(import_id) from engagement_score where measure = ?", Long.class,
                measure);
        String other = measure;
        measure = Fixtures.unique("Wellbeing");
        open("engagement/scores/import");
        upload("other.csv", file(""));
        test(find(Button.class).withId("score-import-confirm").single()).click();
        // another tab undoes the first import while this one still lists it
        jdbc.update("delete from engagement_import where id = ?", first);
        @SuppressWarnings("unchecked")
        Grid<com.certdesk.engagement.ScoreImportSummary> list = find(Grid.class).withId("score-imports").single();
        int row = java.util.stream.IntStream.range(0, test(list).size()).filter(i -> test(list).getRow(i).id() == first)
                .findFirst().orElseThrow();
        test((Button) test(list).getCellComponent(row, 5)).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).withId("undo-import-dialog").single();
        assertThat(test(dialog).getText()).contains("The 9 scores imported from scores.csv will be deleted")
                .doesNotContain("4.0");
        test(dialog).confirm();
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("may have been deleted already"));
        assertThat(stored()).as("the other import is untouched").isEqualTo(9);
        assertThat(list.getGenericDataView().getItems()).as("the list is refreshed").noneMatch(i -> i.id() == first);
        assertThat(jdbc.queryForObject("select count(*) from engagement_score where measure = ?", Long.class, other))
                .isZero();
    }

    @Test
    void the_results_and_the_phone_cards_show_only_group_means_never_a_score() {
        signIn(hr);
        open("engagement/scores/import");
        upload("scores.csv", file(""));
        test(find(Button.class).withId("score-import-confirm").single()).click();
        String page = text(find(Div.class).withId("score-outcome").single())
                + text(find(Grid.class).withId("score-imports").single());
        assertThat(page).doesNotContain("4.0").doesNotContain("2.0");

        signIn(manager);
        open("engagement/scores");
        String cards = text(find(Div.class).withId("scores-cards").single());
        // 6 at 4 and 3 at 2: everyone is shown (3.33), both teams are hidden, the small one's 2 is nowhere
        assertThat(cards).contains("3.33").contains("n = 9").doesNotContain("4.00").doesNotContain("2.00")
                .contains("Fewer than 5 people scored");
    }

    @Test
    void choosing_a_survey_whose_import_another_tab_undid_says_so_instead_of_failing() {
        signIn(hr);
        open("engagement/scores/import");
        upload("scores.csv", file(""));
        test(find(Button.class).withId("score-import-confirm").single()).click();
        measure = Fixtures.unique("Wellbeing");
        String first = measure; // listed second (after Engagement), so choosing it is a change
        open("engagement/scores/import");
        upload("other.csv", file(""));
        test(find(Button.class).withId("score-import-confirm").single()).click();

        open("engagement/scores");
        @SuppressWarnings("unchecked")
        Select<Survey> survey = find(Select.class).withId("scores-survey").single();
        Survey gone = survey.getListDataView().getItems().filter(s -> s.measure().equals(first)).findFirst()
                .orElseThrow();
        jdbc.update("delete from engagement_import where id in (select import_id from engagement_score where "
                + "measure = ?)", first);
        test(survey).selectItem(survey.getItemLabelGenerator().apply(gone));
        assertThat(text(find(Paragraph.class).withId("scores-note").single())).contains("no longer");
        assertThat(survey.getListDataView().getItems()).noneMatch(s -> s.measure().equals(first));
    }

    @Test
    void hr_and_administrators_reach_both_pages_and_a_manager_without_teams_sees_no_results() {
        for (String who : List.of(hr, fixtures.user("sv-admin", null, Roles.ADMIN))) {
            signIn(who);
            assertThat(open("engagement/scores/import")).isNotInstanceOf(AccessDeniedView.class);
            assertThat(open("engagement/scores")).isNotInstanceOf(AccessDeniedView.class);
        }
        signIn(hr);
        open("engagement/scores/import");
        upload("scores.csv", file(""));
        test(find(Button.class).withId("score-import-confirm").single()).click();
        signIn(fixtures.user("sv-lone-manager", null, Roles.MANAGER));
        open("engagement/scores");
        assertThat(find(Grid.class).withId("scores-table").all()).isEmpty();
        assertThat(text(find(ImportedScoresView.class).single())).contains("have been imported for your "
                + "teams").doesNotContain(measure);
    }

    @Test
    void agents_reach_neither_results_nor_the_import() {
        signIn(agents.getFirst());
        assertThat(open("engagement/scores")).isInstanceOf(AccessDeniedView.class);
        assertThat(open("engagement/scores/import")).isInstanceOf(AccessDeniedView.class);
    }
}
