package com.certdesk.insight.ui;

import com.certdesk.feedback.Granularity;
import com.certdesk.insight.ReportPeriod;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Week, month or quarter of the organization's calendar, with previous and next (next stops at the period holding
 * today). Tells its owner the chosen period; the owner puts it in the URL.
 */
class PeriodPicker extends Div {

    private final Select<Granularity> kind = new Select<>();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private final Span label = new Span();
    private final LocalDate today;
    private ReportPeriod period;

    PeriodPicker(ReportPeriod period, LocalDate today, Consumer<ReportPeriod> onChange) {
        this.period = period;
        this.today = today;
        addClassName("period-picker");
        kind.setItems(Granularity.values());
        kind.setItemLabelGenerator(g -> switch (g) {
            case WEEK -> "Week";
            case MONTH -> "Month";
            case QUARTER -> "Quarter";
        });
        kind.setAriaLabel("Period");
        kind.setId("period-kind");
        kind.setValue(period.granularity());
        kind.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onChange.accept(ReportPeriod.of(e.getValue(), this.period.end().minusDays(1).isAfter(today)
                        ? today : this.period.end().minusDays(1)));
            }
        });
        previous.setId("period-previous");
        previous.setAriaLabel("Previous period");
        previous.addThemeVariants(ButtonVariant.TERTIARY);
        previous.addClickListener(e -> onChange.accept(this.period.previous()));
        next.setId("period-next");
        next.setAriaLabel("Next period");
        next.addThemeVariants(ButtonVariant.TERTIARY);
        next.addClickListener(e -> onChange.accept(this.period.next()));
        label.setId("period-label");
        label.addClassName("period-label");
        add(kind, previous, label, next);
        show(period);
    }

    void show(ReportPeriod shown) {
        period = shown;
        kind.setValue(shown.granularity());
        label.setText(FigureText.period(shown));
        next.setEnabled(!shown.next().after(today));
    }
}
