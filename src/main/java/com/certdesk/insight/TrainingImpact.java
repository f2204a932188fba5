package com.certdesk.insight;

import com.certdesk.feedback.Measure;
import com.certdesk.people.TeamSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether certification changed what customers say: the change of certified agents' metric from before to after
 * certification, against the change of agents not yet certified over the same calendar windows (difference in
 * differences), with its 95% interval and sample sizes, or what is missing for an estimate. Figures are in points:
 * CSAT in percentage points of satisfied customers, NPS in NPS points, CES in points of its 1-7 scale.
 *
 * @param training   the program (or module) whose certification (or completion) is compared
 * @param team       the team whose certified agents are compared; null for the whole organization. The comparison
 *                   agents are always the organization's not-yet-certified agents
 * @param dataEnd    the last day whose ratings count
 * @param effect     null when a minimum is not met ({@code missing} says what)
 * @param eventStudy the effect by month relative to certification, -6 to +6 (-1 the reference, 0 by definition)
 * @param doubt      why the comparison is doubtful (a pre-trend), or null
 * @param treatment  what the agents compared went through: certification, completing a module, or (a planned
 *                   evaluation read as randomised) their wave's due date
 * @param withinChannel whether the change was computed within each channel and averaged by the certified agents'
 *                   channel mix
 */
public record TrainingImpact(String training, Measure measure, @Nullable TeamSummary team, LocalDate dataEnd,
        int preDays, int washoutDays, int postDays, int minimumRatings, @Nullable Effect effect, int treatedAgents,
        int controlAgents, long treatedRatings, long controlRatings, List<MonthEffect> eventStudy,
        @Nullable String doubt, List<String> missing, int replicates, boolean withinChannel, Treatment treatment) {

    /** What makes an agent one of the compared "trained" agents, with the words the pages use for it. */
    public enum Treatment {
        CERTIFICATION("certified agents", "agents not yet certified", "certified agent", "certification",
                "Certified agents", "Not-yet-certified agents"),
        MODULE("agents who completed %s", "agents who had not yet", "agent who completed the module", "completion",
                "Completed it", "Not yet completed"),
        /** Intention to treat: agents by their randomised wave, the wave's due date as the day, certified or not. */
        WAVE("agents whose wave was due", "agents whose wave was not yet due", "agent whose wave was due",
                "their wave's due date", "Wave due", "Wave not yet due");

        private final String treated;
        private final String untreated;
        private final String one;
        private final String event;
        private final String treatedCard;
        private final String untreatedCard;

        Treatment(String treated, String untreated, String one, String event, String treatedCard,
                String untreatedCard) {
            this.treated = treated;
            this.untreated = untreated;
            this.one = one;
            this.event = event;
            this.treatedCard = treatedCard;
            this.untreatedCard = untreatedCard;
        }

        /** "certified agents"; for a module with its title. */
        public String treated(String training) {
            return treated.formatted(training);
        }

        /** "agents not yet certified". */
        public String untreated() {
            return untreated;
        }

        /** "certified agent": one of the treated. */
        public String one() {
            return one;
        }

        /** "certification": the event the windows are placed around. */
        public String event() {
            return event;
        }

        public String treatedCard() {
            return treatedCard;
        }

        public String untreatedCard() {
            return untreatedCard;
        }
    }

    /** An effect in points with its 95% interval. */
    public record Effect(double points, double low, double high) {

        public boolean significant() {
            return low > 0 || high < 0;
        }
    }

    /**
     * The effect in one month relative to certification, with the agents it compares and each group's own mean
     * change since the month before certification (in points; null when the month has too few ratings).
     */
    public record MonthEffect(int month, @Nullable Effect effect, int treated, int controls,
            @Nullable Double certifiedChange, @Nullable Double comparisonChange) {

        public MonthEffect(int month, @Nullable Effect effect, int treated, int controls) {
            this(month, effect, treated, controls, null, null);
        }
    }

    public TrainingImpact {
        eventStudy = List.copyOf(eventStudy);
        missing = List.copyOf(missing);
    }

    /** Whether the training is completing a module (then "certified" reads "completed"). */
    public boolean module() {
        return treatment == Treatment.MODULE;
    }

    /** The unit of the figures, for labels. */
    public String unit() {
        return measure == Measure.CES ? "points on the 1-7 scale" : "points";
    }

    /** The result in plain words, or what is missing. */
    public String sentence() {
        if (effect == null) {
            return "Not enough data yet: " + String.join("; ", missing) + ".";
        }
        String agents = treatment.treated(training);
        String who = team == null ? agents : agents + " of " + team.name();
        String size = String.format(Locale.ROOT, "%.1f", Math.abs(effect.points()));
        String interval = String.format(Locale.ROOT, "95%% interval %s to %s", signed(effect.low()),
                signed(effect.high()));
        String change = effect.points() >= 0 ? "rose " + size + " " + unit() + " (" + interval + ") more than"
                : "fell " + size + " " + unit() + " (" + interval + ") further than";
        String counts = String.format(Locale.ROOT, switch (treatment) {
            case CERTIFICATION -> "%,d certified and %,d not-yet-certified agents, %,d ratings.";
            case MODULE -> "%,d who completed it and %,d who had not yet, %,d ratings.";
            case WAVE -> "%,d agents whose wave was due and %,d whose wave was not yet, %,d ratings.";
        }, treatedAgents, controlAgents, treatedRatings + controlRatings);
        String sentence = measure.label() + " of " + who + " " + change + " that of " + treatment.untreated()
                + " over the same months" + (withinChannel ? ", compared within each channel" : "") + ". " + counts;
        return effect.significant() ? sentence : sentence + " The interval includes zero: the data are also "
                + "consistent with no effect.";
    }

    /** A figure with its sign (a minus sign, not a hyphen), one decimal: also {@link EngagementImpact}'s. */
    static String signed(double value) {
        return String.format(Locale.ROOT, value > 0 ? "+%.1f" : value < 0 ? "\u2212%.1f" : "%.1f", Math.abs(value));
    }
}
