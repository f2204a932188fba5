package com.certdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.TestClock;
import com.certdesk.feedback.Granularity;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.SystemAuthentication;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/** The demo maps its feedback reasons to skill areas, so its Team dashboard has suggestions to show. */
@Tag("database")
@SpringBootTest(properties = {"certdesk.demo.enabled=true", "certdesk.impact.replicates=400"})
@Import(TestClock.Config.class)
@ActiveProfiles("test")
@TestExecutionListeners(listeners = com.certdesk.SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class TrainingSuggestionsDemoTest {

    @Autowired
    SkillSuggestionService suggestions;
    @Autowired
    TeamDashboardService dashboards;
    @Autowired
    TeamService teams;

    @Test
    void the_demo_dashboard_suggests_training_in_the_last_quarter() {
        SystemAuthentication.runAsSystem(() -> {
            assertThat(suggestions.mappings()).hasSizeGreaterThanOrEqualTo(10);
            ReportPeriod quarter = dashboards.currentPeriod(Granularity.QUARTER).previous();
            ReportPeriod month = dashboards.currentPeriod(Granularity.MONTH).previous();
            List<TeamSummary> all = teams.visibleTeams();
            long byQuarter = all.stream().mapToLong(t -> suggestions.suggestions(t.id(), quarter).agents().size()).sum();
            long byMonth = all.stream().mapToLong(t -> suggestions.suggestions(t.id(), month).agents().size()).sum();
            System.out.println("demo suggestions: " + byQuarter + " agents over the last quarter, " + byMonth
                    + " over the last month");
            assertThat(byQuarter).isPositive();
            assertThat(suggestions.suggestions(all.getFirst().id(), quarter).agents()).allSatisfy(a ->
                    assertThat(a.areas()).allSatisfy(area -> assertThat(area.signals()).isGreaterThanOrEqualTo(5)));
        });
    }
}
