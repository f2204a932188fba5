package com.certdesk.insight.ui;

import com.certdesk.insight.TrainingImpact;
import com.certdesk.insight.TrainingImpact.Effect;
import com.certdesk.insight.TrainingImpact.MonthEffect;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The training-impact figures as CSV: the overall effect and each month around certification, with intervals and
 * sample sizes, so an analyst can check them. Aggregates only. Names that a spreadsheet would read as a formula
 * (starting with = + - @) are written with a leading apostrophe.
 */
final class ImpactCsv {

    private ImpactCsv() {
    }

    static String fileName(TrainingImpact r) {
        String name = (r.training() + "-" + r.measure().label() + "-" + (r.team() == null ? "organization"
                : r.team().name())).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "training-impact-" + name + ".csv";
    }

    static String write(TrainingImpact r) {
        var text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord("training", "measure", "certified_agents_of", "row", "month_relative_to_certification",
                    "effect_points", "ci95_low", "ci95_high", "certified_agents", "comparison_agents",
                    "certified_ratings", "comparison_ratings", "data_until", "within_channel");
            String team = r.team() == null ? "whole organization" : r.team().name();
            csv.writeRecord(text(r.training()), r.measure().label(), text(team), "overall", "",
                    number(r.effect()), low(r.effect()), high(r.effect()), String.valueOf(r.treatedAgents()),
                    String.valueOf(r.controlAgents()), String.valueOf(r.treatedRatings()),
                    String.valueOf(r.controlRatings()), r.dataEnd().toString(), String.valueOf(r.withinChannel()));
            for (MonthEffect m : r.eventStudy()) {
                csv.writeRecord(text(r.training()), r.measure().label(), text(team), "month",
                        String.valueOf(m.month()), number(m.effect()), low(m.effect()), high(m.effect()),
                        String.valueOf(m.treated()), String.valueOf(m.controls()), "", "", r.dataEnd().toString(),
                        String.valueOf(r.withinChannel()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Text a spreadsheet would not run as a formula. */
    static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String number(@Nullable Effect e) {
        return e == null ? "" : String.format(Locale.ROOT, "%.2f", e.points());
    }

    private static String low(@Nullable Effect e) {
        return e == null ? "" : String.format(Locale.ROOT, "%.2f", e.low());
    }

    private static String high(@Nullable Effect e) {
        return e == null ? "" : String.format(Locale.ROOT, "%.2f", e.high());
    }
}
