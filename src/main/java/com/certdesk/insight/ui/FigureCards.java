package com.certdesk.insight.ui;

import com.certdesk.feedback.Figure;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.TeamDashboard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * CSAT, NPS and CES of the team over the period: the value (or "too few responses"), its 95% interval, n, and the
 * change from the previous period in points ("no comparison" when either side has too few responses).
 */
class FigureCards extends Div {

    FigureCards() {
        addClassName("figure-cards");
        setId("figure-cards");
    }

    void show(TeamDashboard dashboard) {
        removeAll();
        for (Measure measure : Measure.values()) {
            add(card(dashboard, measure));
        }
    }

    private static Div card(TeamDashboard dashboard, Measure measure) {
        Figure figure = dashboard.figures().of(measure);
        String key = measure.name().toLowerCase(Locale.ROOT);
        var title = new Span(measure.label());
        title.addClassName("figure-title");
        title.getElement().setAttribute("title", measure.meaning());
        var value = new Span(FigureText.value(figure));
        value.addClassName(figure.enough() ? "figure-value" : "figure-too-few");
        value.setId(key + "-value");
        var interval = new Span(figure.enough() ? "95% interval " + FigureText.interval(figure)
                : "at least " + figure.minimum() + " needed");
        interval.addClassNames("figure-interval", "muted", "small");
        interval.setId(key + "-interval");
        var n = new Span(FigureText.n(figure));
        n.addClassNames("figure-n", "muted", "small");
        n.setId(key + "-n");
        Double points = dashboard.change(measure);
        var change = new Span(FigureText.change(measure, points) + (points == null ? ""
                : " vs " + FigureText.previous(dashboard.period())));
        change.addClassNames("figure-change", "small");
        if (points != null && Math.abs(points) > 0.0005) {
            change.addClassName(points > 0 ? "change-up" : "change-down");
        }
        change.setId(key + "-change");
        var card = new Div(title, value, interval, n, change);
        card.addClassName("figure-card");
        card.setId(key + "-card");
        return card;
    }
}
