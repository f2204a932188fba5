package com.certdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.certdesk.Fixtures;
import com.certdesk.SecurityStrategyListener;
import com.certdesk.TestClock;
import com.certdesk.base.NotFoundException;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.engagement.EngagementFixtures;
import com.certdesk.engagement.PulseService;
import com.certdesk.security.Roles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The engagement index through the whole path: pulse waves answered before and after a month of certification, the
 * certificates, and the comparison from group figures, in a database of its own (so that no other test's answers
 * fall into its windows). Six of twelve agents are certified; their index rises from one statement agreed to all,
 * the others' stays; then one certified agent fewer answers afterwards and the month is left out.
 */
@Tag("database")
@SpringBootTest(properties = "certdesk.impact.replicates=201")
@Import(TestClock.Config.class)
@ActiveProfiles("test")
@TestExecutionListeners(listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class EngagementImpactTest {

    @Autowired
    EngagementImpactService impact;
    @Autowired
    EngagementFixtures engagement;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PulseService pulses;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        fixtures.signOut();
        clock.reset();
    }

    @Test
    void the_certified_agents_rise_is_found_from_group_figures_and_a_small_group_is_left_out() {
        String manager = fixtures.user("ei-manager", null, Roles.MANAGER);
        long team = fixtures.team("Engagement impact team", fixtures.userId(manager));
        String otherManager = fixtures.user("ei-other-manager", null, Roles.MANAGER);
        long otherTeam = fixtures.team("Engagement other team", fixtures.userId(otherManager));
        List<String> trained = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            trained.add(fixtures.user("ei-trained" + i, team, Roles.AGENT));
            others.add(fixtures.user("ei-other" + i, team, Roles.AGENT));
        }
        long module = certs.moduleWithQuiz("Engagement impact module");
        ProgramSummary program = certs.program("Engagement impact program", 24, 30, null, module);
        long smallModule = certs.moduleWithQuiz("Engagement impact small module");
        ProgramSummary small = certs.program("Engagement impact small program", 24, 30, null, smallModule);
        // before: everyone agrees with one statement
        long wave = engagement.openWave(team);
        fixtures.signIn(trained.getFirst());
        int statements = (int) pulses.form(wave).questions().stream()
                .filter(q -> q.kind() == com.certdesk.engagement.ItemKind.AGREEMENT).count();
        fixtures.signOut();
        trained.forEach(a -> engagement.answerAgreeing(a, wave, 1, 7));
        others.forEach(a -> engagement.answerAgreeing(a, wave, 1, 7));
        // a month later six are certified; their next waves fall in the washout
        long next = engagement.nextWave(wave);
        trained.forEach(a -> certs.learnAndPass(a, module, 2));
        // and four of the others earn another program that month: a group below the threshold
        others.subList(0, 4).forEach(a -> certs.learnAndPass(a, smallModule, 2));
        next = engagement.nextWave(next);
        // three months on (in the 90 days from 14 days after the month of certification): the certified agree with
        // every statement, the others as before; one certified agent does not answer in the second case
        long after = engagement.nextWave(next);
        trained.subList(0, 5).forEach(a -> engagement.answerAgreeing(a, after, statements, 9));
        others.forEach(a -> engagement.answerAgreeing(a, after, 1, 7));
        long later = after;
        for (int i = 0; i < 3; i++) {
            later = engagement.nextWave(later);
        }
        fixtures.signIn(manager);
        EngagementImpact five = impact.impact(program.id(), false, team);
        System.out.println("engagement impact, five certified answered afterwards: " + five.sentence());
        assertThat(five.effect()).as(five.sentence()).isNotNull();
        assertThat(five.effect().points()).isCloseTo(100.0 * (statements - 1) / statements, within(1e-6));
        assertThat(five.cohortsUsed()).isEqualTo(1);
        assertThat(five.treatedResponses()).isEqualTo(6 + 5);
        assertThat(five.controlResponses()).isEqualTo(12);
        assertThat(five.sentence()).contains("groups of at least 5");
        assertThatThrownBy(() -> impact.impact(program.id(), false, otherTeam)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> impact.impact(program.id(), false, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        EngagementImpact four = impact.impact(small.id(), false, team);
        System.out.println("engagement impact, four certified: " + four.sentence());
        assertThat(four.effect()).isNull();
        assertThat(four.cohortsWithheld()).isEqualTo(1);
        assertThat(four.treatedResponses()).isZero();
        assertThat(four.sentence()).startsWith("Not enough data yet: 1 cohort of trained agents, but none with at "
                + "least 5 respondents");
        fixtures.signOut();
        fixtures.signIn(fixtures.user("ei-hr", null, Roles.HR));
        EngagementImpact organization = impact.impact(program.id(), false, null);
        assertThat(organization.effect()).isEqualTo(five.effect());
    }
}
