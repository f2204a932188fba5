package com.certdesk.insight.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.insight.TrainingImpact;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * An impact estimate's headline, as the Training impact page and a planned evaluation's registered analysis both show
 * it: the effect in plain words (or what is missing), why the comparison is doubtful if it is, and the effect and
 * sample-size cards; {@link #method} says how it was computed.
 */
class ImpactSummary extends Div {

    ImpactSummary(TrainingImpact r) {
        addClassName("impact-summary");
        var sentence = new Paragraph(r.sentence());
        sentence.setId("impact-sentence");
        sentence.addClassName("impact-sentence");
        add(sentence);
        if (r.doubt() != null) {
            var doubt = new Paragraph("The comparison is doubtful. " + r.doubt() + " Read the effect with care: part "
                    + "of it may have happened anyway.");
            doubt.setId("impact-doubt");
            doubt.addClassName("impact-doubt");
            add(doubt);
        }
        if (r.effect() != null) {
            add(cards(r));
        }
    }

    /**
     * The component with the ids of it and its children that start with "impact-" starting with {@code prefix}
     * instead, for a second estimate on the same page (ids are unique on a page).
     */
    static <T extends Component> T renamed(T component, String prefix) {
        component.getId().filter(id -> id.startsWith("impact-"))
                .ifPresent(id -> component.setId(prefix + id.substring("impact-".length())));
        component.getChildren().forEach(child -> renamed(child, prefix));
        return component;
    }

    private static Div cards(TrainingImpact r) {
        var effect = card("Effect", EventStudyFigures.signed(r.effect().points()), "95% interval "
                + EventStudyFigures.signed(r.effect().low()) + " to " + EventStudyFigures.signed(r.effect().high()) + " "
                + r.unit());
        var treated = card(r.treatment().treatedCard(), String.format(Locale.ROOT, "%,d",
                r.treatedAgents()), String.format(Locale.ROOT, "%,d ratings", r.treatedRatings()));
        var controls = card(r.treatment().untreatedCard(), String.format(Locale.ROOT,
                "%,d", r.controlAgents()), String.format(Locale.ROOT, "%,d ratings", r.controlRatings()));
        return cards(java.util.List.of(effect, treated, controls));
    }

    /** The row of figure cards. */
    static Div cards(java.util.List<Div> cards) {
        var row = new Div(cards.toArray(Div[]::new));
        row.setId("impact-cards");
        row.addClassName("impact-cards");
        return row;
    }

    static Div card(String name, String value, String detail) {
        var card = new Div(new Span(name), new Span(value), new Span(detail));
        card.addClassName("impact-card");
        return card;
    }

    static Paragraph method(TrainingImpact r) {
        String who = r.treatment().one();
        String when = r.treatment().event();
        String others = r.module() ? "agents who had not completed it yet" : r.treatment().untreated();
        var p = new Paragraph(String.format(Locale.ROOT, "How: the %s of each %s in the %d days before the month "
                + "of %s is compared with the %d days from %d days after that month, and the same calendar days of %s "
                + "then are compared alike (difference in differences). Agents need %d ratings in each window; "
                + "agents weigh by their number of ratings. The interval comes from resampling agents %,d times.%s "
                + "Ratings up to %s.", r.measure().label(), who, r.preDays(), when, r.postDays(), r.washoutDays(),
                others, r.minimumRatings(), r.replicates(), r.withinChannel()
                        ? " Changes are compared within each channel and averaged by the trained agents' channel mix."
                        : "", UserFormats.current().date(r.dataEnd())));
        p.addClassName("muted");
        p.setId("impact-method");
        return p;
    }
}
