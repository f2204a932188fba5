package com.certdesk.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.TestClock;
import com.certdesk.UiTest;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.base.ui.LineChart;
import com.certdesk.base.ui.RecordNotFoundView;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.DashboardFixtures;
import com.certdesk.insight.EvaluationPlan;
import com.certdesk.insight.PlannedEvaluationService;
import com.certdesk.insight.internal.EvaluationStore;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The planned-evaluation pages: plan, preview, register, then the registered plan and its analysis; who may. */
class PlannedEvaluationViewsTest extends UiTest {

    @Autowired
    CertificationFixtures certs;
    @Autowired
    DashboardFixtures dashboard;
    @Autowired
    PlannedEvaluationService evaluations;
    @Autowired
    EvaluationStore store;
    @Autowired
    OrganizationTime time;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A manager with a team of four agents and a program; returns the manager's username. */
    private String managerWithTeam(String name, ProgramSummary[] program) {
        String manager = fixtures.user(name + "-manager", null, Roles.MANAGER);
        long team = fixtures.team(name + " team", fixtures.userId(manager));
        for (int i = 0; i < 4; i++) {
            fixtures.user(name + "-agent" + i, team, Roles.AGENT);
        }
        program[0] = certs.program(name + " program", 24, 30, null, certs.moduleWithQuiz(name + " module"));
        return manager;
    }

    @SuppressWarnings("unchecked")
    private void fillIn(String title, ProgramSummary program) {
        test(find(TextField.class).withId("plan-title").single()).setValue(title);
        Select<ProgramSummary> choice = find(Select.class).withId("plan-program").single();
        choice.setValue(choice.getListDataView().getItems().filter(p -> p.id() == program.id()).findFirst()
                .orElseThrow());
        CheckboxGroup<TeamSummary> teams = find(CheckboxGroup.class).withId("plan-teams").single();
        teams.setValue(Set.copyOf(teams.getListDataView().getItems().toList()));
    }

    @Test
    void a_manager_previews_the_waves_registers_and_sees_the_plan_as_registered() {
        ProgramSummary[] program = new ProgramSummary[1];
        signIn(managerWithTeam("plan-ui", program));
        open("impact/evaluations");
        test(find(Button.class).withId("evaluations-plan").single()).click();
        assertThat(getCurrentView()).isInstanceOf(PlanEvaluationView.class);
        fillIn("Empathy rollout", program[0]);
        assertThat(find(Button.class).withId("plan-register").all()).as("not before the preview").isEmpty();
        test(find(Button.class).withId("plan-preview-button").single()).click();

        assertThat(find(Paragraph.class).withId("plan-preview-counts").single().getText())
                .startsWith("4 agents take part. Left out: 0 already certified");
        assertThat(find(Grid.class).withId("plan-preview-waves").single().getListDataView().getItemCount())
                .isEqualTo(2);
        assertThat(find(Paragraph.class).withId("plan-fixed-warning").single().getText())
                .contains("cannot be changed");
        test(find(Button.class).withId("plan-register").single()).click();

        assertThat(getCurrentView()).isInstanceOf(EvaluationView.class);
        assertThat(find(Paragraph.class).withId("evaluation-registered").single().getText())
                .startsWith("Registered on ").contains("by Test plan-ui-manager").endsWith("Rolling out.");
        String plan = text(find(com.vaadin.flow.component.html.DescriptionList.class).withId("evaluation-plan")
                .single());
        assertThat(plan).contains(program[0].name()).contains("CSAT").contains("90 days before")
                .contains("10 ratings per agent").contains("2 waves, 8 weeks apart").contains("Random seed");
        assertThat(find(Paragraph.class).withId("impact-sentence").single().getText())
                .startsWith("Not enough data yet").contains("The first result can be expected from");
        assertThat(find(Paragraph.class).withId("evaluation-apart").single().getText())
                .contains("separate from the exploratory Training impact page");
        assertThat(find(RouterLink.class).withId("evaluation-impact-link").single().getHref()).isEqualTo("impact");

        open("impact/evaluations");
        assertThat(text(find(Grid.class).withId("evaluations-grid").single())).isNotNull();
        @SuppressWarnings("unchecked")
        Grid<com.certdesk.insight.PlannedEvaluation> grid = find(Grid.class).withId("evaluations-grid").single();
        assertThat(grid.getLazyDataView().getItems().map(e -> e.title())).contains("Empathy rollout");
    }

