package com.certdesk.engagement.ui;

import com.certdesk.base.ui.EstimateText;
import com.certdesk.engagement.EngagementFigures;
import com.certdesk.engagement.GroupResult;
import com.certdesk.engagement.ItemFigures;
import com.certdesk.engagement.ItemKind;
import com.certdesk.engagement.Visibility;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One group's results: response rate, engagement index and eNPS with their intervals and n, the change from the
 * previous wave, a bar per question, and the open answers. A hidden figure shows the reason instead.
 */
class GroupPanel extends Div {

    GroupPanel(GroupResult group, int threshold) {
        addClassName("engagement-group");
        setId("group-" + (group.teamId() == null ? "organization" : group.teamId()));
        add(new H2(group.name()));
        var cards = new Div();
        cards.addClassName("figure-cards");
        cards.add(participation(group, threshold));
        EngagementFigures f = group.figures();
        if (f == null) {
            var hidden = new Paragraph(group.figuresShown().reason(threshold, "responses"));
            hidden.addClassNames("engagement-hidden");
            add(cards, hidden);
            return;
        }
        EngagementFigures before = group.previous();
        if (f.index() != null) {
            cards.add(card("Engagement index", EstimateText.percent(f.index()),
                    EstimateText.interval(f.index(), "%"), f.respondents(),
                    EstimateText.change(f.index(), before == null ? null : before.index(), " points")));
        }
        if (f.enps() != null) {
            cards.add(card("eNPS", EstimateText.signed(f.enps().value()), EstimateText.interval(f.enps(), ""),
                    f.respondents(), EstimateText.change(f.enps(), before == null ? null : before.enps(), "")));
        }
        add(cards, new H3("Per question"), bars(f));
        if (!f.comments().isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("engagement-comments");
            f.comments().forEach(c -> list.add(new ListItem(c)));
            add(new H3("In their own words (" + f.comments().size() + ")"), list);
        }
    }

    private static Div participation(GroupResult group, int threshold) {
        if (group.participation() == null) {
            return card("Response rate", "Hidden", group.participationShown().reason(threshold, "people asked"), -1,
                    null);
        }
        var p = group.participation();
        return card("Response rate", String.format(Locale.ROOT, "%.0f%%", p.rate()),
                p.responded() + " of " + p.invited() + " answered", -1, null);
    }

    private static Div card(String name, String value, String detail, long n, @Nullable String change) {
        var label = new Span(name);
        label.addClassName("figure-title");
        var number = new Span(value);
        number.addClassName("figure-value");
        var card = new Div(label, number, new Span(detail));
        if (n >= 0) {
            card.add(new Span("n = " + n));
        }
        if (change != null) {
            var delta = new Span(change);
            delta.addClassName("figure-change");
            card.add(delta);
        }
        card.addClassName("figure-card");
        return card;
    }

    private static Div bars(EngagementFigures f) {
        var list = new Div();
        list.addClassName("item-bars");
        for (ItemFigures item : f.items()) {
            boolean enps = item.question().kind() == ItemKind.ENPS;
            var statement = new Span(item.question().statement());
            statement.addClassName("item-statement");
            var bar = new Div(segment("favourable", item.favourablePercent(), enps ? "promoters" : "agree"),
                    segment("neutral", item.neutralPercent(), enps ? "passives" : "neutral"),
                    segment("unfavourable", item.unfavourablePercent(), enps ? "detractors" : "disagree"));
            bar.addClassName("item-bar");
            bar.getElement().setAttribute("role", "img");
            bar.getElement().setAttribute("aria-label", String.format(Locale.ROOT,
                    "%.0f%% %s, %.0f%% %s, %.0f%% %s of %d", item.favourablePercent(), enps ? "promoters" : "agree",
                    item.neutralPercent(), enps ? "passives" : "neutral", item.unfavourablePercent(),
                    enps ? "detractors" : "disagree", item.n()));
            var theme = new Span(item.question().theme() + " · n = " + item.n());
            theme.addClassName("muted");
            var row = new Div(statement, bar, theme);
            row.addClassName("item-row");
            list.add(row);
        }
        var legend = new Div(new Span("Agree (4–5) / promoters (9–10)"), new Span("Neutral (3) / passives (7–8)"),
                new Span("Disagree (1–2) / detractors (0–6)"));
        legend.addClassName("item-legend");
        list.add(legend);
        return list;
    }

    private static Span segment(String kind, double percent, String word) {
        var segment = new Span(percent >= 12 ? String.format(Locale.ROOT, "%.0f%%", percent) : "");
        segment.addClassNames("item-segment", kind);
        segment.getStyle().set("width", String.format(Locale.ROOT, "%.2f%%", percent));
        segment.getElement().setAttribute("title", String.format(Locale.ROOT, "%.0f%% %s", percent, word));
        return segment;
    }

    static boolean hidden(GroupResult group) {
        return group.figuresShown() != Visibility.SHOWN;
    }
}
