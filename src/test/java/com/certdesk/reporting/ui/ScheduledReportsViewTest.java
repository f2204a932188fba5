package com.certdesk.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.base.ui.RecordNotFoundView;
import com.certdesk.people.TeamSummary;
import com.certdesk.reporting.DateRule;
import com.certdesk.reporting.ExportFormat;
import com.certdesk.reporting.ModuleProgressReport;
import com.certdesk.reporting.ReportSchedules;
import com.certdesk.reporting.RunView;
import com.certdesk.reporting.SavedFilter;
import com.certdesk.reporting.ScheduleDraft;
import com.certdesk.reporting.ScheduleFrequency;
import com.certdesk.reporting.ScheduleView;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Scheduling from a report page (HR and administrators only) and the Scheduled reports page: the dialog's defaults,
 * its date choices and refusals; the list with next and last run, Run now with the file's link, pause, delete.
 */
class ScheduledReportsViewTest extends UiTest {

    @Autowired
    ReportSchedules schedules;

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return find(Select.class).withId(id).single();
    }

    private void click(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    private List<ScheduleView> mine() {
        return schedules.schedules(Pageable.unpaged()).getContent();
    }

    @Test
    void hr_schedules_the_progress_report_with_the_pages_team_and_a_relative_range() {
        String hr = fixtures.user("schedui-hr", null, Roles.HR);
        long team = fixtures.team("Schedui North");
        signIn(hr);
        open("reports/progress");
        Select<TeamSummary> teams = select("progress-team");
        TeamSummary north = teams.getListDataView().getItems().filter(t -> t.id() == team).findFirst().orElseThrow();
        teams.setValue(north);
        find(DatePicker.class).withId("progress-from").single().setValue(LocalDate.of(2026, 11, 1));

        click("progress-schedule");

        Dialog dialog = find(Dialog.class).withId("schedule-dialog").single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(TextField.class).withId("schedule-name").single().getValue())
                .isEqualTo("Progress report: " + north.name());
        Select<DateRule> dates = select("schedule-dates");
        assertThat(dates.getValue()).as("the page has dates: kept as they are by default").isEqualTo(DateRule.FIXED);
        assertThat(dates.getItemLabelGenerator().apply(DateRule.FIXED)).startsWith("Fixed: ").contains("any day");
        assertThat(find(Checkbox.class).withId("schedule-email").all()).as("not offered: no SMTP here").isEmpty();
        dates.setValue(DateRule.PREVIOUS_MONTH);
        assertThat(find(Paragraph.class).withId("schedule-dates-help").single().getText())
                .startsWith("Relative to each run: the first covers ");
        Select<DayOfWeek> weekday = select("schedule-weekday");
        weekday.setValue(DayOfWeek.TUESDAY);
        assertThat(find(Paragraph.class).withId("schedule-first-run").single().getText()).startsWith("First run on");

        click("schedule-save");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).anyMatch(n -> n.startsWith("Scheduled 'Progress report: " + north.name()
                + "': Weekly on Tuesday, first on "));
        ScheduleView made = mine().getFirst();
        assertThat(made.name()).isEqualTo("Progress report: " + north.name());
        assertThat(made.dates()).isEqualTo(DateRule.PREVIOUS_MONTH);
        assertThat(made.format()).isEqualTo(ExportFormat.XLSX);
        assertThat(made.when()).isEqualTo("Weekly on Tuesday");
    }

    @Test
    void a_monthly_schedule_without_a_name_is_refused_in_the_dialog_and_nothing_is_kept() {
        signIn(fixtures.user("schedui-blank", null, Roles.ADMIN));
        open("reports/certificates");
        click("register-schedule");
        assertThat(select("schedule-dates").getValue()).as("no dates on the page").isEqualTo(DateRule.ALL);
        assertThat(select("schedule-dates").getListDataView().getItems()).doesNotContain(DateRule.FIXED);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ScheduleFrequency> frequency = find(RadioButtonGroup.class).withId("schedule-frequency")
                .single();
        frequency.setValue(ScheduleFrequency.MONTHLY);
        assertThat(select("schedule-monthday").isVisible()).isTrue();
        assertThat(find(Select.class).withId("schedule-weekday").all()).isEmpty();
        find(TextField.class).withId("schedule-name").single().setValue("   ");

        click("schedule-save");

        assertThat(find(Paragraph.class).withId("schedule-error").single().getText())
                .contains("Give the scheduled report a name.");
        assertThat(find(Dialog.class).withId("schedule-dialog").single().isOpened()).isTrue();
        assertThat(mine()).isEmpty();
    }

    @Test
    void managers_see_no_schedule_button_and_cannot_open_the_page() {
        signIn(fixtures.user("schedui-manager", null, Roles.MANAGER));
        open("reports/modules");
        assertThat(find(Button.class).withId("modules-schedule").all()).isEmpty();
        assertThat(find(Anchor.class).withId("modules-download-csv").all()).hasSize(1);
        assertThat(open("reports/schedules")).isInstanceOf(AccessDeniedView.class);
        signIn(fixtures.user("schedui-agent", null, Roles.AGENT));
        assertThat(open("reports/schedules")).isInstanceOf(AccessDeniedView.class);
        assertThat(open("reports/runs/1")).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_page_lists_schedules_runs_one_now_with_its_link_pauses_and_deletes() {
        String hr = fixtures.user("schedui-page", null, Roles.HR);
        long team = fixtures.team("Schedui page");
        fixtures.user("schedui-page-agent", team, Roles.AGENT);
        signIn(hr);
        open("reports/schedules");
        Grid<ScheduleView> grid = find(Grid.class).withId("schedules-grid").single();
        assertThat(test(grid).size()).isZero();
        assertThat(grid.getEmptyStateText()).startsWith("You have no scheduled reports yet.");
        assertThat(find(Grid.class).withId("runs-grid").single().getEmptyStateText())
                .startsWith("No file has been produced yet");

        ScheduleView s = schedules.create(new ScheduleDraft("Page modules", ExportFormat.CSV,
                ScheduleFrequency.MONTHLY, 5, DateRule.ALL, new SavedFilter.Modules(new ModuleProgressReport.Filter(
                        team, null, null, null, null, "")), false));
        open("reports/schedules");
        grid = find(Grid.class).withId("schedules-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(text(test(grid).getCellComponent(0, "last"))).isEqualTo("Not run yet");

        test(button(grid, "schedule-run-" + s.id())).click();

        Grid<RunView> runs = find(Grid.class).withId("runs-grid").single();
        assertThat(test(runs).size()).isEqualTo(1);
        RunView run = test(runs).getRow(0);
        Anchor link = (Anchor) test(runs).getCellComponent(0, "file");
        assertThat(link.getHref()).isEqualTo("reports/runs/" + run.id() + "/file");
        assertThat(link.getText()).startsWith(run.fileName());
        assertThat(notifications()).anyMatch(n -> n.startsWith("Produced 'Page modules'"));
        assertThat(text(test(grid).getCellComponent(0, "last"))).startsWith("Ready ");

        test(button(grid, "schedule-toggle-" + s.id())).click();
        assertThat(text(test(grid).getCellComponent(0, "next"))).isEqualTo("Paused");
        assertThat(button(grid, "schedule-toggle-" + s.id()).getText()).isEqualTo("Resume");

        // the bell's link: the run's page with the same download
        assertThat(open("reports/runs/" + run.id())).isInstanceOf(ReportRunView.class);
        assertThat(find(Paragraph.class).withId("run-status").single().getText()).startsWith("Ready: ");
        assertThat(find(Anchor.class).withId("run-download-" + run.id()).single().getHref())
                .isEqualTo("reports/runs/" + run.id() + "/file");
        signIn(fixtures.user("schedui-page-other", null, Roles.HR));
        assertThat(open("reports/runs/" + run.id())).as("another HR user").isInstanceOf(RecordNotFoundView.class);
        signIn(hr);

        open("reports/schedules");
        grid = find(Grid.class).withId("schedules-grid").single();
        test(button(grid, "schedule-delete-" + s.id())).click();
        var confirm = find(ConfirmDialog.class).withId("confirm-delete-schedule").single();
        test(confirm).confirm();
        assertThat(mine()).isEmpty();
        assertThat(test(grid).size()).isZero();
        assertThat(test((Grid<RunView>) find(Grid.class).withId("runs-grid").single()).size()).isZero();
    }

    private Button button(Grid<ScheduleView> grid, String id) {
        Component actions = test(grid).getCellComponent(0, "actions");
        return (Button) actions.getChildren().filter(c -> id.equals(c.getId().orElse(""))).findFirst().orElseThrow();
    }
}
