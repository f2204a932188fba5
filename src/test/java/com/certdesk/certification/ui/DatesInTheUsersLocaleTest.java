package com.certdesk.certification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateView;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dates on screen follow the user's browser locale (Vaadin's UI locale), the same in cards, grids and date
 * pickers: a German agent reads 1.12.2026, an American one 12/1/2026.
 */
class DatesInTheUsersLocaleTest extends UiTest {

    @Autowired
    CertificationFixtures certs;
    @Autowired
    CertificateService certificates;

    @Test
    void an_agent_reads_certificate_dates_in_the_format_of_their_browser_locale() {
        long module = certs.moduleWithQuiz("Locale module");
        certs.program("Locale Specialist", 12, 30, null, module);
        String agent = fixtures.user("locale-agent", null, Roles.AGENT);
        certs.learnAndPass(agent, module, 2);
        signIn(agent);
        CertificateView mine = certificates.mine().getFirst();

        UI.getCurrent().setLocale(Locale.GERMANY);
        open("certificates");
        assertThat(subtitle()).isEqualTo("Issued " + day("d.M.yyyy", mine.issuedOn())
                + " · valid until " + day("d.M.yyyy", mine.validUntil()));

        open("account"); // the same address again would keep the view already shown
        UI.getCurrent().setLocale(Locale.US);
        open("certificates");
        assertThat(subtitle()).isEqualTo("Issued " + day("M/d/yyyy", mine.issuedOn())
                + " · valid until " + day("M/d/yyyy", mine.validUntil()));
    }

    @Test
    void the_due_date_picker_shows_dates_as_the_grids_do_for_the_managers_locale() {
        String manager = fixtures.user("locale-manager", null, Roles.MANAGER);
        fixtures.team("Locale team", fixtures.userId(manager));
        ProgramSummary program = certs.program("Locale Program", 12, 30, null, certs.moduleWithQuiz("Due module"));
        signIn(manager);

        UI.getCurrent().setLocale(Locale.UK);
        open("certification");
        test(find(Button.class).withId("assign-button").single()).click();
        DatePicker due = find(DatePicker.class).withId("assign-due").single();

        assertThat(due.getLocale()).isEqualTo(Locale.UK);
        assertThat(due.getI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(due.getHelperText()).startsWith(day("dd/MM/yyyy", due.getValue()) + ", in ");
        assertThat(StatusChips.date(due.getValue())).isEqualTo(day("dd/MM/yyyy", due.getValue()));
        assertThat(program.name()).isNotBlank();
    }

    private String subtitle() {
        return text(find(Card.class).all().stream()
                .filter(c -> c.getClassNames().contains("certificate-card")).findFirst().orElseThrow()
                .getSubtitle());
    }

    private static String day(String pattern, LocalDate day) {
        return DateTimeFormatter.ofPattern(pattern).format(day);
    }
}
