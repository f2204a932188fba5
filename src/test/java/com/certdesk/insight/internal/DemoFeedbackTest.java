package com.certdesk.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.TestClock;
import com.certdesk.base.OrganizationTime;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.FigureScope;
import com.certdesk.feedback.PeriodFigures;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.UserSummary;
import com.certdesk.security.SystemAuthentication;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The demo's customer feedback, generated at a small scale (the same context as DemoDataConsistencyTest: 2 teams, 16
 * agents, 2 months of ratings).
 */
@Tag("database")
@SpringBootTest(properties = {"certdesk.demo.enabled=true", "certdesk.demo.teams=2", "certdesk.demo.agents=16",
        "certdesk.demo.feedback.months=2"})
@Import(TestClock.Config.class)
@ActiveProfiles("test")
@TestExecutionListeners(listeners = com.certdesk.SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class DemoFeedbackTest {

    @Autowired
    DemoFeedback demo;
    @Autowired
    FeedbackImports imports;
    @Autowired
    FeedbackFigures figures;
    @Autowired
    PeopleDirectory people;
    @Autowired
    OrganizationTime time;

    @Test
    void demo_holds_ratings_of_every_measure_and_channel() {
        SystemAuthentication.runAsSystem(() -> {
            LocalDate today = time.today();
            PeriodFigures all = figures.figures(FigureScope.organization(), today.minusMonths(2), today);
            assertThat(all.csat().n()).isGreaterThan(1000);
            assertThat(all.nps().n()).isGreaterThan(300);
            assertThat(all.ces().n()).isGreaterThan(200);
            assertThat(figures.channels(FigureScope.organization()))
                    .containsExactlyInAnyOrder("email", "chat", "phone", "web", "social");
        });
    }

    @Test
    void demo_feedback_is_deterministic_and_generated_only_once() {
        SystemAuthentication.runAsSystem(() -> {
            long stored = BenchmarkData.storedDemoRatings(imports);
            assertThat(stored).isGreaterThan(2000);

            var first = new FeedbackSimulation.Checksum();
            var second = new FeedbackSimulation.Checksum();
            var simulation = new FeedbackSimulation(demo.settings(), FeedbackSimulation.loadComments());
            demo.agents().forEach(a -> simulation.generate(a, first));
            var again = new FeedbackSimulation(demo.settings(), FeedbackSimulation.loadComments());
            demo.agents().forEach(a -> again.generate(a, second));
            assertThat(second.count()).isEqualTo(first.count()).isEqualTo(stored);
            assertThat(second.hex()).isEqualTo(first.hex());

            assertThat(demo.demoBatchExists()).isTrue();
            demo.run(new org.springframework.boot.DefaultApplicationArguments());
            assertThat(BenchmarkData.storedDemoRatings(imports)).isEqualTo(stored);
        });
    }

    @Test
    void the_agents_named_in_the_sample_files_are_demo_agents() {
        SystemAuthentication.runAsSystem(() -> {
            Map<String, UserSummary> byExternalId = new HashMap<>();
            people.agentsOfVisibleTeams(PageRequest.of(0, 100)).forEach(u -> byExternalId.put(u.externalId(), u));
            assertThat(byExternalId).containsKeys("9001", "9002", "9003", "9004", "1");
            assertThat(byExternalId.get("9001").username()).isEqualTo("agent");
            assertThat(byExternalId.get("9001").email()).isEqualTo("ana@example.com");
            assertThat(byExternalId.get("9002").email()).isEqualTo("bo@example.com");
            assertThat(byExternalId.get("1").email()).isEqualTo("cara@example.com");
            assertThat(byExternalId.values()).allMatch(u -> u.teamId() != null);
        });
    }

    @Test
    void de_escalation_certificates_are_spread_over_the_year_and_leave_agents_to_compare_with() {
        SystemAuthentication.runAsSystem(() -> {
            List<FeedbackSimulation.Agent> agents = demo.agents();
            LocalDate yearAgo = time.today().minusMonths(12);
            List<LocalDate> inTheYear = agents.stream().map(FeedbackSimulation.Agent::certifiedOn)
                    .filter(Objects::nonNull).filter(d -> d.isAfter(yearAgo)).toList();
            Set<YearMonth> months = inTheYear.stream().map(YearMonth::from).collect(Collectors.toSet());
            long neverCertified = agents.stream().filter(a -> a.certifiedOn() == null).count();

            assertThat(inTheYear.size()).as("certified in the last 12 months").isGreaterThanOrEqualTo(agents.size() / 4);
            assertThat(months.size()).as("distinct certification months").isGreaterThanOrEqualTo(4);
            assertThat(neverCertified).as("never certified").isGreaterThanOrEqualTo(agents.size() / 5);
        });
    }
}
