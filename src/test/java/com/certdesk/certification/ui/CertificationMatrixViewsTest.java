package com.certdesk.certification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.TestClock;
import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.certification.AssignmentDraft;
import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.AssignmentService;
import com.certdesk.certification.CertStatus;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.MatrixRow;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SuppressWarnings("unchecked")
class CertificationMatrixViewsTest extends UiTest {

    @Autowired
    CertificationFixtures certs;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestClock clock;
    @Autowired
    com.certdesk.people.TeamService teams;

    String manager;
    long team;
    String teamName;
    String alice;
    String bob;
    String carol;
    long moduleId;
    ProgramSummary program;

    @BeforeEach
    void setUp() {
        manager = fixtures.user("mv-manager", null, Roles.MANAGER);
        team = fixtures.team("View team", fixtures.userId(manager));
        alice = fixtures.user("mv-alice", team, Roles.AGENT);
        bob = fixtures.user("mv-bob", team, Roles.AGENT);
        carol = fixtures.user("mv-carol", team, Roles.AGENT);
        moduleId = certs.moduleWithQuiz("View module");
        program = certs.program("View program", 12, 30, null, moduleId);
        certs.learnAndPass(bob, moduleId, 2);
        teamName = SystemAuthentication.callAsSystem(teams::visibleTeams).stream().filter(t -> t.id() == team)
                .findFirst().orElseThrow().name();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Grid<MatrixRow> matrixGrid() {
        return find(Grid.class).withId("matrix-grid").single();
    }

    private <T> void choose(String selectId, T value) {
        ((Select<T>) find(Select.class).withId(selectId).single()).setValue(value);
    }

    private List<String> agentNames() {
        var grid = test(matrixGrid());
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).displayName()).toList();
    }

    private String cellText(int row) {
        return test(matrixGrid()).getLitRendererPropertyValue(row, "program-" + program.id(), "text", String.class);
    }

    private String name(String username) {
        return "Test " + username;
    }

    @Test
    void changing_the_status_filter_changes_the_rows_and_the_counts() {
        signIn(manager);
        open("certification");
        choose("program-filter", program);

        assertThat(agentNames()).containsExactly(name(alice), name(bob), name(carol));
        assertThat(text(find(com.vaadin.flow.component.html.NativeButton.class).withId("count-status-certified").single())).isEqualTo("Certified 1");
        assertThat(text(find(com.vaadin.flow.component.html.NativeButton.class).withId("count-status-not-assigned").single())).isEqualTo("Not assigned 2");

        choose("status-filter", CertStatus.CERTIFIED);
        assertThat(agentNames()).containsExactly(name(bob));
        assertThat(cellText(0)).isEqualTo("Certified · " + StatusChips.date(today().plusMonths(12).minusDays(1)));
        assertThat(test(matrixGrid()).getLitRendererPropertyValue(0, "program-" + program.id(), "title", String.class))
                .startsWith("Certified until ");

        choose("status-filter", CertStatus.NOT_ASSIGNED);
        assertThat(agentNames()).containsExactly(name(alice), name(carol));

        test(find(TextField.class).withId("name-filter").single()).setValue("MV-CAROL");
        assertThat(agentNames()).containsExactly(name(carol));

        choose("status-filter", CertStatus.OVERDUE);
        assertThat(agentNames()).isEmpty();
    }

    @Test
    void manager_assigns_a_program_to_the_team_and_every_agent_not_yet_certified_shows_not_started() {
        signIn(manager);
        open("certification");
        test(find(Button.class).withId("assign-button").single()).click();
        test((Select<ProgramSummary>) find(Select.class).withId("assign-program").single()).selectItem(program.name());
        LocalDate due = today().plusDays(20);
        test(find(DatePicker.class).withId("assign-due").single()).setValue(due);
        test(find(Button.class).withId("assign-save").single()).click();

        String dueText = StatusChips.date(due);
        assertThat(notifications()).anyMatch(n -> n.startsWith("Assigned " + program.name() + " to the team " + teamName)
                && n.endsWith(", due " + dueText + "."));
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).withId("assign-dialog").all()).isEmpty();

        choose("program-filter", program);
        assertThat(cellText(0)).isEqualTo("Not started · " + dueText);
        assertThat(cellText(1)).as("bob is certified already").startsWith("Certified · ");
        assertThat(cellText(2)).isEqualTo("Not started · " + dueText);

        test(find(TabSheet.class).withId("matrix-tabs").single()).select("Assignments");
        var listed = test((Grid<com.certdesk.certification.AssignmentView>) find(Grid.class).withId("assignments-grid")
                .single());
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.getRow(0).targetTitle()).isEqualTo(program.name());
        assertThat(listed.getRow(0).dueOn()).isEqualTo(due);
    }

    @Test
    void the_assign_dialog_says_what_is_missing_and_saves_nothing() {
        signIn(manager);
        open("certification");
        test(find(Button.class).withId("assign-button").single()).click();
        test((RadioButtonGroup<AssignmentKind>) find(RadioButtonGroup.class).withId("assign-kind").single())
                .selectItem("A single module");
        test((RadioButtonGroup<Object>) find(RadioButtonGroup.class).withId("assign-target").single())
                .selectItem("Chosen agents");
        test(find(Button.class).withId("assign-save").single()).click();

        var moduleField = find(Select.class).withId("assign-module").single();
        assertThat(moduleField.isInvalid()).isTrue();
        assertThat(moduleField.getErrorMessage()).isEqualTo("Choose a module.");
        var agentsField = find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).withId("assign-agents")
                .single();
        assertThat(agentsField.isInvalid()).isTrue();
        assertThat(agentsField.getErrorMessage()).contains("Choose at least one agent");
        assertThat(find(Paragraph.class).withId("assign-error").all())
                .as("each problem is said once, at its field").isEmpty();
        assertThat(find(Button.class).withId("assign-save").single().isEnabled()).as("ready for another try").isTrue();
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).withId("assign-dialog").all()).hasSize(1);
        assertThat(SystemAuthentication.callAsSystem(() -> assignments.forTeam(team))).isEmpty();
    }

    @Test
    void removing_an_assignment_asks_first_and_keeps_earned_certificates() {
        fixtures.signIn(manager);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team, today().plusDays(9)));
        open("certification");
        test(find(TabSheet.class).withId("matrix-tabs").single()).select("Assignments");
        long id = assignments.forTeam(team).getFirst().id();

        var listed = (Grid<com.certdesk.certification.AssignmentView>) find(Grid.class).withId("assignments-grid").single();
        var actions = test(listed).getCellComponent(0, "actions");
        var remove = actions.getChildren().filter(c -> ("remove-assignment-" + id).equals(c.getId().orElse("")))
                .findFirst().orElseThrow();
        test((Button) remove).click();
        var confirm = find(ConfirmDialog.class).withId("confirm-remove").single();
        assertThat(confirm.getElement().getProperty("message", "")).contains("Certificates already earned stay valid");
        test(confirm).confirm();

        assertThat(assignments.forTeam(team)).isEmpty();
        assertThat(SystemAuthentication.callAsSystem(() -> certificates.of(fixtures.userId(bob)))).hasSize(1);
    }

    @Test
    void clicking_an_agent_opens_their_record() {
        signIn(manager);
        open("certification");
        choose("program-filter", program);
        test(matrixGrid()).invokeLitRendererFunction(1, MatrixGrid.AGENT_COLUMN, "open");

        var record = find(AgentRecordDialog.class).single();
        assertThat(record.getHeaderTitle()).isEqualTo(name(bob));
        String shown = text(record);
        assertThat(shown).contains("Programs (").contains("Quiz attempts (1)").contains("Certificates (1)");
    }

    @Test
    void hr_sees_the_matrix_but_cannot_assign_and_agents_cannot_open_it() {
        String hr = fixtures.user("mv-hr", null, Roles.HR);
        signIn(hr);
        open("certification");
        test((Select<Object>) find(Select.class).withId("team-filter").single()).selectItem(teamName);
        choose("program-filter", program);
        assertThat(agentNames()).containsExactly(name(alice), name(bob), name(carol));
        assertThat(find(Button.class).withId("assign-button").all()).as("no visible Assign button").isEmpty();
        assertThatThrownBy(() -> assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team,
                today().plusDays(5)))).isInstanceOf(AccessDeniedException.class);

        signIn(alice);
        assertThat(open("certification")).isInstanceOf(AccessDeniedView.class);
        assertThat(open("certification/due")).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void a_manager_without_a_team_is_told_so() {
        signIn(fixtures.user("mv-lonely", null, Roles.MANAGER));
        open("certification");
        assertThat(text(find(com.vaadin.flow.component.html.Div.class).withId("no-teams").single()))
                .contains("You don't manage a team yet");
        open("certification/due");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("no-teams").all()).hasSize(1);
    }

    @Test
    void new_due_date_takes_an_overdue_agent_off_the_overdue_list() {
        fixtures.signIn(manager);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team, today().plusDays(2)));
        clock.advance(Duration.ofDays(5));
        signIn(manager);
        open("certification/due");
        test(find(TabSheet.class).withId("due-tabs").single()).select(1);
        var overdue = test((Grid<com.certdesk.certification.DueItem>) find(Grid.class).withId("overdue-grid").single());
        assertThat(overdue.size()).isEqualTo(2);
        assertThat(overdue.getRow(0).displayName()).isEqualTo(name(alice));

        test((Button) overdue.getCellComponent(0, "actions")).click();
        var date = find(DatePicker.class).withId("new-due-date").single();
        assertThat(date.getValue()).isEqualTo(today().plusDays(14));
        test(find(Button.class).withId("save-due-date").single()).click();

        assertThat(overdue.size()).isEqualTo(1);
        assertThat(overdue.getRow(0).displayName()).isEqualTo(name(carol));
        assertThat(notifications()).anyMatch(n -> n.startsWith(name(alice) + " is now due to complete " + program.name()));
    }

    @Test
    void the_expiring_tab_names_the_window_chosen_in_the_filter() {
        // bob's 12-month certificate now runs out in about 50 days: outside 30 days, inside 60 and 90
        clock.advance(Duration.ofDays(365 - 50));
        signIn(manager);
        open("certification/due");
        var tabs = find(TabSheet.class).withId("due-tabs").single();
        var expiring = (Grid<com.certdesk.certification.DueItem>) find(Grid.class).withId("expiring-grid").single();
        assertThat(text(tabs.getTabAt(0))).isEqualTo("Expiring in the next 30 days (0)");

        choose("due-days", 90);
        assertThat(text(tabs.getTabAt(0))).isEqualTo("Expiring in the next 90 days (1)");
        assertThat(test(expiring).getRow(0).displayName()).isEqualTo(name(bob));

        choose("due-days", 7);
        assertThat(text(tabs.getTabAt(0))).isEqualTo("Expiring in the next 7 days (0)");
    }

    @Test
    void hr_sees_the_due_lists_without_actions() {
        fixtures.signIn(manager);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team, today().plusDays(1)));
        clock.advance(Duration.ofDays(3));
        signIn(fixtures.user("mv-hr-due", null, Roles.HR));
        open("certification/due");
        test(find(TabSheet.class).withId("due-tabs").single()).select(1);
        var overdue = (Grid<com.certdesk.certification.DueItem>) find(Grid.class).withId("overdue-grid").single();
        assertThat(overdue.getColumnByKey("actions")).isNull();
        assertThat(test(overdue).size()).isGreaterThanOrEqualTo(2);
    }

    private com.vaadin.flow.component.html.NativeButton countChip(String cssClass) {
        return find(com.vaadin.flow.component.html.NativeButton.class).withId("count-" + cssClass).single();
    }

    @Test
    void clicking_a_status_count_filters_the_matrix_and_clicking_it_again_shows_everyone() {
        signIn(manager);
        open("certification");
        choose("program-filter", program);
        assertThat(countChip("status-certified").getElement().getAttribute("aria-pressed")).isEqualTo("false");

        test(countChip("status-certified")).click();
        assertThat(agentNames()).containsExactly(name(bob));
        assertThat(countChip("status-certified").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(((Select<CertStatus>) find(Select.class).withId("status-filter").single()).getValue())
                .as("the status filter shows the same choice").isEqualTo(CertStatus.CERTIFIED);

        test(countChip("status-certified")).click();
        assertThat(agentNames()).containsExactly(name(alice), name(bob), name(carol));
        assertThat(countChip("status-certified").getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(((Select<CertStatus>) find(Select.class).withId("status-filter").single()).getValue()).isNull();

        test(countChip("status-not-assigned")).click();
        assertThat(agentNames()).containsExactly(name(alice), name(carol));
        test(find(com.vaadin.flow.component.html.NativeButton.class).withId("clear-status-filter").single()).click();
        assertThat(agentNames()).hasSize(3);
        assertThat(find(com.vaadin.flow.component.html.NativeButton.class).withId("clear-status-filter").all())
                .isEmpty();
    }

    @Test
    void a_team_assignment_asks_for_the_days_newcomers_get_and_a_past_date_is_said_once_at_the_field() {
        signIn(manager);
        open("certification");
        test(find(Button.class).withId("assign-button").single()).click();
        test((Select<ProgramSummary>) find(Select.class).withId("assign-program").single()).selectItem(program.name());
        var joiner = find(com.vaadin.flow.component.textfield.IntegerField.class).withId("assign-joiner-days").single();
        assertThat(joiner.isVisible()).isTrue();
        assertThat(joiner.getValue()).isEqualTo(AssignmentDraft.DEFAULT_JOINER_DAYS);
        assertThat(joiner.getLabel()).isEqualTo("Days to complete for agents who join later");

        var due = find(DatePicker.class).withId("assign-due").single();
        due.setValue(today().minusDays(1)); // as typed: the tester itself refuses a day before the minimum
        test(find(Button.class).withId("assign-save").single()).click();
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("Choose a due date, today or later.");
        assertThat(due.getHelperText()).as("not repeated under the field").isNullOrEmpty();
        assertThat(find(Paragraph.class).withId("assign-error").all()).isEmpty();
        assertThat(SystemAuthentication.callAsSystem(() -> assignments.forTeam(team))).isEmpty();

        test(due).setValue(today().plusDays(10));
        test(joiner).setValue(20);
        test(find(Button.class).withId("assign-save").single()).click();
        assertThat(SystemAuthentication.callAsSystem(() -> assignments.forTeam(team))).singleElement()
                .satisfies(a -> assertThat(a.joinerDays()).isEqualTo(20));

        test(find(Button.class).withId("assign-button").single()).click();
        test((RadioButtonGroup<Object>) find(RadioButtonGroup.class).withId("assign-target").single())
                .selectItem("Chosen agents");
        assertThat(find(com.vaadin.flow.component.textfield.IntegerField.class).withId("assign-joiner-days")
                .all()).as("only a team has newcomers").isEmpty();
    }

    @Test
    void managers_and_hr_open_an_agents_certificate_pdf_from_the_record() {
        long certificate = SystemAuthentication.callAsSystem(() -> certificates.of(fixtures.userId(bob)))
                .getFirst().id();
        for (String viewer : List.of(manager, fixtures.user("mv-hr-pdf", null, Roles.HR))) {
            signIn(viewer);
            open("certification");
            test((Select<Object>) find(Select.class).withId("team-filter").single()).selectItem(teamName);
            choose("program-filter", program);
            assertThat(agentNames().get(1)).isEqualTo(name(bob));
            test(matrixGrid()).invokeLitRendererFunction(1, MatrixGrid.AGENT_COLUMN, "open");
            var record = find(AgentRecordDialog.class).single();
            test(find(TabSheet.class).withId("agent-record-tabs").single()).select(3);
            var listed = (Grid<com.certdesk.certification.CertificateView>) find(Grid.class)
                    .withId("record-certificates").single();
            var pdf = (com.vaadin.flow.component.html.Anchor) test(listed).getCellComponent(0, "pdf");
            assertThat(pdf.getId()).contains("record-pdf-" + certificate);
            assertThat(pdf.getHref()).isEqualTo("certificates/" + certificate + "/certificate.pdf");
            assertThat(pdf.getElement().hasAttribute("download")).isTrue();
            record.close();
        }
    }
}
