package com.certdesk.reporting;

import com.certdesk.base.Intervals.Estimate;
import com.certdesk.engagement.Visibility;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One engagement figure of a group in the training and service report: a pulse wave's engagement index or eNPS, or
 * an imported measure's mean, of a team (or everyone asked, or the other teams together), exactly as the engagement
 * feature discloses it: {@code respondents} and {@code figure} only when {@code visibility} is SHOWN, otherwise only
 * the reason. Never one person's answer, never a figure of an agent.
 *
 * @param source   "Pulse survey" or "Imported scores"
 * @param survey   the survey's title, or the imported measure's name
 * @param wave     the wave's number (1 for the first); null for imported scores
 * @param from     the day the wave opened, or the imported survey's date
 * @param to       the day the wave closes (or closed); the survey date for imported scores
 * @param teamId   null for everyone asked and for the other teams together
 * @param measure  "Engagement index %", "eNPS", or the imported measure with its scale
 * @param status   "shown", or why the figure is hidden
 */
public record TeamEngagementRow(String source, String survey, @Nullable Integer wave, LocalDate from, LocalDate to,
        String group, @Nullable Long teamId, String measure, Visibility visibility, @Nullable Long respondents,
        @Nullable Estimate figure, String status) {

    public TeamEngagementRow {
        if (visibility != Visibility.SHOWN && (respondents != null || figure != null)) {
            throw new IllegalArgumentException("A hidden group carries no figure and no count");
        }
    }
}
