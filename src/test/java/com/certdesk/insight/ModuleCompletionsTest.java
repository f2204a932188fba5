package com.certdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.catalog.LearningService;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.feedback.Measure;
import com.certdesk.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Module completions in bulk for the per-module impact: lessons done and the quiz passed, and who may ask. */
@ServiceTest
class ModuleCompletionsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    LearningService learning;
    @Autowired
    TrainingImpactService impact;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void an_agent_who_did_the_lessons_and_passed_the_quiz_has_completed_the_module_others_not() {
        String manager = fixtures.user("mc-manager", null, Roles.MANAGER);
        long team = fixtures.team("Completions team", fixtures.userId(manager));
        String done = fixtures.user("mc-done", team, Roles.AGENT);
        String started = fixtures.user("mc-started", team, Roles.AGENT);
        long module = certs.moduleWithQuiz("Completions module");
        certs.learnAndPass(done, module, 2);
        fixtures.signIn(manager);
        assertThat(learning.completions(module)).containsOnlyKeys(fixtures.userId(done));
        assertThat(started).isNotNull();
        TrainingImpact r = impact.impactOfModule(module, Measure.CSAT, team, false);
        assertThat(r.module()).isTrue();
        assertThat(r.effect()).isNull();
        assertThat(r.sentence()).startsWith("Not enough data yet").contains("agents who completed the module")
                .doesNotContain("certified");

        fixtures.signIn(done);
        assertThatThrownBy(() -> learning.completions(module)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> impact.impactOfModule(module, Measure.CSAT, team, false))
                .isInstanceOf(AccessDeniedException.class);
    }
}
