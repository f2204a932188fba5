package com.certdesk.insight;

import com.certdesk.catalog.SkillArea;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The team dashboard's training suggestions over a period: for each agent with enough negative signals, the skill
 * areas customers pointed at most (each with its n, only areas with at least {@code minimumSignals}), and the
 * published modules of each area the agent has not completed. A suggestion from customer feedback, never a verdict
 * on the agent. {@code mapped}: whether any mapping exists at all (without one there can be no suggestion).
 */
public record TrainingSuggestions(long teamId, ReportPeriod period, boolean mapped, int minimumSignals,
        List<AgentSuggestion> agents) {

    public TrainingSuggestions {
        agents = List.copyOf(agents);
    }

    /** One agent: {@code ratings} answered ratings in the period, the areas most signalled first. */
    public record AgentSuggestion(long userId, String displayName, long ratings, List<AreaSuggestion> areas) {

        public AgentSuggestion {
            areas = List.copyOf(areas);
        }
    }

    /** A skill area with its negative signals (each rating once) and the modules that train it. */
    public record AreaSuggestion(SkillArea area, long signals, List<SuggestedModule> modules) {

        public AreaSuggestion {
            modules = List.copyOf(modules);
        }
    }

    /** A published module of the area the agent has not completed; {@code dueOn} when it is assigned to them. */
    public record SuggestedModule(long moduleId, String title, @Nullable LocalDate dueOn) {

        public boolean assigned() {
            return dueOn != null;
        }
    }
}
