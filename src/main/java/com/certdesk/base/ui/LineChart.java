package com.certdesk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A line chart over periods (a category axis), drawn by Chart.js from the webjar on a {@code <canvas>}, so that
 * views never write JavaScript. A series may carry a 95% interval, drawn as a shaded band; a missing value (too few
 * responses) leaves a gap; a faint series is drawn thin and dashed (a comparison, e.g. the team); markers sit on the
 * same axis at the bottom of the chart with their names in the tooltip (e.g. training events).
 *
 * <p>The data travels as one JSON parameter of {@code executeJs}, never as script text, so names and labels cannot
 * break out of the script. The chart is drawn again whenever the component is attached (Vaadin detaches and
 * reattaches components), replacing the previous Chart.js instance. It fills its container's width and the height
 * of the {@code line-chart} class in styles.css. For screen readers the canvas is an image with a label: the view
 * must offer the same figures as a table.
 */
public final class LineChart extends Div {

    /** The Chart.js build inside the webjar {@code org.webjars.npm:chart.js} (see pom.xml). */
    public static final String SCRIPT_URL = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private static final String MARKER_COLOR = "#7b1fa2";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Waits for Chart.js (loaded as a page dependency), destroys the chart this element drew before and draws anew.
     * Band datasets (low, high) are left out of the legend and the tooltip; each point's tooltip lines come from
     * the data ("tips"), not from script text.
     */
    private static final String DRAW = """
            const host = this;
            const cfg = $0;
            let tries = 0;
            const draw = () => {
              if (!window.Chart) {
                if (tries++ < 200) { setTimeout(draw, 50); }
                return;
              }
              const canvas = host.querySelector('canvas');
              if (!canvas) { return; }
              const old = window.Chart.getChart(canvas);
              if (old) { old.destroy(); }
              const datasets = [];
              cfg.series.forEach(s => {
                const hasBand = s.points.some(p => p.low !== null && p.high !== null);
                if (hasBand) {
                  datasets.push({ label: s.name + ' (low)', band: true, data: s.points.map(p => p.low),
                    borderWidth: 0, pointRadius: 0, pointHitRadius: 0, fill: false, spanGaps: false });
                  datasets.push({ label: s.name + ' (high)', band: true, data: s.points.map(p => p.high),
                    borderWidth: 0, pointRadius: 0, pointHitRadius: 0, fill: '-1', backgroundColor: s.bandColor,
                    spanGaps: false });
                }
                datasets.push({ label: s.name, data: s.points.map(p => p.value), tips: s.points.map(p => p.tip),
                  borderColor: s.color, backgroundColor: s.color, borderWidth: s.faint ? 1.5 : 2.5,
                  borderDash: s.faint ? [6, 4] : [], pointRadius: s.faint ? 0 : 3.5, pointHoverRadius: 5,
                  fill: false, spanGaps: false, tension: 0 });
              });
              if (cfg.markers.length > 0) {
                const y = cfg.axis.min;
                const data = cfg.labels.map(() => null);
                const tips = cfg.labels.map(() => null);
                cfg.markers.forEach(m => { data[m.period] = y; tips[m.period] = m.names; });
                datasets.push({ label: cfg.markerLabel, data: data, tips: tips, showLine: false,
                  pointStyle: 'triangle', pointRadius: 8, pointHoverRadius: 10, borderColor: cfg.markerColor,
                  backgroundColor: cfg.markerColor, clip: false });
              }
              new window.Chart(canvas, {
                type: 'line',
                data: { labels: cfg.labels, datasets: datasets },
                options: {
                  responsive: true,
                  maintainAspectRatio: false,
                  animation: false,
                  interaction: { mode: 'index', intersect: false },
                  layout: { padding: { bottom: 4 } },
                  scales: {
                    y: { min: cfg.axis.min, max: cfg.axis.max,
                      ticks: { stepSize: cfg.axis.step, callback: v => v + cfg.axis.unit } },
                    x: { ticks: { autoSkip: true, maxRotation: 0 } }
                  },
                  plugins: {
                    legend: { position: 'bottom',
                      labels: { usePointStyle: true, filter: (item, data) => !data.datasets[item.datasetIndex].band } },
                    tooltip: {
                      filter: item => !item.dataset.band && item.raw !== null,
                      callbacks: {
                        title: items => {
                          const l = items.length ? items[0].chart.data.labels[items[0].dataIndex] : '';
                          return Array.isArray(l) ? l[0] : l;
                        },
                        label: item => {
                          const tip = item.dataset.tips ? item.dataset.tips[item.dataIndex] : null;
                          return tip !== null && tip !== undefined ? tip : item.dataset.label + ': ' + item.formattedValue;
                        }
                      }
                    }
                  }
                }
              });
            };
            draw();
            """;

    private final Element canvas = new Element("canvas");
    private @Nullable Data data;

    /** An empty chart; {@code description} is what screen readers hear for the picture. */
    public LineChart(String description) {
        addClassName("line-chart");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", description);
        canvas.setText(description);
        getElement().appendChild(canvas);
    }

    /** Shows these periods (each label one or more lines, e.g. the month and its n), series and markers. */
    public void show(List<List<String>> labels, Axis axis, List<Series> series, List<Marker> markers,
            String markerLabel) {
        for (Series s : series) {
            if (s.points().size() != labels.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has " + s.points().size()
                        + " points for " + labels.size() + " periods");
            }
        }
        for (Marker m : markers) {
            if (m.period() < 0 || m.period() >= labels.size()) {
                throw new IllegalArgumentException("Marker outside the periods: " + m.period());
            }
        }
        data = new Data(labels, axis, series, markers, markerLabel, MARKER_COLOR);
        if (isAttached()) {
            render();
        }
    }

    /** What the chart shows, as the JSON handed to the browser (for tests and for the component itself). */
    public @Nullable JsonNode json() {
        return data == null ? null : JSON.valueToTree(data);
    }

    /** The text screen readers hear for the picture. */
    public String description() {
        return canvas.getAttribute("aria-label");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // first attach and every reattach: a reattached element may be a new canvas, and the old chart must go
        render();
    }

    private void render() {
        JsonNode config = json();
        if (config == null) {
            return;
        }
        getUI().ifPresent(ui -> {
            ui.getPage().addJavaScript(SCRIPT_URL);
            getElement().executeJs(DRAW, config);
        });
    }

    /** The y axis: its range, the step between ticks, and what follows each tick's number ("%" or ""). */
    public record Axis(double min, double max, double step, String unit) {
    }

    /**
     * One line: its points in period order, its colour (any CSS colour Chart.js understands, e.g. "#1676f3"), the
     * band's colour (a translucent one), and whether it is a faint comparison line.
     */
    public record Series(String name, String color, String bandColor, boolean faint, List<Point> points) {

        public Series {
            points = List.copyOf(points);
        }
    }

    /**
     * One period of a series: its value (null leaves a gap), its interval (both null for none) and the tooltip's
     * lines for this point.
     */
    public record Point(@Nullable Double value, @Nullable Double low, @Nullable Double high, List<String> tip) {

        public Point {
            tip = List.copyOf(tip);
        }
    }

    /** Something that happened in a period, drawn as a marker at the bottom, its names listed in the tooltip. */
    public record Marker(int period, List<String> names) {

        public Marker {
            names = List.copyOf(names);
        }
    }

    private record Data(List<List<String>> labels, Axis axis, List<Series> series, List<Marker> markers,
            String markerLabel, String markerColor) {
    }
}
