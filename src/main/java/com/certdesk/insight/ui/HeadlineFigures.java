package com.certdesk.insight.ui;

import com.certdesk.feedback.Figure;
import com.certdesk.feedback.Measure;
import com.certdesk.feedback.PeriodFigures;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The three figures over the whole twelve months: value, 95% interval and n; "too few responses" below the minimum. */
final class HeadlineFigures {

    private HeadlineFigures() {
    }

    static Div of(PeriodFigures overall, int minimum) {
        var cards = new Div();
        cards.addClassName("headline-figures");
        for (Measure measure : Measure.values()) {
            cards.add(card(overall.of(measure)));
        }
        var csat = new Paragraph(FigureText.CSAT_NORMALISATION);
        csat.addClassName("small");
        csat.setId("csat-normalisation");
        var minimumNote = new Paragraph("Below " + minimum + " responses a figure reads \"" + FigureText.TOO_FEW
                + "\" instead of a number. The ranges are 95% intervals.");
        minimumNote.addClassName("small");
        var box = new Div(cards, csat, minimumNote);
        box.setId("headline");
        return box;
    }

    private static Div card(Figure figure) {
        var label = new Span(figure.measure().label());
        label.addClassName("headline-label");
        var value = new Span(FigureText.value(figure));
        value.addClassName(figure.enough() ? "headline-value" : "headline-too-few");
        var interval = new Span(FigureText.interval(figure));
        interval.addClassName("small");
        var n = new Span(FigureText.n(figure));
        n.addClassName("small");
        var meaning = new Span(figure.measure().meaning());
        meaning.addClassName("muted");
        var card = new Div(label, value, interval, n, meaning);
        card.addClassName("headline-card");
        card.setId("headline-" + figure.measure().name().toLowerCase());
        return card;
    }
}
