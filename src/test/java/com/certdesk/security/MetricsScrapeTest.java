package com.certdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.certdesk.Fixtures;
import com.certdesk.MockMvcSessions;
import com.certdesk.ServiceTest;
import com.certdesk.TestMeters;
import com.certdesk.reporting.AuditLogReport;
import com.certdesk.reporting.ExportFormat;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code /actuator/prometheus} through the real security chains (ADR 021): administrators (their session) and the
 * scrape token read it, every other role gets 403, no credentials and a wrong token 401; health stays public. And
 * the application's meters move when the work is done through the real services and appear in the scrape.
 */
@ServiceTest
class MetricsScrapeTest {

    /** certdesk.metrics.scrape-token in application-test.properties */
    static final String TOKEN = "test-scrape-token-not-used-anywhere-else";

    @Autowired WebApplicationContext context;
    @Autowired Fixtures fixtures;
    @Autowired UserDetailsService userDetails;
    @Autowired AuthenticationManager authenticationManager;
    @Autowired MeterRegistry meters;
    @Autowired AuditLogReport auditReport;
    @Autowired ScheduledAnnotationBeanPostProcessor scheduling;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcSessions.mvc(context);
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
    }

    MockHttpSession session(String username) {
        return MockMvcSessions.signedIn(userDetails, username);
    }

    MockHttpServletResponse scrape(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void only_administrators_and_the_scrape_token_read_the_metrics() throws Exception {
        var teams = fixtures.twoTeams("scrape");
        String agent = fixtures.user("scrape-agent", teams.teamA(), Roles.AGENT);

        MockHttpServletResponse admin = scrape(get("/actuator/prometheus").session(session(teams.admin())));
        assertThat(admin.getStatus()).isEqualTo(200);
        assertThat(admin.getContentAsString()).contains("# TYPE ").contains("jvm_memory_used_bytes");

        for (String other : new String[] {agent, teams.manager(), teams.otherManager(), teams.hr()}) {
            assertThat(scrape(get("/actuator/prometheus").session(session(other))).getStatus()).as(other)
                    .isEqualTo(403);
        }
        assertThat(scrape(get("/actuator/prometheus")).getStatus()).as("no credentials").isEqualTo(401);
        assertThat(scrape(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN + "x")).getStatus())
                .as("a wrong token").isEqualTo(401);
        assertThat(scrape(get("/actuator/prometheus").header("Authorization", "Bearer not-it")).getStatus())
                .as("a short wrong token").isEqualTo(401);
        assertThat(scrape(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN)
                .session(session(agent))).getStatus()).as("the token, whoever's browser sends it").isEqualTo(200);

        MockHttpServletResponse token = scrape(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN));
        assertThat(token.getStatus()).isEqualTo(200);
        assertThat(token.getContentType()).startsWith("text/plain");
        assertThat(token.getHeader("Set-Cookie")).as("no session for a scraper").isNull();

        assertThat(scrape(get("/actuator/health")).getStatus()).as("health stays public").isEqualTo(200);
        assertThat(scrape(get("/actuator/metrics")).getStatus()).as("other actuator paths: no credentials")
                .isEqualTo(401);
    }

    @Test
    void sign_ins_exports_and_scheduled_jobs_move_their_meters_and_appear_in_the_scrape() throws Exception {
        String admin = fixtures.user("meter-admin", null, Roles.ADMIN);
        double succeeded = TestMeters.count(meters, "certdesk.sign.ins", "outcome", "succeeded");
        double failed = TestMeters.count(meters, "certdesk.sign.ins", "outcome", "failed", "reason",
                "bad_credentials");
        double exports = TestMeters.count(meters, "certdesk.exports", "report", "audit_log", "format", "CSV");

        authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(admin,
                Fixtures.PASSWORD));
        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(admin, "wrong-password")))
                .isInstanceOf(BadCredentialsException.class);
        fixtures.signIn(admin);
        auditReport.export(com.certdesk.security.AuditFilter.ALL, ExportFormat.CSV, new ByteArrayOutputStream());
        fixtures.signOut();
        // a scheduled job as the scheduler runs it (its observed runnable), here the webhook poller
        ScheduledTask poller = scheduling.getScheduledTasks().stream()
                .filter(t -> t.toString().contains("WebhookOutbox.scheduledDelivery")).findFirst().orElseThrow();
        double runs = TestMeters.count(meters, "tasks.scheduled.execution", "code.function", "scheduledDelivery");
        poller.getTask().getRunnable().run();

        assertThat(TestMeters.count(meters, "certdesk.sign.ins", "outcome", "succeeded") - succeeded).isEqualTo(1);
        assertThat(TestMeters.count(meters, "certdesk.sign.ins", "outcome", "failed", "reason", "bad_credentials")
                - failed).isEqualTo(1);
        assertThat(TestMeters.count(meters, "certdesk.exports", "report", "audit_log", "format", "CSV") - exports)
                .isEqualTo(1);
        assertThat(TestMeters.count(meters, "tasks.scheduled.execution", "code.function", "scheduledDelivery") - runs)
                .isEqualTo(1);

        String text = scrape(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
                .getContentAsString();
        assertThat(text).contains("certdesk_sign_ins_total{", "certdesk_exports_seconds_count{",
                "certdesk_export_rows_total{", "certdesk_quiz_answers_saved_total", "tasks_scheduled_execution_seconds_count{");
        assertThat(text).as("never who").doesNotContain(admin);
    }
}
