package com.certdesk.reporting.ui;

import com.certdesk.base.ui.CallerDownloads;
import com.certdesk.base.ui.PhoneColumns;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.reporting.ExportFormat;
import com.certdesk.reporting.TeamEngagementRow;
import com.certdesk.reporting.TrainingServiceReport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Supplier;

/**
 * The report's engagement block: team figures per pulse wave or imported survey date in the period, as the
 * engagement feature discloses them (hidden groups say why), with their own CSV download.
 */
final class TeamEngagementBlock extends Div {

    private final Paragraph count = new Paragraph();
    private final Grid<TeamEngagementRow> grid = new Grid<>();

    TeamEngagementBlock(TrainingServiceReport report, Supplier<TrainingServiceReport.Filter> filter, int threshold) {
        addClassName("report-block");
        setId("service-engagement");
        var help = new Paragraph("Engagement of teams only, never of an agent: each pulse wave opened in the period and "
                + "each imported survey date in it, as the Engagement pages show it. A group of fewer than " + threshold
                + " respondents, or one whose figure would let a smaller group be worked out, is hidden. The agent "
                + "filter does not apply here.");
        help.addClassName("report-help");
        count.setId("service-engagement-count");
        count.addClassName("report-count");
        Anchor csv = CallerDownloads.streamed(ExportFormat.CSV.label(), ExportFormat.CSV.mimeType(),
                report::engagementFileName, out -> report.exportEngagement(filter.get(), out));
        csv.setId("service-engagement-download-csv");
        var downloads = new Div(new Span("Download team engagement:"), csv);
        downloads.addClassName("report-downloads");
        var toolbar = new Div(count, downloads);
        toolbar.addClassName("report-toolbar");

        UserFormats formats = UserFormats.current();
        grid.setId("service-engagement-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TeamEngagementBlock::survey).setHeader("Survey").setFlexGrow(2).setWidth("9rem");
        grid.addColumn(r -> dates(r, formats)).setHeader("Dates").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(TeamEngagementRow::group).setHeader("Group").setFlexGrow(2).setWidth("8rem");
        var measure = grid.addColumn(TeamEngagementRow::measure).setHeader("Measure").setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.respondents() == null ? "" : r.respondents().toString()).setHeader("n")
                .setWidth("4rem").setFlexGrow(0);
        grid.addColumn(ServiceCells::engagement).setHeader("Score (95% interval)").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(r -> r.figure() == null ? r.status() : "").setHeader("Hidden because").setFlexGrow(3)
                .setWidth("10rem");
        PhoneColumns.of(grid).below(1000).keep(measure).compact("Survey and group", r -> compact(r, formats));
        grid.setEmptyStateText("No pulse wave opened and no engagement score was imported in this period.");
        grid.setAllRowsVisible(false);
        add(new H2("Team engagement"), help, toolbar, grid);
    }

    void show(List<TeamEngagementRow> rows) {
        count.setText(ReportParts.count(rows.size(), "figure", "figures"));
        grid.setItems(rows);
    }

    private static String survey(TeamEngagementRow r) {
        return r.wave() == null ? r.survey() + " (imported)" : r.survey() + " · wave " + r.wave();
    }

    private static String dates(TeamEngagementRow r, UserFormats formats) {
        return r.from().equals(r.to()) ? formats.date(r.from()) : formats.date(r.from()) + " – " + formats.date(r.to());
    }

    private static Component compact(TeamEngagementRow r, UserFormats formats) {
        var cell = new Div(new Span(r.group()), new Span(survey(r) + ", " + dates(r, formats)),
                new Span(r.figure() == null ? r.status() : ServiceCells.engagement(r) + " · n " + r.respondents()));
        cell.addClassName("compact-cell");
        return cell;
    }
}
