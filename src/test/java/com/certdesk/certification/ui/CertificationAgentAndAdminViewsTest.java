package com.certdesk.certification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.certification.AssignmentDraft;
import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.AssignmentService;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateView;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramService;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.certification.VerificationStatus;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CertificationAgentAndAdminViewsTest extends UiTest {

    @Autowired
    CertificationFixtures certs;
    @Autowired
    ProgramService programs;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CertificateService certificates;

    @Test
    @SuppressWarnings("unchecked")
    void admin_creates_a_program_and_is_told_what_is_missing_first() {
        long module = certs.moduleWithQuiz("Program view module");
        String moduleTitle = SystemAuthentication.callAsSystem(() -> programs.get(
                certs.program("Helper", 12, 30, null, module).id())).modules().getFirst().title();
        signIn(fixtures.user("program-admin", null, Roles.ADMIN));
        open("admin/programs");
        test(find(Button.class).withId("new-program").single()).click();

        String name = Fixtures.unique("Phone Pro");
        test(find(TextField.class).withId("program-name").single()).setValue(name);
        test(find(Button.class).withId("program-save").single()).click();
        assertThat(find(Paragraph.class).withId("program-error").single().getText())
                .isEqualTo("Choose at least one required module.");

        var modules = (MultiSelectComboBox<ModuleRef>) find(MultiSelectComboBox.class).withId("program-modules").single();
        modules.setValue(Set.of(modules.getListDataView().getItems()
                .filter(m -> m.title().equals(moduleTitle)).findFirst().orElseThrow()));
        test(find(IntegerField.class).withId("program-min-score").single()).setValue(90);
        test(find(Button.class).withId("program-save").single()).click();

        assertThat(notifications()).contains("Program \"" + name + "\" saved.");
        var grid = test((Grid<ProgramSummary>) find(Grid.class).withId("programs-grid").single());
        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).name().equals(name)) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        assertThat(grid.getCellText(row, 1)).isEqualTo(moduleTitle);
        assertThat(grid.getCellText(row, 2)).isEqualTo("12 months");
        assertThat(grid.getCellText(row, 4)).isEqualTo("90 %");
    }

    @Test
    void agent_sees_assignments_first_and_their_certificate_with_pdf_and_verification_links() {
        String manager = fixtures.user("view-manager", null, Roles.MANAGER);
        long team = fixtures.team("View team", fixtures.userId(manager));
        String agent = fixtures.user("view-agent", team, Roles.AGENT);
        long done = certs.moduleWithQuiz("Done module");
        long todo = certs.moduleWithQuiz("Todo module");
        ProgramSummary earned = certs.program("Earned", 12, 30, null, done);
        ProgramSummary pending = certs.program("Pending", 12, 30, null, todo);
        fixtures.signIn(manager);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, pending.id(), team, LocalDate.now().plusDays(2)));
        fixtures.signOut();
        certs.learnAndPass(agent, done, 2);

        signIn(agent);
        open("learning");
        Div section = find(Div.class).withId("my-assignments").single();
        assertThat(text(section)).contains("Assigned to you", pending.name(), "Due in 2 days", "Not started");

        open("certificates");
        Card card = find(Card.class).single();
        assertThat(text(card)).contains(earned.name(), "Valid", "Download PDF", "Public verification page");
        assertThat(find(Div.class).withId("past-certificates").all()).isEmpty();

        open("admin/certificates");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void admin_finds_a_certificate_by_holder_and_revokes_it_with_a_reason() {
        String agent = fixtures.user("revoke-agent", null, Roles.AGENT);
        long module = certs.moduleWithQuiz("Revoke module");
        certs.program("Revocable", 12, 30, null, module);
        certs.learnAndPass(agent, module, 2);
        CertificateView certificate = SystemAuthentication.callAsSystem(
                () -> certificates.of(fixtures.userId(agent))).getFirst();

        signIn(fixtures.user("revoking-admin", null, Roles.ADMIN));
        open("admin/certificates");
        test(find(TextField.class).withId("certificate-search").single()).setValue(agent);
        var grid = test((Grid<CertificateView>) find(Grid.class).withId("certificates-grid").single());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Test " + agent);

        revokeButton(grid).click();
        test(find(Button.class).withId("revoke-confirm").single()).click();
        assertThat(certificates.verify(certificate.code()).status()).as("no reason, no revocation")
                .isEqualTo(VerificationStatus.VALID);
        test(find(TextArea.class).withId("revoke-reason").single()).setValue("Answers were shared");
        test(find(Button.class).withId("revoke-confirm").single()).click();

        assertThat(certificates.verify(certificate.code()).status()).isEqualTo(VerificationStatus.REVOKED);
        assertThat(grid.getCellComponent(0, 5).getChildren().filter(c -> c instanceof Button)).isEmpty();
    }

    private static Button revokeButton(com.vaadin.flow.component.grid.GridTester<?, ?> grid) {
        return (Button) grid.getCellComponent(0, 5).getChildren().filter(c -> c instanceof Button).findFirst()
                .orElseThrow();
    }
}
