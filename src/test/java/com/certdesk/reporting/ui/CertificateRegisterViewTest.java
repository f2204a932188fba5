package com.certdesk.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.reporting.RegisterRow;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The certificate register page: filters change the count and the preview, downloads are offered; agents are denied. */
class CertificateRegisterViewTest extends UiTest {

    @Autowired
    CertificationFixtures certs;

    @Test
    @SuppressWarnings("unchecked")
    void hr_filters_the_register_and_sees_the_count_and_the_rows() {
        var org = fixtures.twoTeams("regui");
        long module = certs.moduleWithQuiz("regui module");
        ProgramSummary program = certs.program("regui program", 24, 14, null, module);
        java.util.List<String> agents = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            agents.add(fixtures.user("regui-agent" + i, org.teamA(), Roles.AGENT));
            certs.learnAndPass(agents.getLast(), module, 2);
        }
        signIn(org.hr());
        open("reports/certificates");
        Select<ProgramSummary> programs = find(Select.class).withId("register-program").single();
        programs.setValue(programs.getListDataView().getItems().filter(p -> p.id() == program.id()).findFirst()
                .orElseThrow());
        assertThat(find(Paragraph.class).withId("register-count").single().getText()).isEqualTo("3 certificates");
        Grid<RegisterRow> grid = find(Grid.class).withId("register-grid").single();
        assertThat(grid.getLazyDataView().getItems().map(RegisterRow::holder))
                .containsExactlyInAnyOrderElementsOf(agents.stream().map(a -> "Test " + a).toList());

        test(find(TextField.class).withId("register-holder").single()).setValue(agents.get(1));
        assertThat(find(Paragraph.class).withId("register-count").single().getText()).isEqualTo("1 certificate");

        DatePicker from = find(DatePicker.class).withId("register-from").single();
        DatePicker to = find(DatePicker.class).withId("register-to").single();
        from.setValue(java.time.LocalDate.now().plusDays(5));
        to.setValue(java.time.LocalDate.now());
        assertThat(to.isInvalid()).as("an end before the start says so").isTrue();
        to.clear();
        assertThat(find(Paragraph.class).withId("register-count").single().getText()).isEqualTo("0 certificates");

        assertThat(find(Anchor.class).withId("register-download-csv").single().getText()).isEqualTo("CSV");
        assertThat(find(Anchor.class).withId("register-download-xlsx").single().getText()).isEqualTo("Excel (XLSX)");
    }

    @Test
    void agents_are_denied() {
        signIn(fixtures.user("regui-only-agent", null, Roles.AGENT));
        assertThat(open("reports/certificates")).isInstanceOf(AccessDeniedView.class);
    }
}
