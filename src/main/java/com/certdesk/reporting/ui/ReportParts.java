package com.certdesk.reporting.ui;

import com.certdesk.base.ui.CallerDownloads;
import com.certdesk.people.AgentActivity;
import com.certdesk.people.TeamSummary;
import com.certdesk.reporting.ExportFormat;
import com.certdesk.reporting.ReportSchedules;
import com.certdesk.reporting.SavedFilter;
import com.certdesk.reporting.internal.ExportProgress;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
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

    /** A name filter: a search icon, a clear button, and the value taken when typing pauses. */
    static TextField search(TextField field, String id, String placeholder) {
        field.setId(id);
        field.setPlaceholder(placeholder);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }

    /** A choice among {@code items}, {@code initial} chosen. */
    static <T> Select<T> choice(Select<T> select, String id, String label, List<T> items,
            ItemLabelGenerator<T> labels, T initial) {
        select.setId(id);
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(labels);
        select.setValue(initial);
        return select;
    }

    /** A choice of {@code any} (chosen first) or one of the values, labelled by {@code labels}. */
    @SuppressWarnings("unchecked")
    static <E> Select<Object> anyOf(Select<Object> select, String id, String label, String any, List<E> values,
            Function<E, String> labels) {
        List<Object> items = new ArrayList<>(values);
        items.addFirst(any);
        return choice(select, id, label, items, v -> v.equals(any) ? any : labels.apply((E) v), any);
    }

    /** The value of an {@link #anyOf} choice; null for "any". */
    static <E> @Nullable E chosen(Select<Object> select, Class<E> type) {
        return type.isInstance(select.getValue()) ? type.cast(select.getValue()) : null;
    }

    /**
     * The "Agents" choice (active, deactivated, both), shown only to HR and administrators: deactivated agents are
     * HR's records, a manager's reports list their active team.
     */
    static Select<AgentActivity> agentActivity(String id, AuthenticationContext auth) {
        Select<AgentActivity> select = choice(new Select<>(), id, "Agents", List.of(AgentActivity.values()),
                AgentActivity::label, AgentActivity.ACTIVE);
        select.setVisible(auth.hasAnyRole(Roles.HR, Roles.ADMIN));
        return select;
    }

    /** The agent's name, marked when deactivated. */
    static String agentName(String name, boolean active) {
        return active ? name : name + " (deactivated)";
    }

    static Div filters(Component... fields) {
        var filters = new Div(fields);
        filters.addClassName("report-filters");
        return filters;
    }

    /** The row count and the CSV and XLSX links beside it. */
    static Div toolbar(Paragraph count, String idPrefix, Function<ExportFormat, String> fileName,
            BiConsumer<ExportFormat, OutputStream> export) {
        return toolbar(count, idPrefix, List.of(ExportFormat.CSV, ExportFormat.XLSX), fileName, export);
    }

    /** The row count and a link for each of {@code formats} beside it, then {@code more} (other downloads). */
    static Div toolbar(Paragraph count, String idPrefix, List<ExportFormat> formats,
            Function<ExportFormat, String> fileName, BiConsumer<ExportFormat, OutputStream> export,
            Component... more) {
        count.addClassName("report-count");
        var downloads = new Div(new Span("Download these rows:"));
        var status = new ExportStatus(idPrefix + "-export-status");
        for (ExportFormat format : formats) {
            Anchor link = CallerDownloads.streamed(format.label(), format.mimeType(), () -> fileName.apply(format),
                    out -> ExportProgress.counting(status.rows(), () -> export.accept(format, out)), status);
            link.setId(idPrefix + "-download-" + format.extension());
            status.watch(link);
            downloads.add(link);
        }
        downloads.add(more);
        downloads.addClassName("report-downloads");
        var toolbar = new Div(count, downloads, status);
        toolbar.addClassName("report-toolbar");
        return toolbar;
    }

    /**
     * "Schedule…" beside the downloads, for HR and administrators only (the service refuses anyone else as well):
     * opens the dialog with the page's filter as it is at the click.
     */
    static void scheduleButton(Div toolbar, String idPrefix, ReportSchedules schedules,
            Supplier<SavedFilter> filter, Supplier<String> defaultName) {
        if (!schedules.maySchedule()) {
            return;
        }
        var button = new Button("Schedule\u2026", VaadinIcon.CALENDAR_CLOCK.create(),
                e -> new ScheduleDialog(schedules, filter.get(), defaultName.get()).open());
        button.setId(idPrefix + "-schedule");
        button.addThemeVariants(ButtonVariant.SMALL);
        toolbar.getChildren().filter(c -> c instanceof Div d && d.hasClassName("report-downloads")).findFirst()
                .map(Div.class::cast).orElse(toolbar).add(button);
    }

    /** A schedule's default name: the report, then what its filter chose ("Progress report: Team A, Overdue"). */
    static String defaultName(String report, List<String> chosen) {
        List<String> parts = chosen.stream().filter(s -> !s.isBlank()).toList();
        String name = parts.isEmpty() ? report : report + ": " + String.join(", ", parts);
        return name.length() > 100 ? name.substring(0, 99) + "\u2026" : name;
    }

    /** The chosen team's name for a default name; blank for all teams. */
    static String teamName(Select<TeamSummary> select) {
        TeamSummary t = select.getValue();
        return t == null || t == ALL_TEAMS ? "" : t.name();
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
