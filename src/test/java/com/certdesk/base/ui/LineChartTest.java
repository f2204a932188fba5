package com.certdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The chart component hands the browser data, never script text, and refuses data that does not line up. */
class LineChartTest {

    private static final LineChart.Axis PERCENT = new LineChart.Axis(0, 100, 20, "%");

    @Test
    void the_chart_script_named_by_the_component_is_in_the_webjar_on_the_classpath() throws Exception {
        try (InputStream script = getClass().getResourceAsStream("/META-INF/resources" + LineChart.SCRIPT_URL)) {
            assertThat(script).as(LineChart.SCRIPT_URL).isNotNull();
            assertThat(new String(script.readNBytes(4000))).contains("Chart");
        }
    }

    @Test
    void series_band_gaps_and_markers_reach_the_browser_as_json_data() {
        var chart = new LineChart("CSAT per month");
        chart.show(List.of(List.of("Jan", "n = 12"), List.of("Feb", "n = 3")), PERCENT,
                List.of(new LineChart.Series("You", "#1676f3", "rgba(22,118,243,.2)", false, List.of(
                        new LineChart.Point(80.0, 58.4, 91.9, List.of("You: 80%", "n = 12")),
                        new LineChart.Point(null, null, null, List.of("You: too few responses"))))),
                List.of(new LineChart.Marker(1, List.of("Certificate: De-escalation Specialist"))), "Training");
        JsonNode json = chart.json();
        assertThat(json).isNotNull();
        assertThat(json.get("labels").get(0).get(1).asString()).isEqualTo("n = 12");
        JsonNode points = json.get("series").get(0).get("points");
        assertThat(points.get(0).get("low").asDouble()).isEqualTo(58.4);
        assertThat(points.get(1).get("value").isNull()).as("a gap").isTrue();
        assertThat(json.get("markers").get(0).get("names").get(0).asString())
                .isEqualTo("Certificate: De-escalation Specialist");
        assertThat(json.get("axis").get("max").asDouble()).isEqualTo(100);
        assertThat(chart.getElement().getChild(0).getTag()).isEqualTo("canvas");
        assertThat(chart.getElement().getChild(0).getAttribute("role")).isEqualTo("img");
        assertThat(chart.description()).isEqualTo("CSAT per month");
    }

    @Test
    void text_that_looks_like_script_stays_a_string_in_the_data() {
        String hostile = "*/ '); alert(1); </script><b>x</b> //";
        var chart = new LineChart(hostile);
        chart.show(List.of(List.of(hostile)), PERCENT, List.of(new LineChart.Series(hostile, "#000", "#0001",
                true, List.of(new LineChart.Point(50.0, null, null, List.of(hostile))))), List.of(), hostile);
        JsonNode json = chart.json();
        assertThat(json.get("series").get(0).get("name").asString()).isEqualTo(hostile);
        assertThat(json.get("labels").get(0).get(0).asString()).isEqualTo(hostile);
        assertThat(chart.getElement().getChild(0).getAttribute("aria-label")).isEqualTo(hostile);
    }

    @Test
    void a_series_that_does_not_match_the_periods_or_a_marker_outside_them_is_refused() {
        var chart = new LineChart("chart");
        var labels = Arrays.asList(List.of("Jan"), List.of("Feb"));
        var shortSeries = new LineChart.Series("You", "#000", "#0001", false,
                List.of(new LineChart.Point(1.0, null, null, List.of())));
        assertThatThrownBy(() -> chart.show(labels, PERCENT, List.of(shortSeries), List.of(), "Training"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart.show(labels, PERCENT, List.of(), List.of(new LineChart.Marker(2, List.of("x"))),
                "Training")).isInstanceOf(IllegalArgumentException.class);
        assertThat(chart.json()).isNull();
    }
}
