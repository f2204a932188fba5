package com.certdesk.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.feedback.TestRatings;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refreshes the upgrade dump ({@link UpgradeTest}) at a release: a database migrated to this release's newest
 * migration, with a few teams, users, modules, quiz attempts, a certificate and feedback ratings made through the
 * services, written with H2's {@code SCRIPT} to {@code src/test/resources/upgrade/certdesk-vNN.sql} and what the
 * test should find to {@code certdesk-vNN.properties}. Runs only when asked (README, "Upgrade test"):
 * {@code ./mvnw -o test -Dtest=UpgradeDumpWriter -Dcertdesk.upgrade-dump=true}.
 */
@ServiceTest
@EnabledIfSystemProperty(named = "certdesk.upgrade-dump", matches = "true")
class UpgradeDumpWriter {

    @Autowired Fixtures fixtures;
    @Autowired CertificationFixtures certs;
    @Autowired FeedbackImports imports;
    @Autowired JdbcTemplate jdbc;

    @Test
    void write_the_dump_of_this_release() throws Exception {
        String manager = fixtures.user("upgrade-manager", null, Roles.MANAGER);
        long team = fixtures.team("Upgrade Care", fixtures.userId(manager));
        fixtures.team("Upgrade Billing");
        String agent = fixtures.user("upgrade-agent", team, Roles.AGENT);
        String other = fixtures.user("upgrade-agent-two", team, Roles.AGENT);
        String hr = fixtures.user("upgrade-hr", null, Roles.HR);
        String admin = fixtures.user("upgrade-admin", null, Roles.ADMIN);
        long moduleA = certs.moduleWithQuiz("Greeting");
        long moduleB = certs.moduleWithQuiz("Closing");
        var program = certs.program("Upgrade Pro", 12, 30, null, moduleA, moduleB);
        certs.learnAndPass(agent, moduleA, 2);
        certs.learnAndPass(agent, moduleB, 2);
        certs.learnAndPass(other, moduleA, 0);
        long external = fixtures.agentWithExternalId("upgrade-rated", team, "ext-upgrade-1");
        List<RatingInput> ratings = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ratings.add(TestRatings.rating("upgrade-" + i, Metric.CSAT, 1, 5, i < 9 ? 5 : 2, "ext-upgrade-1"));
        }
        long stored = SystemAuthentication.callAsSystem(() -> imports.store(BatchOrigin.API, "API", "upgrade dump",
                ratings)).imported();
        assertThat(stored).isEqualTo(12);

        String version = jdbc.queryForObject("select max(cast(\"version\" as int)) from \"flyway_schema_history\"",
                String.class);
        Path dir = Path.of("src/test/resources/upgrade");
        Files.createDirectories(dir);
        Path script = dir.resolve("certdesk-v" + version + ".sql").toAbsolutePath();
        jdbc.execute("SCRIPT TO '" + script.toString().replace("'", "''") + "' CHARSET 'UTF-8'");
        var expected = new Properties();
        expected.setProperty("version", version);
        expected.setProperty("password", Fixtures.PASSWORD);
        expected.setProperty("manager", manager);
        expected.setProperty("agent", agent);
        expected.setProperty("agent-two", other);
        expected.setProperty("hr", hr);
        expected.setProperty("admin", admin);
        expected.setProperty("team", SystemAuthentication.callAsSystem(() -> jdbc.queryForObject(
                "select name from team where id = ?", String.class, team)));
        expected.setProperty("program", program.name());
        expected.setProperty("rated-agent-id", Long.toString(external));
        expected.setProperty("ratings", Long.toString(stored));
        try (Writer out = Files.newBufferedWriter(dir.resolve("certdesk-v" + version + ".properties"),
                StandardCharsets.UTF_8)) {
            expected.store(out, "What UpgradeTest finds in certdesk-v" + version + ".sql (written by UpgradeDumpWriter)");
        }
    }
}
