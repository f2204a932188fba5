package com.certdesk.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.certdesk.Fixtures;
import com.certdesk.MockMvcSessions;
import com.certdesk.ServiceTest;
import com.certdesk.reporting.DateRule;
import com.certdesk.reporting.ExportFormat;
import com.certdesk.reporting.ProgressFilter;
import com.certdesk.reporting.ReportSchedules;
import com.certdesk.reporting.RunView;
import com.certdesk.reporting.SavedFilter;
import com.certdesk.reporting.ScheduleDraft;
import com.certdesk.reporting.ScheduleFrequency;
import com.certdesk.security.Roles;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code GET /reports/runs/{id}/file} through the real security chain: the owner and administrators get the file;
 * another HR user, a manager, an agent and an unknown id the same 404 with a sentence; nobody signed in is sent to
 * sign in.
 */
@ServiceTest
class ReportFileDownloadTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ReportSchedules schedules;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService userDetails;

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

    MockHttpServletResponse download(long runId, String username) throws Exception {
        var request = get("/reports/runs/" + runId + "/file");
        return mvc.perform(username == null ? request : request.session(session(username))).andReturn()
                .getResponse();
    }

    @Test
    void only_the_owner_and_administrators_download_a_run_everyone_else_gets_not_found() throws Exception {
        String owner = fixtures.user("dl-owner", null, Roles.HR);
        long team = fixtures.team("Download team");
        fixtures.user("dl-agent", team, Roles.AGENT);
        fixtures.signIn(owner);
        var made = schedules.create(new ScheduleDraft("Team's progress", ExportFormat.CSV, ScheduleFrequency.WEEKLY,
                1, DateRule.ALL, new SavedFilter.Progress(new ProgressFilter(team, null, null, null, null, "")),
                false));
        RunView run = schedules.runNow(made.id());
        byte[] file = schedules.file(run.id()).content();
        fixtures.signOut();

        MockHttpServletResponse mine = download(run.id(), owner);
        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(mine.getContentType()).startsWith("text/csv");
        assertThat(mine.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment")
                .contains(run.fileName());
        assertThat(mine.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        assertThat(mine.getContentAsByteArray()).isEqualTo(file);
        assertThat(download(run.id(), fixtures.user("dl-admin", null, Roles.ADMIN)).getContentAsByteArray())
                .isEqualTo(file);

        for (String other : new String[] {fixtures.user("dl-other-hr", null, Roles.HR),
                fixtures.user("dl-manager", null, Roles.MANAGER), fixtures.user("dl-someone", team, Roles.AGENT)}) {
            MockHttpServletResponse refused = download(run.id(), other);
            assertThat(refused.getStatus()).as(other).isEqualTo(404);
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                    .isEqualTo("This report file does not exist (files are kept a limited time), or you may not "
                            + "download it.");
        }
        assertThat(download(Long.MAX_VALUE / 10, owner).getStatus()).isEqualTo(404);
        assertThat(download(run.id(), null).getStatus()).as("not signed in: to the sign-in page").isEqualTo(302);
    }
}
