package com.certdesk.reporting.ui;

import com.certdesk.base.ui.CallerDownloads;
import com.certdesk.people.TeamSummary;
import com.certdesk.reporting.ExportFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What every report page has: a team choice with "All teams", filters that wrap, the row count and the downloads. */
final class ReportParts {

    static final TeamSummary ALL_TEAMS = new TeamSummary(-1, "All teams", List.of(), 0, 0);

    private ReportParts() {
    }

    static Select<TeamSummary> teamSelect(String id, List<TeamSummary> teams) {
        List<TeamSummary> choices = new ArrayList<>(teams);
        choices.addFirst(ALL_TEAMS);
        var select = new Select<TeamSummary>();
        select.setId(id);
        select.setLabel("Team");
        select.setItems(choices);
        select.setItemLabelGenerator(TeamSummary::name);
        select.setValue(ALL_TEAMS);
        return select;
    }

    /** The chosen team's id; null for all teams. */
    static @Nullable Long teamId(Select<TeamSummary> select) {
        TeamSummary t = select.getValue();
        return t == null || t == ALL_TEAMS ? null : t.id();
    }

    static Div filters(Component... fields) {
        var filters = new Div(fields);
        filters.addClassName("report-filters");
        return filters;
    }

    /** The row count and the CSV and XLSX links beside it. */
    static Div toolbar(Paragraph count, String idPrefix, Function<ExportFormat, String> fileName,
            BiConsumer<ExportFormat, OutputStream> export) {
        count.addClassName("report-count");
        var downloads = new Div(new Span("Download these rows:"));
        for (ExportFormat format : ExportFormat.values()) {
            Anchor link = CallerDownloads.streamed(format.label(), format.mimeType(), () -> fileName.apply(format),
                    out -> export.accept(format, out));
            link.setId(idPrefix + "-download-" + format.extension());
            downloads.add(link);
        }
        downloads.addClassName("report-downloads");
        var toolbar = new Div(count, downloads);
        toolbar.addClassName("report-toolbar");
        return toolbar;
    }

    static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /** Marks {@code to} invalid when it is before {@code from}; true when the range is usable. */
    static boolean range(DatePicker from, DatePicker to) {
        boolean wrong = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        to.setInvalid(wrong);
        to.setErrorMessage(wrong ? "Before the first day" : null);
        return !wrong;
    }
}
