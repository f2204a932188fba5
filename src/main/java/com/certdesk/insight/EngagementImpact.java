package com.certdesk.insight;

import com.certdesk.people.TeamSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether certification went with a change in the engagement index (pulse surveys): per monthly cohort, the change
 * of the certified agents' index from the windows before to after against that of agents not yet certified, computed
 * from group figures only, each of at least the confidentiality threshold respondents and disclosed together so that
 * no smaller group can be worked out (ADR 012). In percentage points of favourable answers.
 *
 * @param effect           null when no cohort could be used ({@code missing} says why)
 * @param cohortsUsed      cohorts whose four groups (certified and comparison, before and after) were all allowed
 * @param cohortsWithheld  cohorts left out because a group had fewer respondents than the threshold (or would have
 *                         let a smaller group be worked out)
 * @param treatedResponses respondents among the certified agents, summed over the cohorts and windows used
 * @param controlResponses respondents among the comparison agents, likewise
 */
public record EngagementImpact(String training, @Nullable TeamSummary team, LocalDate dataEnd, int preDays,
        int washoutDays, int postDays, int threshold, TrainingImpact.@Nullable Effect effect, int cohortsUsed,
        int cohortsWithheld, long treatedResponses, long controlResponses, List<String> missing, boolean module) {

    public EngagementImpact {
        missing = List.copyOf(missing);
    }

    /** The result in plain words, or what is missing. */
    public String sentence() {
        if (effect == null) {
            return "Not enough data yet: " + String.join("; ", missing) + ".";
        }
        String agents = module ? "agents who completed " + training : "certified agents";
        String who = team == null ? agents : agents + " of " + team.name();
        String change = String.format(Locale.ROOT, "%s %.1f points (95%% interval %s to %s) %s", effect.points() >= 0
                ? "rose" : "fell", Math.abs(effect.points()), TrainingImpact.signed(effect.low()), TrainingImpact.signed(effect.high()),
                effect.points() >= 0 ? "more than" : "further than");
        String sentence = String.format(Locale.ROOT, "The engagement index of %s %s that of agents %s over the same "
                + "months. %d monthly cohort%s; %,d responses of the trained and %,d of the others, counted only in "
                + "groups of at least %d.", who, change, module ? "who had not yet completed it" : "not yet certified",
                cohortsUsed, cohortsUsed == 1 ? "" : "s", treatedResponses, controlResponses, threshold);
        if (cohortsWithheld > 0) {
            sentence += String.format(Locale.ROOT, " %d cohort%s left out to keep answers confidential.",
                    cohortsWithheld, cohortsWithheld == 1 ? "" : "s");
        }
        return effect.significant() ? sentence : sentence + " The interval includes zero: the data are also "
                + "consistent with no effect.";
    }
}
