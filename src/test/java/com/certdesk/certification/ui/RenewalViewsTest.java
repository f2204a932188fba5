package com.certdesk.certification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.TestClock;
import com.certdesk.UiTest;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateView;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RenewalViewsTest extends UiTest {

    @Autowired
    CertificationFixtures certs;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void inside_the_renewal_window_my_certificates_and_my_learning_offer_renew_which_opens_the_quiz_again() {
        String agent = fixtures.user("renew-view-agent", null, Roles.AGENT);
        long module = certs.moduleWithQuiz("Renew module");
        ProgramSummary program = certs.program("Renew view program", 12, 30, null, module);
        certs.learnAndPass(agent, module, 2);
        CertificateView certificate = SystemAuthentication.callAsSystem(
                () -> certificates.of(fixtures.userId(agent))).getFirst();

        signIn(agent);
        open("certificates");
        assertThat(find(Button.class).withId("renew-button-" + program.id()).all()).as("not before the window")
                .isEmpty();
        open("learning");
        assertThat(find(Div.class).withId("my-renewals").all()).isEmpty();

        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock),
                certificate.validUntil().minusDays(7))));
        open("certificates");
        assertThat(find(Button.class).withId("renew-button-" + program.id()).all()).hasSize(1);
        open("learning");
        assertThat(text(find(Div.class).withId("my-renewals").single()))
                .contains("Renew your certification", program.name(), "pass the quiz again: Renew module");

        open("certificates");
        var renew = find(Button.class).withId("renew-button-" + program.id()).single();
        assertThat(text(find(Div.class).withId("renew-" + program.id()).single())).contains("Renew module");
        test(renew).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ModuleView");
        var start = find(Button.class).withId("start-quiz").single();
        assertThat(start.getText()).isEqualTo("Renew: take the quiz again");
        assertThat(start.isEnabled()).isTrue();
    }
}
