package com.certdesk.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.TestClock;
import com.certdesk.catalog.LearnerModule;
import com.certdesk.catalog.LearningService;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateView;
import com.certdesk.certification.ProgramService;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.TeamHistory;
import com.certdesk.people.UserSummary;
import com.certdesk.security.SystemAuthentication;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/** The demo organization, generated at a small scale, keeps the rules it is meant to show. */
@Tag("database")
@SpringBootTest(properties = {"certdesk.demo.enabled=true", "certdesk.demo.teams=2", "certdesk.demo.agents=16",
        "certdesk.demo.feedback.months=2"})
@Import(TestClock.Config.class)
@ActiveProfiles("test")
@TestExecutionListeners(listeners = com.certdesk.SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class DemoDataConsistencyTest {

    @Autowired
    PeopleDirectory people;
    @Autowired
    CertificateService certificates;
    @Autowired
    ProgramService programs;
    @Autowired
    LearningService learning;
    @Autowired
    TeamHistory teamHistory;
    @Autowired
    TestClock clock;

    @Test
    void every_valid_demo_certificate_has_its_required_modules_complete_for_its_holder() {
        SystemAuthentication.runAsSystem(() -> {
            LocalDate today = LocalDate.now(clock);
            Map<Long, ProgramSummary> byId = programs.all().stream()
                    .collect(Collectors.toMap(ProgramSummary::id, p -> p));
            List<String> broken = new ArrayList<>();
            int valid = 0;
            for (long agentId : people.activeAgentIds()) {
                Set<Long> complete = learning.progressOf(agentId).stream().filter(m -> m.progress().complete())
                        .map(m -> m.module().id()).collect(Collectors.toSet());
                for (CertificateView c : certificates.of(agentId)) {
                    if (!c.validOn(today)) {
                        continue;
                    }
                    valid++;
                    List<Long> missing = byId.get(c.programId()).moduleIds().stream()
                            .filter(m -> !complete.contains(m)).toList();
                    if (!missing.isEmpty()) {
                        broken.add(c.holderName() + " holds a valid " + c.programName()
                                + " certificate without modules " + missing);
                    }
                }
            }
            assertThat(broken).isEmpty();
            assertThat(valid).as("the demo still shows valid certificates").isPositive();
        });
    }

    @Test
    void every_demo_agent_is_in_their_team_since_they_were_hired() {
        SystemAuthentication.runAsSystem(() -> {
            for (long agentId : people.activeAgentIds()) {
                UserSummary agent = people.person(agentId);
                assertThat(teamHistory.joinedCurrentTeamOn(agentId)).as(agent.username()).contains(agent.hireDate());
            }
        });
    }
}
