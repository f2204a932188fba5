package com.certdesk.insight.internal;

import com.certdesk.catalog.SkillArea;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.SkillSignalDraft;
import com.certdesk.insight.SkillSuggestionService;
import com.certdesk.security.SystemAuthentication;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mappings from feedback to skill areas, so that the demo Team dashboard shows training suggestions: the reasons
 * the demo ratings carry ({@link FeedbackSimulation}'s Zendesk reason codes and survey reason answers) and low CES,
 * each to the area that trains it, made through {@link SkillSuggestionService} as the system. Only when there is no
 * mapping yet, so a restart adds nothing and an administrator's own mappings are left alone. The demo ratings
 * themselves are not changed (the training-impact demo figures stay as they are).
 */
@Component
@Order(55)
@ConditionalOnBooleanProperty("certdesk.demo.enabled")
class DemoSkillSignals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSkillSignals.class);

    /** What the demo maps, in FeedbackSimulation's own words. */
    static final List<SkillSignalDraft> MAPPINGS = List.of(
            SkillSignalDraft.reason("The issue took too long to be solved", SkillArea.PROBLEM_SOLVING),
            SkillSignalDraft.reason("The issue was not solved", SkillArea.PROBLEM_SOLVING),
            SkillSignalDraft.reason("Not resolved", SkillArea.PROBLEM_SOLVING),
            SkillSignalDraft.reason("The agent's knowledge is unsatisfactory", SkillArea.PRODUCT_KNOWLEDGE),
            SkillSignalDraft.reason("The agent's attitude is unsatisfactory", SkillArea.EMPATHY),
            SkillSignalDraft.reason("Had to repeat myself", SkillArea.ACTIVE_LISTENING),
            SkillSignalDraft.reason("Unclear answer", SkillArea.WRITTEN_COMMUNICATION),
            SkillSignalDraft.reason("Waiting time", SkillArea.LOW_EFFORT_SERVICE),
            SkillSignalDraft.reason("Transferred too often", SkillArea.LOW_EFFORT_SERVICE),
            SkillSignalDraft.lowScore(Measure.CES, SkillArea.LOW_EFFORT_SERVICE));

    private final SkillSuggestionService suggestions;

    DemoSkillSignals(SkillSuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> {
            if (!suggestions.mappings().isEmpty()) {
                return;
            }
            MAPPINGS.forEach(suggestions::addMapping);
            log.info("Demo feedback-to-skill mappings: {}", MAPPINGS.size());
        });
    }
}
