package com.certdesk.notification.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.PhoneColumns;
import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.notification.WebhookDeliveryStatus;
import com.certdesk.notification.WebhookDeliveryView;
import com.certdesk.notification.WebhookService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.function.Consumer;

/**
 * One endpoint's deliveries, newest first, a page at a time: the event, its key, status, attempts, next attempt,
 * the last answer and when it was queued; a failed one has Retry now.
 */
final class WebhookDeliveriesGrid extends Grid<WebhookDeliveryView> {

    /** Below this window width (px) a row is one cell beside its status. */
    static final int NARROW = 1000;
    static final String EMPTY = "Nothing sent to this endpoint yet: deliveries show here as events happen. "
            + "Send a test event to try it.";

    private final WebhookService service;
    private final Consumer<WebhookDeliveryView> retry;
    private long endpointId = -1;

    WebhookDeliveriesGrid(WebhookService service, Consumer<WebhookDeliveryView> retry) {
        this.service = service;
        this.retry = retry;
        setId("webhook-deliveries-grid");
        addClassName("webhook-deliveries");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        var f = UserFormats.current();
        addColumn(d -> f.dateTime(d.createdAt())).setHeader("Queued").setFlexGrow(0).setWidth("8.5rem");
        addColumn(d -> d.type().label()).setHeader("Event").setFlexGrow(1).setWidth("8rem");
        addColumn(new ComponentRenderer<>(WebhookDeliveriesGrid::key)).setHeader("Key").setFlexGrow(2)
                .setWidth("10rem");
        var status = addColumn(new ComponentRenderer<>(this::status)).setHeader("Status").setFlexGrow(0)
                .setWidth("8.5rem");
        addColumn(WebhookDeliveryView::attempts).setHeader("Attempts").setFlexGrow(0).setWidth("6rem");
        addColumn(d -> d.nextAttemptAt() == null ? "" : f.dateTime(d.nextAttemptAt())).setHeader("Next attempt")
                .setFlexGrow(0).setWidth("8.5rem");
        addColumn(WebhookDeliveriesGrid::answer).setHeader("Last answer").setFlexGrow(2).setWidth("10rem");
        PhoneColumns.of(this).below(NARROW).keep(status).compact("Delivery", WebhookDeliveriesGrid::compact);
        setTooltipGenerator(d -> "Event id " + d.eventId() + " (receivers dedupe by it)"
                + (d.lastAttemptAt() == null ? "" : "; last attempt " + f.dateTime(d.lastAttemptAt()))
                + (d.deliveredAt() == null ? "" : "; delivered " + f.dateTime(d.deliveredAt())));
        setEmptyStateText(EMPTY);
        setHeight("24rem");
    }

    void show(long endpointId) {
        if (this.endpointId == endpointId) {
            refresh();
            return;
        }
        this.endpointId = endpointId;
        setItems(query -> service.deliveries(this.endpointId, null,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.countDeliveries(this.endpointId, null));
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    private static Span key(WebhookDeliveryView d) {
        var key = new Span(d.eventKey());
        key.addClassNames("webhook-key", "small");
        return key;
    }

    private static String answer(WebhookDeliveryView d) {
        if (d.lastAttemptAt() == null) {
            return "Not tried yet";
        }
        return d.lastResponse() + " (" + UserFormats.current().dateTime(d.lastAttemptAt()) + ")";
    }

    private Component status(WebhookDeliveryView d) {
        var cell = new Div(WebhookTexts.status(d.status(), d.attempts()));
        cell.addClassName("webhook-status");
        if (d.status() == WebhookDeliveryStatus.FAILED) {
            var again = new Button("Retry now", e -> {
                try {
                    retry.accept(d);
                } catch (ValidationException ex) {
                    Toast.show(ex.getMessage(), 5000).addThemeVariants(NotificationVariant.WARNING);
                    refresh();
                }
            });
            again.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            again.setId("retry-webhook-delivery-" + d.id());
            again.setDisableOnClick(true);
            cell.add(again);
        }
        return cell;
    }

    /** A phone's one cell: event, key, when, attempts and the last answer. */
    private static Component compact(WebhookDeliveryView d) {
        var f = UserFormats.current();
        var what = new Span(d.type().label() + " \u00b7 " + f.dateTime(d.createdAt()));
        what.addClassName("webhook-name");
        var cell = new Div(what, key(d));
        var tries = new Span(d.attempts() + (d.attempts() == 1 ? " attempt" : " attempts")
                + (d.nextAttemptAt() == null ? "" : " \u00b7 next " + f.dateTime(d.nextAttemptAt())) + " \u00b7 "
                + answer(d));
        tries.addClassNames("muted", "small");
        cell.add(tries);
        cell.addClassName("webhook-cell");
        return cell;
    }
}
