package com.certdesk.insight;

import com.certdesk.Fixtures;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ValidationException;
import com.certdesk.catalog.AuthoringService;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.LessonDraft;
import com.certdesk.catalog.ModuleDraft;
import com.certdesk.catalog.SkillArea;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.Granularity;
import com.certdesk.feedback.Measure;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Training suggestions made through the real services: team A (its manager, agents Ann and Bob), team B (another
 * manager, agent Dora), HR, an administrator and an agent; in Problem solving a published module, a second one that
 * Ann has completed and a draft; a reason of its own mapped to Problem solving. Ratings go in the month before the
 * current one (wholly past, whatever the day). Mappings live in one table for every test of the context, so each
 * scenario maps a reason of its own, and only CES low scores are mapped (to Low-effort service) by these tests.
 */
@Component
public class SuggestionFixtures {

    private final Fixtures fixtures;
    private final AuthoringService authoring;
    private final LearningService learning;
    private final FeedbackImports imports;
    private final SkillSuggestionService suggestions;
    private final OrganizationTime time;

    SuggestionFixtures(Fixtures fixtures, AuthoringService authoring, LearningService learning,
            FeedbackImports imports, SkillSuggestionService suggestions, OrganizationTime time) {
        this.fixtures = fixtures;
        this.authoring = authoring;
        this.learning = learning;
        this.imports = imports;
        this.suggestions = suggestions;
        this.time = time;
    }

    public record Scenario(String manager, long teamA, String otherManager, long teamB, String hr, String admin,
            String agentUser, String ann, long annId, String bob, long bobId, String dora, long doraId,
            long openModule, String openTitle, long completedModule, long draftModule, String reason,
            ReportPeriod period) {
    }

    public Scenario build() {
        Fixtures.TwoTeams org = fixtures.twoTeams("sug");
        long teamA = org.teamA();
        long teamB = org.teamB();
        String admin = org.admin();
        String agentUser = fixtures.user("sug-agent", teamB, Roles.AGENT);
        String ann = fixtures.user("sug-ann", teamA, Roles.AGENT);
        String bob = fixtures.user("sug-bob", teamA, Roles.AGENT);
        String dora = fixtures.user("sug-dora", teamB, Roles.AGENT);
        String openTitle = Fixtures.unique("Solving it the first time");
        long open = module(openTitle, SkillArea.PROBLEM_SOLVING, true);
        long completed = module(Fixtures.unique("Root causes"), SkillArea.PROBLEM_SOLVING, true);
        long draft = module(Fixtures.unique("Draft solving"), SkillArea.PROBLEM_SOLVING, false);
        fixtures.signIn(ann);
        try {
            fixtures.lessonIds(completed).forEach(lesson -> learning.markDone(completed, lesson));
        } finally {
            fixtures.signOut();
        }
        String reason = Fixtures.unique("Took too long");
        map(admin, SkillSignalDraft.reason(reason, SkillArea.PROBLEM_SOLVING));
        return new Scenario(org.manager(), teamA, org.otherManager(), teamB, org.hr(), admin, agentUser, ann, fixtures.userId(ann),
                bob, fixtures.userId(bob), dora, fixtures.userId(dora), open, openTitle, completed, draft, reason,
                ReportPeriod.of(Granularity.MONTH, time.today()).previous());
    }

    /** Adds a mapping as the administrator; one that exists already (CES low scores) is fine. */
    public void map(String admin, SkillSignalDraft draft) {
        fixtures.signIn(admin);
        try {
            suggestions.addMapping(draft);
        } catch (ValidationException alreadyThere) {
            if (!alreadyThere.getMessage().contains("already points at")) {
                throw alreadyThere;
            }
        } finally {
            fixtures.signOut();
        }
    }

    public void mapLowCes(String admin) {
        map(admin, SkillSignalDraft.lowScore(Measure.CES, SkillArea.LOW_EFFORT_SERVICE));
    }

    /** Stores ratings of the agent in the period: one per score, all with the reason (null: none). */
    public void ratings(Scenario s, String agent, Metric metric, int min, int max, @Nullable String reason,
            int... scores) {
        List<RatingInput> ratings = new ArrayList<>();
        Instant start = time.startOf(s.period().start());
        for (int i = 0; i < scores.length; i++) {
            ratings.add(new RatingInput("sugtest", Fixtures.unique("r"), null, metric, min, max, null, scores[i],
                    start.plusSeconds(3600L * (i + 1)), null, null, agent + "@example.test", null, "email", null,
                    null, reason, null));
        }
        SystemAuthentication.runAsSystem(() -> imports.store(BatchOrigin.API, "canonical", "suggestion test", ratings));
    }

    /** {@code n} NPS detractors (score 3) of the agent with the reason. */
    public void detractors(Scenario s, String agent, int n, @Nullable String reason) {
        ratings(s, agent, Metric.NPS, 0, 10, reason, java.util.Collections.nCopies(n, 3).stream()
                .mapToInt(Integer::intValue).toArray());
    }

    private long module(String title, SkillArea area, boolean publish) {
        return SystemAuthentication.callAsSystem(() -> {
            long id = authoring.createModule(new ModuleDraft(title, "What you will learn in " + title, area, 20));
            authoring.addLesson(id, new LessonDraft("Lesson 1", "### Part 1\n\nFind the cause.", null));
            if (publish) {
                authoring.publish(id);
            }
            return id;
        });
    }
}
