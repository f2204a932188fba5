package com.certdesk.reporting.ui;

import com.certdesk.base.Intervals.Estimate;
import com.certdesk.base.ui.EstimateText;
import com.certdesk.feedback.Figure;
import com.certdesk.feedback.Measure;
import com.certdesk.reporting.TeamEngagementRow;
import com.certdesk.reporting.TrainingServiceReport;
import java.util.Locale;

/**
 * The training and service report's cells as people read them: CSAT a whole percentage, NPS a signed whole number,
 * CES one decimal, each with its 95% interval and n; below the minimum "fewer than 10 ratings" and n, no number.
 */
final class ServiceCells {

    private ServiceCells() {
    }

    /** "80% (58–92) · n 20", "+21 (+1 to +41) · n 62", or "fewer than 10 ratings · n 3". */
    static String figure(Figure figure) {
        if (!figure.enough() || figure.value() == null || figure.low() == null || figure.high() == null) {
            return TrainingServiceReport.status(figure) + " · n " + figure.n();
        }
        Measure m = figure.measure();
        // "−20–+12" misreads; a signed NPS range says "to"
        String between = m == Measure.NPS ? " to " : "–";
        return m.format(figure.value()) + m.unit() + " (" + m.format(figure.low()) + between
                + m.format(figure.high()) + ") · n " + figure.n();
    }

    /** "72% (60–84)", "+20 (−10 to +50)", "3.9 (3.5–4.3)" for an imported mean; "" when hidden. */
    static String engagement(TeamEngagementRow row) {
        Estimate e = row.figure();
        if (e == null) {
            return "";
        }
        if (row.measure().equals("eNPS")) {
            return EstimateText.signed(e.value()) + " (" + EstimateText.signed(e.low()) + " to "
                    + EstimateText.signed(e.high()) + ")";
        }
        if (row.measure().endsWith("%")) {
            return EstimateText.percent(e) + " (" + Math.round(e.low()) + "–" + Math.round(e.high()) + ")";
        }
        return String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", e.value(), e.low(), e.high());
    }

}
