package com.certdesk.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.TestClock;
import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.insight.DashboardFixtures;
import com.certdesk.people.TeamSummary;
import com.certdesk.reporting.TrainingServiceRow;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The training and service page: HR picks a team and period, sees agents with their figures or "fewer than". */
class TrainingServiceViewTest extends UiTest {

    @Autowired
    DashboardFixtures scenarios;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void hr_sees_each_agents_training_and_figures_and_no_number_below_the_minimum() {
        DashboardFixtures.Scenario s = scenarios.build();
        signIn(s.hr());
        open("reports/service");
        Select<TeamSummary> teams = find(Select.class).withId("service-team").single();
        teams.setValue(teams.getListDataView().getItems().filter(t -> t.id() == s.teamA()).findFirst()
                .orElseThrow());
        find(DatePicker.class).withId("service-from").single().setValue(s.period().start());
        find(DatePicker.class).withId("service-to").single().setValue(s.period().end().minusDays(1));
        assertThat(find(Paragraph.class).withId("service-count").single().getText()).isEqualTo("3 agents");
        Grid<TrainingServiceRow> grid = find(Grid.class).withId("service-grid").single();
        TrainingServiceRow few = grid.getListDataView().getItems().filter(r -> r.userId() == s.fewRatingsId())
                .findFirst().orElseThrow();
        assertThat(ServiceCells.figure(few.nps())).isEqualTo("fewer than 10 ratings · n 5");
        TrainingServiceRow certified = grid.getListDataView().getItems().filter(r -> r.userId() == s.certifiedId())
                .findFirst().orElseThrow();
        assertThat(ServiceCells.figure(certified.csat())).startsWith("75% (").endsWith("· n 12");
        find(TextField.class).withId("service-agent").single().setValue("dash-ben");
        assertThat(find(Paragraph.class).withId("service-count").single().getText()).isEqualTo("1 agent");
        assertThat(find(Anchor.class).withId("service-download-xlsx").all()).hasSize(1);
        assertThat(find(Anchor.class).withId("service-engagement-download-csv").all()).hasSize(1);

        DatePicker to = find(DatePicker.class).withId("service-to").single();
        to.setValue(s.period().start().minusDays(1));
        assertThat(to.isInvalid()).isTrue();
        assertThat(find(Paragraph.class).withId("service-count").single().getText()).isEqualTo("1 agent");
    }

    @Test
    void agents_are_denied() {
        signIn(fixtures.user("svcui-agent", null, com.certdesk.security.Roles.AGENT));
        assertThat(open("reports/service")).isInstanceOf(AccessDeniedView.class);
    }
}
