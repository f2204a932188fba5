package com.certdesk.insight;

import com.certdesk.certification.ProgramSummary;
import com.certdesk.people.TeamSummary;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How agents' quiz scores on a program's modules go with their CSAT in the 90 days after: Spearman's rank
 * correlation with its 95% interval, or what is missing. An association: agents who score well may differ in other
 * ways, so it says nothing about what the training did.
 */
public record QuizAssociation(ProgramSummary program, @Nullable TeamSummary team, int agents, @Nullable Double rho,
        double low, double high, @Nullable String missing) {

    QuizAssociation(ProgramSummary program, @Nullable TeamSummary team, int agents, double rho, double low,
            double high) {
        this(program, team, agents, rho, low, high, null);
    }

    QuizAssociation(ProgramSummary program, @Nullable TeamSummary team, int agents, @Nullable Double rho,
            String missing) {
        this(program, team, agents, rho, 0, 0, missing);
    }

    /** The association in plain words. */
    public String sentence() {
        if (rho == null) {
            return missing == null ? "" : missing;
        }
        String strength = Math.abs(rho) < 0.1 ? "no clear" : Math.abs(rho) < 0.3 ? "a weak" : Math.abs(rho) < 0.5
                ? "a moderate" : "a strong";
        String direction = Math.abs(rho) < 0.1 ? "" : rho > 0 ? " positive" : " negative";
        return String.format(Locale.ROOT, "Association, not effect: agents' quiz scores on %s and their CSAT in the "
                + "90 days after show %s%s rank correlation (Spearman %.2f, 95%% interval %.2f to %.2f, %d agents)%s",
                program.name(), strength, direction, rho, low, high, agents, low > 0 || high < 0 ? "."
                        : "; the interval includes zero.");
    }
}
