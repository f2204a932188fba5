package com.certdesk.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.feedback.Measure;
import com.certdesk.insight.TrainingImpact;
import com.certdesk.insight.TrainingImpact.Effect;
import com.certdesk.insight.TrainingImpact.MonthEffect;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The impact CSV: the overall row and one per month, numbers with a point, names never run as formulas. */
class ImpactCsvTest {

    private static TrainingImpact impact(String programName) {
        return new TrainingImpact(programName, Measure.CSAT, null, LocalDate.of(2026, 11, 30), 90, 14, 90, 10,
                new Effect(4.12, 1.2, 7.04), 23, 41, 2000, 4120,
                List.of(new MonthEffect(-2, new Effect(-0.5, -2, 1), 20, 40), new MonthEffect(-1,
                        new Effect(0, 0, 0), 0, 0), new MonthEffect(1, null, 0, 0)), null, List.of(), 1000, false, TrainingImpact.Treatment.CERTIFICATION);
    }

    @Test
    void writes_the_overall_effect_and_each_month() {
        String csv = ImpactCsv.write(impact("De-escalation Specialist"));
        assertThat(csv.lines().toList()).hasSize(5);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("De-escalation Specialist,CSAT,whole organization,overall,,4.12,1.20,7.04,23,41,2000,"
                        + "4120,2026-11-30,false");
        assertThat(csv).contains("month,-2,-0.50,-2.00,1.00,20,40").contains("month,1,,,,0,0");
        assertThat(new TrainingImpact("x", Measure.CSAT, null, LocalDate.of(2026, 11, 30), 90,
                14, 90, 10, new Effect(4.12, 1.2, 7.04), 23, 41, 2000, 4120, List.of(), null, List.of(), 1000, false, TrainingImpact.Treatment.CERTIFICATION)
                .sentence()).isEqualTo("CSAT of certified agents rose 4.1 points (95% interval +1.2 to +7.0) more "
                        + "than that of agents not yet certified over the same months. 23 certified and 41 "
                        + "not-yet-certified agents, 6,120 ratings.");
    }

    @Test
    void a_name_a_spreadsheet_would_run_is_written_as_text() {
        assertThat(ImpactCsv.write(impact("=HYPERLINK(\"http://x\")"))).contains("'=HYPERLINK");
        assertThat(ImpactCsv.fileName(impact("De-escalation Specialist")))
                .isEqualTo("training-impact-de-escalation-specialist-csat-organization.csv");
    }
}
