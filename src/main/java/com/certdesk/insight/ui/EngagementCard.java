package com.certdesk.insight.ui;

import com.certdesk.base.Intervals.Estimate;
import com.certdesk.base.ui.EstimateText;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.engagement.EngagementFigures;
import com.certdesk.engagement.EngagementNavigation;
import com.certdesk.engagement.GroupResult;
import com.certdesk.engagement.Participation;
import com.certdesk.engagement.TeamEngagement;
import com.certdesk.engagement.WaveView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * The team's engagement on its dashboard, from the latest closed pulse wave that asked it: the engagement index and
 * eNPS with their 95% intervals, n and the change from the previous wave, and the response rate; when the team's
 * figures are hidden, the reason instead of any number; when no wave asked the team, that. Figures of the team as a
 * group only, as the engagement results page shows them, with a link there.
 */
class EngagementCard extends Div {

    static final String NONE = "No pulse survey has asked this team yet: its engagement shows here once a wave that "
            + "asked it has closed.";

    EngagementCard() {
        addClassName("engagement-panel");
        setId("team-engagement");
    }

    void show(@Nullable TeamEngagement engagement) {
        removeAll();
        var heading = new H3("Engagement");
        var results = new Anchor(engagement == null ? EngagementNavigation.RESULTS
                : EngagementNavigation.RESULTS + "?wave=" + engagement.wave().id(), "Engagement results");
        results.setId("engagement-results-link");
        var top = new Div(heading, results);
        top.addClassName("engagement-panel-top");
        add(top);
        if (engagement == null) {
            var none = new Paragraph(NONE);
            none.addClassNames("muted", "small");
            none.setId("engagement-none");
            add(none);
            return;
        }
        var wave = new Span("Latest pulse survey: " + wave(engagement.wave()));
        wave.addClassNames("muted", "small");
        wave.setId("engagement-wave");
        add(wave);
        GroupResult team = engagement.team();
        EngagementFigures figures = team.figures();
        var cards = new Div();
        cards.addClassName("figure-cards");
        if (figures == null) {
            var hidden = new Paragraph(team.figuresShown().reason(engagement.threshold(), "responses"));
            hidden.addClassName("engagement-hidden");
            hidden.setId("engagement-hidden");
            add(hidden);
        } else {
            EngagementFigures before = team.previous();
            if (figures.index() != null) {
                Estimate then = before == null ? null : before.index();
                cards.add(card("index", "Engagement index", EstimateText.percent(figures.index()),
                        EstimateText.interval(figures.index(), "%"), figures.respondents(),
                        EstimateText.change(figures.index(), then, " points"), direction(figures.index(), then)));
            }
            if (figures.enps() != null) {
                Estimate then = before == null ? null : before.enps();
                cards.add(card("enps", "eNPS", EstimateText.signed(figures.enps().value()),
                        EstimateText.interval(figures.enps(), ""), figures.respondents(),
                        EstimateText.change(figures.enps(), then, ""), direction(figures.enps(), then)));
            }
        }
        Participation participation = team.participation();
        if (participation != null) {
            cards.add(rate(participation));
        }
        if (cards.getComponentCount() > 0) {
            add(cards);
        }
    }

    /** "Service team pulse · wave 3 · 1/4/2027 – 1/17/2027". */
    private static String wave(WaveView wave) {
        UserFormats formats = UserFormats.current();
        return wave.surveyTitle() + " · wave " + wave.ordinal() + " · " + formats.date(wave.opensOn()) + " – "
                + formats.date(wave.closesOn());
    }

    /** Up, down or level in whole points, as the change reads; 0 without a previous figure. */
    private static int direction(Estimate now, @Nullable Estimate before) {
        return before == null ? 0 : Long.signum(Math.round(now.value() - before.value()));
    }

    private static Div card(String key, String name, String value, String interval, long n, @Nullable String change,
            int direction) {
        var title = new Span(name);
        title.addClassName("figure-title");
        var number = new Span(value);
        number.addClassName("figure-value");
        number.setId("engagement-" + key + "-value");
        var range = new Span(interval);
        range.addClassNames("figure-interval", "muted", "small");
        range.setId("engagement-" + key + "-interval");
        var count = new Span("n = " + n);
        count.addClassNames("figure-n", "muted", "small");
        count.setId("engagement-" + key + "-n");
        var delta = new Span(change == null ? "no previous wave to compare" : change);
        delta.addClassNames("figure-change", "small");
        if (direction != 0) {
            // the colours of the feedback cards above: more engaged is better, as higher CSAT is
            delta.addClassName(direction > 0 ? "change-up" : "change-down");
        }
        delta.setId("engagement-" + key + "-change");
        var card = new Div(title, number, range, count, delta);
        card.addClassName("figure-card");
        card.setId("engagement-" + key + "-card");
        return card;
    }

    private static Div rate(Participation p) {
        var title = new Span("Response rate");
        title.addClassName("figure-title");
        var number = new Span(EstimateText.percent(p.rate()));
        number.addClassName("figure-value");
        number.setId("engagement-rate-value");
        var detail = new Span(p.responded() + " of " + p.invited() + " asked answered");
        detail.addClassNames("muted", "small");
        detail.setId("engagement-rate-detail");
        var card = new Div(title, number, detail);
        card.addClassName("figure-card");
        card.setId("engagement-rate-card");
        return card;
    }
}
