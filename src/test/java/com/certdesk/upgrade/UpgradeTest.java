package com.certdesk.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Application;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateView;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.FigureScope;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.SystemAuthentication;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The upgrade from the last release: its dump ({@code upgrade/certdesk-v33.sql}, written by {@link UpgradeDumpWriter}
 * from a database with data at V33) loaded into an empty database, the application started on it (Flyway applies
 * every newer migration), and the data is there and usable: users sign in, the agent reads their certificate, the
 * manager sees the team, the feedback figures count the ratings. Newer migrations keep this test meaningful: that is
 * what it checks.
 */
class UpgradeTest {

    static final String DUMP = "upgrade/certdesk-v33";

    @Test
    void a_database_of_the_last_release_upgrades_and_its_users_find_their_data() throws Exception {
        var expected = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DUMP + ".properties")) {
            assertThat(in).as(DUMP + ".properties").isNotNull();
            expected.load(in);
        }
        String url = "jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:/" + DUMP + ".sql' CHARSET 'UTF-8'");
        }

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=" + url, "--server.port=0", "--certdesk.demo.enabled=false")) {
            Flyway flyway = app.getBean(Flyway.class);
            assertThat(flyway.info().pending()).as("every newer migration applied").isEmpty();
            assertThat(flyway.info().current().getVersion().getVersion())
                    .satisfies(v -> assertThat(Integer.parseInt(v.split("\\.")[0]))
                            .isGreaterThanOrEqualTo(Integer.parseInt(expected.getProperty("version"))));

            String password = expected.getProperty("password");
            var authentication = app.getBean(AuthenticationManager.class);
            Supplier<Authentication> agent = () -> authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(expected.getProperty("agent"), password));
            assertThat(as(agent.get(), () -> app.getBean(CertificateService.class).mine()))
                    .extracting(CertificateView::programName).containsExactly(expected.getProperty("program"));

            Authentication manager = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(expected.getProperty("manager"), password));
            assertThat(as(manager, () -> app.getBean(TeamService.class).visibleTeams()))
                    .extracting(TeamSummary::name).containsExactly(expected.getProperty("team"));

            long ratedAgent = Long.parseLong(expected.getProperty("rated-agent-id"));
            LocalDate november = LocalDate.of(2026, 11, 1);
            assertThat(SystemAuthentication.callAsSystem(() -> app.getBean(FeedbackFigures.class)
                    .figures(FigureScope.agent(ratedAgent), november, november.plusMonths(1)).csat().n()))
                    .isEqualTo(Long.parseLong(expected.getProperty("ratings")));

            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from quiz_attempt",
                    Long.class)).as("the three quiz attempts").isEqualTo(3);
            // the upgraded database takes new data too: the second agent signs in
            assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    expected.getProperty("agent-two"), password)).isAuthenticated()).isTrue();
        }
    }

    private static <T> T as(Authentication user, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(user);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
