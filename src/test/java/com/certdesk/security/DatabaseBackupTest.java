package com.certdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.certdesk.Application;
import com.certdesk.Fixtures;
import com.certdesk.MockMvcSessions;
import com.certdesk.PostgresTestDatabases;
import com.certdesk.ServiceTest;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The administrator's database backup (ADR 021): only administrators download it ({@code GET /admin/backup/download}), each
 * download is audited, and a backup restored with the README's command into an empty folder starts the application,
 * whose users sign in and find their data.
 */
@ServiceTest
class DatabaseBackupTest {

    @Autowired WebApplicationContext context;
    @Autowired Fixtures fixtures;
    @Autowired UserDetailsService userDetails;
    @Autowired DatabaseBackups backups;
    @Autowired AuditLog audit;
    @Autowired TeamService teamService;

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

    MockHttpServletResponse download(String username) throws Exception {
        var request = get("/admin/backup/download");
        return mvc.perform(username == null ? request : request.session(session(username))).andReturn()
                .getResponse();
    }

    @Test
    void only_administrators_download_the_backup_and_each_download_is_audited() throws Exception {
        var teams = fixtures.twoTeams("backup");
        String agent = fixtures.user("backup-agent", teams.teamA(), Roles.AGENT);

        MockHttpServletResponse admin = download(teams.admin());
        if (PostgresTestDatabases.active()) {
            assertThat(admin.getStatus()).as("on PostgreSQL the page points to pg_dump").isEqualTo(409);
            assertThat(admin.getContentAsString()).contains("pg_dump");
            assertThat(download(agent).getStatus()).isEqualTo(403);
            return;
        }
        assertThat(admin.getStatus()).isEqualTo(200);
        assertThat(admin.getContentType()).isEqualTo("application/gzip");
        assertThat(admin.getHeader("Content-Disposition")).contains("attachment").contains(".sql.gz");
        String script = new String(new GZIPInputStream(new ByteArrayInputStream(admin.getContentAsByteArray()))
                .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script).containsIgnoringCase("CREATE").containsIgnoringCase("flyway_schema_history").contains(agent);
        fixtures.signIn(teams.admin());
        assertThat(audit.page(new AuditFilter(teams.admin(), AuditKind.BACKUP_DOWNLOADED, null, null), 0, 10))
                .hasSize(1);
        fixtures.signOut();

        for (String other : new String[] {agent, teams.manager(), teams.otherManager(), teams.hr()}) {
            MockHttpServletResponse refused = download(other);
            assertThat(refused.getStatus()).as(other).isEqualTo(403);
            assertThat(refused.getContentAsString()).isEqualTo("Only administrators download backups.");
        }
        MockHttpServletResponse anonymous = download(null);
        assertThat(anonymous.getStatus()).as("not signed in: sent to sign in").isBetween(300, 399);
        assertThat(anonymous.getContentAsByteArray()).isEmpty();
    }

    @Test
    void a_download_broken_off_half_way_is_audited_all_the_same() {
        assumeFalse(PostgresTestDatabases.active(), "an H2 backup: on PostgreSQL pg_dump is the tool");
        String admin = fixtures.user("backup-closer", null, Roles.ADMIN);
        fixtures.signIn(admin);
        try {
            var closedTab = new java.io.OutputStream() {
                @Override
                public void write(int b) throws java.io.IOException {
                    throw new java.io.IOException("Broken pipe");
                }
            };
            assertThatThrownBy(() -> backups.write(closedTab)).hasRootCauseMessage("Broken pipe");
            assertThat(audit.page(new AuditFilter(admin, AuditKind.BACKUP_DOWNLOADED, null, null), 0, 10))
                    .hasSize(1);
        } finally {
            fixtures.signOut();
        }
    }

    @Test
    void a_backup_restored_into_an_empty_folder_starts_the_application_and_its_users_sign_in(@TempDir Path dir)
            throws Exception {
        assumeFalse(PostgresTestDatabases.active(), "an H2 backup: on PostgreSQL pg_dump is the tool");
        long team = fixtures.team("Restored team");
        String agent = fixtures.user("restored-agent", team, Roles.AGENT);
        String admin = fixtures.user("restored-admin", null, Roles.ADMIN);
        String teamName = com.certdesk.security.SystemAuthentication.callAsSystem(() -> teamService.visibleTeam(team))
                .map(TeamSummary::name).orElseThrow();

        fixtures.signIn(admin);
        assertThat(backups.unavailable()).isEmpty();
        var out = new ByteArrayOutputStream();
        long size = backups.write(out);
        fixtures.signOut();
        assertThat(size).isEqualTo(out.size()).isPositive();
        Path file = dir.resolve("backup.sql.gz");
        Files.write(file, out.toByteArray());

        // the README's restore command, into an empty folder
        Path data = dir.resolve("data");
        String url = "jdbc:h2:file:" + data.resolve("certdesk").toAbsolutePath();
        Class.forName("org.h2.tools.RunScript").getMethod("main", String[].class).invoke(null,
                (Object) new String[] {"-url", url, "-user", "sa", "-script", file.toString(), "-options",
                    "compression", "gzip"});
        assertThat(data.resolve("certdesk.mv.db")).exists();

        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run("--spring.datasource.url=" + url, "--server.port=0", "--certdesk.demo.enabled=false")) {
            Authentication signedIn = restored.getBean(AuthenticationManager.class).authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(agent, Fixtures.PASSWORD));
            assertThat(signedIn.isAuthenticated()).isTrue();
            Authentication adminIn = restored.getBean(AuthenticationManager.class).authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(admin, Fixtures.PASSWORD));
            SecurityContextHolder.getContext().setAuthentication(adminIn);
            try {
                assertThat(restored.getBean(TeamService.class).visibleTeams()).extracting(TeamSummary::name)
                        .contains(teamName);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