    @Test
    void a_plan_registered_within_channel_says_so_and_is_withdrawn_with_its_reason_before_its_first_wave() {
        ProgramSummary[] program = new ProgramSummary[1];
        signIn(managerWithTeam("plan-ui-withdraw", program));
        open("impact/evaluations/new");
        fillIn("Channel rollout", program[0]);
        test(find(Checkbox.class).withId("plan-within-channel").single()).click();
        test(find(Button.class).withId("plan-preview-button").single()).click();
        assertThat(find(Paragraph.class).withId("plan-fixed-warning").single().getText())
                .contains("withdrawn, with a reason that stays shown, only until the first wave is due");
        test(find(Button.class).withId("plan-register").single()).click();
        assertThat(text(find(DescriptionList.class).withId("evaluation-plan").single()))
                .contains("within each channel");

        test(find(Button.class).withId("evaluation-withdraw").single()).click();
        test(find(Button.class).withId("withdraw-confirm").single()).click();
        assertThat(text(find(Paragraph.class).withId("withdraw-error").single())).contains("Say why");
        assertThat(find(Button.class).withId("withdraw-confirm").single().isEnabled()).as("can try again").isTrue();
        test(find(TextArea.class).withId("withdraw-reason").single()).setValue("Budget moved to next year.");
        test(find(Button.class).withId("withdraw-confirm").single()).click();

        assertThat(find(Dialog.class).all()).noneMatch(Dialog::isOpened);
        assertThat(find(Paragraph.class).withId("evaluation-registered").single().getText()).endsWith("Withdrawn.");
        assertThat(find(Paragraph.class).withId("evaluation-withdrawn").single().getText())
                .contains("by Test plan-ui-withdraw-manager").contains("\u201cBudget moved to next year.\u201d 4 assignments")
                .contains("4 assignments were removed");
        assertThat(find(Paragraph.class).withId("impact-sentence").single().getText()).startsWith("No result");
        assertThat(find(Button.class).withId("evaluation-withdraw").all()).isEmpty();
    }

    @Test
    void a_ready_evaluation_shows_its_result_month_by_month_and_by_wave_each_once() {
        String manager = fixtures.user("plan-ui-ready-manager", null, Roles.MANAGER);
        long team = fixtures.team("plan-ui-ready team", fixtures.userId(manager));
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            agents.add(fixtures.user("plan-ui-ready-agent" + i, team, Roles.AGENT));
        }
        long module = certs.moduleWithQuiz("plan-ui-ready module");
        ProgramSummary program = certs.program("plan-ui-ready program", 24, 30, null, module);
        signIn(manager);
        EvaluationPlan plan = new EvaluationPlan(UUID.randomUUID().toString(), "Ready rollout", program.id(),
                Measure.CSAT, 60, 7, 30, 3, 5, Set.of(team), 2, 52, time.today().plusDays(14), false);
        long id = evaluations.register(plan);
        Set<Long> firstWave = store.agents(id).stream().filter(a -> a.wave() == 0)
                .map(EvaluationStore.StoredAgent::userId).collect(Collectors.toSet());
        agents.stream().filter(a -> firstWave.contains(fixtures.userId(a)))
                .forEach(a -> certs.learnAndPass(a, module, 2));
        dashboard.ratingsAroundMonth(agents, a -> firstWave.contains(fixtures.userId(a)),
                YearMonth.from(time.today()));
        signIn(manager);

        open("impact/evaluations/" + id);
        assertThat(find(Paragraph.class).withId("evaluation-registered").single().getText())
                .endsWith("Analysis ready.");
        assertThat(find(Paragraph.class).withId("impact-sentence").single().getText())
                .startsWith("CSAT of certified agents rose");
        assertThat(find(LineChart.class).withId("impact-chart").all()).hasSize(1);
        assertThat(find(Grid.class).withId("impact-table").all()).hasSize(1);
        assertThat(find(Paragraph.class).withId("wave-sentence").single().getText())
                .startsWith("CSAT of agents whose wave was due rose");
        assertThat(find(Paragraph.class).withId("wave-method").single().getText())
                .contains("agent whose wave was due").contains("their wave's due date");
        assertThat(find(Button.class).withId("evaluation-withdraw").all()).as("its first wave is due").isEmpty();
    }

    @Test
    void a_plan_without_a_title_says_so_and_cannot_be_registered() {
        ProgramSummary[] program = new ProgramSummary[1];
        signIn(managerWithTeam("plan-ui-bad", program));
        open("impact/evaluations/new");
        fillIn("", program[0]);
        test(find(Button.class).withId("plan-preview-button").single()).click();
        assertThat(text(find(Paragraph.class).withId("plan-error").single())).contains("Give the evaluation a title.");
        assertThat(find(Button.class).withId("plan-register").all()).isEmpty();
    }

    @Test
    void the_training_impact_page_links_to_the_planned_evaluations() {
        signIn(fixtures.user("plan-ui-hr", null, Roles.HR));
        open("impact");
        assertThat(find(RouterLink.class).withId("evaluations-link").single().getHref())
                .isEqualTo("impact/evaluations");
    }

    @Test
    void agents_are_denied_and_a_wrong_id_is_not_found() {
        signIn(fixtures.user("plan-ui-agent", null, Roles.AGENT));
        assertThat(open("impact/evaluations")).isInstanceOf(AccessDeniedView.class);
        assertThat(open("impact/evaluations/new")).isInstanceOf(AccessDeniedView.class);
        signIn(fixtures.user("plan-ui-hr2", null, Roles.HR));
        assertThat(open("impact/evaluations/999999999")).isInstanceOf(RecordNotFoundView.class);
    }
}
