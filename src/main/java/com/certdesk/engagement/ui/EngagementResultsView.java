package com.certdesk.engagement.ui;

import com.certdesk.base.ui.EstimateText;
import com.certdesk.base.ui.LineChart;
import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.engagement.EngagementNavigation;
import com.certdesk.engagement.EngagementResults;
import com.certdesk.engagement.EngagementResults.QuestionFilter;
import com.certdesk.engagement.EngagementResults.TrendPoint;
import com.certdesk.engagement.GroupResult;
import com.certdesk.engagement.WaveResults;
import com.certdesk.engagement.WaveView;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Results of one wave: every group the viewer may see in a table (response rate, engagement index and eNPS with
 * their intervals, or why a group is hidden), then one group in detail with its per-question bars, open answers and
 * trend over the survey's waves. Managers see their teams and the whole; HR and administrators every team.
 */
@Route(value = EngagementNavigation.RESULTS, layout = MainLayout.class)
@PageTitle("Engagement results")
@Menu(title = "Engagement", order = 8, icon = "vaadin:heart")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class EngagementResultsView extends VerticalLayout implements BeforeEnterObserver {

    private final EngagementResults results;
    private final Select<WaveView> wave = new Select<>();
    private final QuestionChoice questions = new QuestionChoice(this::refresh);
    private final Select<GroupResult> group = new Select<>();
    private final Grid<GroupResult> table = new Grid<>();
    private final Div detail = new Div();
    private final Paragraph note = new Paragraph();
    private @Nullable WaveResults shown;

    EngagementResultsView(EngagementResults results) {
        this.results = results;
        addClassNames("page", "page-wide", "engagement-results");
        setId("engagement-results");
        UserFormats formats = UserFormats.current();
        wave.setId("results-wave");
        wave.setLabel("Wave");
        wave.setItemLabelGenerator(w -> w.surveyTitle() + " · wave " + w.ordinal() + " · "
                + formats.date(w.opensOn()) + " – " + formats.date(w.closesOn()) + (w.open() ? " (open)" : ""));
        group.setId("results-group");
        group.setLabel("In detail");
        group.setItemLabelGenerator(GroupResult::name);
        wave.addValueChangeListener(e -> refresh());
        group.addValueChangeListener(e -> showDetail());
        table.setId("results-table");
        table.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.COLUMN_BORDERS, GridVariant.WRAP_CELL_CONTENT);
        table.setSelectionMode(Grid.SelectionMode.NONE);
        table.setAllRowsVisible(true);
        // the five columns fit a laptop's 1280 px beside the menu, each figure over its interval (or its count) as
        // the cards below show them; on a phone the table scrolls sideways with the group's name kept in place
        table.addColumn(GroupResult::name).setKey("group").setHeader("Group").setWidth("12rem").setFlexGrow(1)
                .setFrozen(true);
        table.addColumn(figure(g -> g.participation() == null ? "hidden"
                : String.format(Locale.ROOT, "%.0f%%", g.participation().rate()), g -> g.participation() == null ? ""
                : g.participation().responded() + " of " + g.participation().invited()))
                .setKey("rate").setHeader("Response rate").setWidth("8.5rem").setFlexGrow(0);
        table.addColumn(figure(g -> g.figures() == null || g.figures().index() == null ? ""
                : EstimateText.percent(g.figures().index()), g -> g.figures() == null || g.figures().index() == null ? ""
                : EstimateText.interval(g.figures().index(), "%")))
                .setKey("index").setHeader("Engagement index").setWidth("11rem").setFlexGrow(0);
        table.addColumn(figure(g -> g.figures() == null || g.figures().enps() == null ? ""
                : EstimateText.signed(g.figures().enps().value()), g -> g.figures() == null
                || g.figures().enps() == null ? "" : EstimateText.interval(g.figures().enps(), "")))
                .setKey("enps").setHeader("eNPS").setWidth("11rem").setFlexGrow(0);
        table.addColumn(g -> g.figures() == null ? g.figuresShown().reason(shown == null ? 0 : shown.threshold(),
                "responses") : "n = " + g.figures().respondents()).setKey("n").setHeader("Responses")
                .setWidth("13rem").setFlexGrow(1).setTooltipGenerator(g -> g.figures() == null
                        ? g.figuresShown().reason(shown == null ? 0 : shown.threshold(), "responses") : "");
        table.setPartNameGenerator(g -> g.figures() == null ? "hidden-group" : null);
        var filters = new Div(wave, questions.theme(), questions.question(), group);
        filters.addClassName("filters");
        note.setId("results-note");
        note.addClassName("muted");
        detail.setId("results-detail");
        add(new H1("Engagement results"), filters, note, table, detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<WaveView> waves = results.waves(null, null);
        wave.setItems(waves);
        if (waves.isEmpty()) {
            removeAll();
            add(new H1("Engagement results"), new Paragraph("No pulse survey wave has asked your teams yet. "
                    + "Results show here once a wave has closed."));
            return;
        }
        Long wanted = event.getLocation().getQueryParameters().getSingleParameter("wave").map(v -> {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
        WaveView chosen = waves.stream().filter(w -> Objects.equals(w.id(), wanted)).findFirst()
                .orElse(waves.stream().filter(w -> !w.open()).findFirst().orElse(waves.getFirst()));
        wave.setValue(chosen);
    }

    private void refresh() {
        WaveView w = wave.getValue();
        if (w == null) {
            return;
        }
        QuestionFilter filter = questions.chosen();
        shown = results.results(w.id(), filter);
        // another survey's wave may not have the theme or question chosen (or has it under another id)
        QuestionFilter applied = questions.applied(shown.allQuestions());
        if (!applied.equals(filter)) {
            filter = applied;
            shown = results.results(w.id(), filter);
        }
        questions.show(shown, filter);
        List<GroupResult> groups = new ArrayList<>();
        groups.add(shown.organization());
        groups.addAll(shown.teams());
        if (shown.others() != null) {
            groups.add(shown.others());
        }
        table.setItems(groups);
        // the same group in detail (the rolled-up rest has no team id, as the organization)
        GroupResult kept = group.getValue();
        group.setItems(groups);
        group.setValue(groups.stream().filter(g -> kept != null && Objects.equals(g.teamId(), kept.teamId())
                && g.name().equals(kept.name())).findFirst().orElse(groups.getFirst()));
        note.setText((w.open() ? "This wave is open until " + UserFormats.current().date(w.closesOn())
                + ": answers show when it has closed, so that answers given one by one cannot be told apart. "
                : "") + "Every figure is over at least " + shown.threshold() + " people; a group that is smaller, "
                + "or whose figures would let a smaller group be worked out, is hidden. Intervals are 95%."
                + (filter.equals(QuestionFilter.ALL) ? "" : " The question filters choose what is counted, not "
                        + "whom: the same groups are shown and hidden as without them."));
    }

    /** A figure over its detail (the interval, or how many answered of those asked), in one cell. */
    private static LitRenderer<GroupResult> figure(ValueProvider<GroupResult, String> value,
            ValueProvider<GroupResult, String> detail) {
        return LitRenderer.<GroupResult>of("<span class=\"cell-figure\">${item.value}</span>"
                + "<span class=\"cell-detail\">${item.detail}</span>")
                .withProperty("value", value).withProperty("detail", detail);
    }

    private void showDetail() {
        detail.removeAll();
        GroupResult g = group.getValue();
        if (g == null || shown == null) {
            return;
        }
        detail.add(new GroupPanel(g, shown.threshold()));
        if (g.name().equals(shown.others() == null ? null : shown.others().name())) {
            return;
        }
        List<TrendPoint> trend = results.trend(shown.wave().surveyId(), g.teamId());
        if (trend.size() >= 2) {
            detail.add(new H2("Over the waves"), trendChart(g.name(), trend));
        }
    }

    private static LineChart trendChart(String who, List<TrendPoint> trend) {
        UserFormats formats = UserFormats.current();
        var chart = new LineChart("Engagement index of " + who + " per wave, with 95% intervals; hidden waves have "
                + "no point");
        chart.setId("results-trend");
        List<List<String>> labels = trend.stream().map(p -> List.of(formats.month(p.wave().opensOn()),
                p.figures() == null ? "hidden" : "n = " + p.figures().respondents())).toList();
        List<LineChart.Point> points = trend.stream().map(p -> p.figures() == null || p.figures().index() == null
                ? new LineChart.Point(null, null, null, List.of("hidden to protect confidentiality"))
                : new LineChart.Point(p.figures().index().value(), p.figures().index().low(),
                        p.figures().index().high(), List.of(EstimateText.percent(p.figures().index()) + " ("
                                + EstimateText.interval(p.figures().index(), "%") + "), n = "
                                + p.figures().respondents()))).toList();
        chart.show(labels, new LineChart.Axis(0, 100, 20, "%"), List.of(new LineChart.Series("Engagement index",
                "#1676f3", "rgba(22, 118, 243, 0.15)", false, points)), List.of(), "");
        return chart;
    }
}
