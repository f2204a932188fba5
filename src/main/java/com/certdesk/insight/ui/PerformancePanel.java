package com.certdesk.insight.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.AgentPerformance;
import com.certdesk.insight.PerformanceService;
import com.certdesk.insight.TrainingEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

/**
 * What My performance shows, for the agent themself or for someone who may see them: the headline figures, a chart
 * per measure with the team and training events, the same figures as a table, the training events, what the caller
 * puts beside the training (the agent's own engagement, on their own page only), and the latest comments when the
 * caller may read them.
 */
final class PerformancePanel extends VerticalLayout {

    PerformancePanel(AgentPerformance performance, boolean own, @Nullable Component besideTraining) {
        setPadding(false);
        setId("performance");
        UserFormats formats = UserFormats.current();
        String who = own ? "You" : performance.person().displayName();
        var range = new Paragraph("Last " + PerformanceService.MONTHS + " months: "
                + formats.month(performance.from()) + " to " + formats.month(performance.to().minusDays(1))
                + (performance.teamName() == null ? "" : " · team " + performance.teamName()));
        range.addClassName("muted");
        add(range);
        if (!performance.hasRatings()) {
            var empty = new Div(new Paragraph((own ? "No customer has rated you" : "No customer has rated "
                    + performance.person().displayName()) + " in the last " + PerformanceService.MONTHS
                    + " months. Ratings appear here once your organization imports them from its helpdesk or survey tool."));
            empty.addClassName("empty-state");
            empty.setId("no-ratings");
            add(empty);
        } else {
            add(HeadlineFigures.of(performance.overall(), performance.minimumResponses()));
            var charts = new Div();
            charts.addClassName("performance-charts");
            for (Measure measure : Measure.values()) {
                charts.add(MeasureChart.of(measure, performance, who, formats));
            }
            var tableHeading = new H3("The same figures as a table");
            add(charts, tableHeading, FiguresTable.of(performance, who, formats));
        }
        add(events(performance, formats));
        if (besideTraining != null) {
            add(besideTraining);
        }
        if (performance.commentsVisible()) {
            add(CustomerComments.of(performance.comments(), formats));
        }
    }

    private static Div events(AgentPerformance performance, UserFormats formats) {
        var box = new Div(new H3("Training in these months"));
        box.setId("training-events");
        if (performance.events().isEmpty()) {
            box.add(new Paragraph("No modules completed and no certificates issued in these months."));
            return box;
        }
        var list = new UnorderedList();
        for (TrainingEvent event : performance.events()) {
            list.add(new ListItem(formats.date(event.day()) + " · " + event.describe()));
        }
        box.add(list);
        return box;
    }
}
