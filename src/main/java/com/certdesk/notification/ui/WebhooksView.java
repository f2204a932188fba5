package com.certdesk.notification.ui;

import com.certdesk.base.ui.PhoneColumns;
import com.certdesk.notification.CreatedWebhookSecret;
import com.certdesk.notification.WebhookEndpointSummary;
import com.certdesk.notification.WebhookService;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Administrators register the HTTPS endpoints (an HR system, a data warehouse) that Certdesk tells about
 * certificates, completions and overdue assignments: a list of endpoints with how their deliveries go, and for the
 * selected one its actions and deliveries ({@link WebhookEndpointPanel}). A signing secret is shown once
 * ({@link WebhookSecretDialog}).
 */
@Route("admin/webhooks")
@PageTitle("Webhooks")
@Menu(title = "Webhooks", order = 30.5, icon = "vaadin:paperplane-o")
@RolesAllowed(Roles.ADMIN)
class WebhooksView extends VerticalLayout {

    /** Below this window width (px) the endpoint list shows one cell per endpoint beside its state. */
    static final int NARROW = 900;
    static final String EMPTY = "No endpoints yet: add one to let your HR system hear about certificates.";

    private final WebhookService service;
    private final Grid<WebhookEndpointSummary> grid = new Grid<>();
    private final WebhookEndpointPanel panel;
    private @Nullable Long selected;

    WebhooksView(WebhookService service) {
        this.service = service;
        this.panel = new WebhookEndpointPanel(service, this::refresh, this::rotated);
        addClassNames("page", "webhooks-page");
        setSizeFull();
        var intro = new Paragraph("Certdesk tells other systems what happens as it happens: when an agent earns, "
                + "loses or lets lapse a certificate, completes a program or misses a due date, it POSTs a signed "
                + "JSON event to each endpoint that asked for it, and retries for about 14 hours if the endpoint "
                + "does not answer with 2xx.");
        intro.addClassNames("muted", "webhooks-intro");
        var add = new Button("Add endpoint", VaadinIcon.PLUS.create(),
                e -> WebhookEndpointDialog.add(service, this::created).open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("add-webhook");
        var reload = new Button("Refresh", VaadinIcon.REFRESH.create(), e -> {
            panel.forgetOutcome();
            refresh();
        });
        reload.setId("refresh-webhooks");
        reload.setTooltipText("Read the endpoints and deliveries again (the poller keeps sending in the background)");
        var toolbar = new Div(add, reload);
        toolbar.addClassName("toolbar");
        add(intro);
        String unavailable = service.unavailableBecause();
        if (unavailable != null) {
            var notice = new Paragraph("Endpoints cannot be added yet: " + unavailable);
            notice.setId("webhooks-unavailable");
            notice.addClassName("form-error");
            add(notice);
            add.setEnabled(false);
        }

        grid.setId("webhooks-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(WebhooksView::endpoint)).setHeader("Endpoint").setFlexGrow(3)
                .setWidth("14rem");
        grid.addColumn(s -> WebhookTexts.events(s.endpoint().eventTypes())).setHeader("Events").setFlexGrow(2)
                .setWidth("10rem");
        var active = grid.addColumn(new ComponentRenderer<>(s -> activeBadge(s))).setHeader("Active")
                .setFlexGrow(0).setWidth("6.5rem");
        grid.addColumn(new ComponentRenderer<>(WebhooksView::lastDelivery)).setHeader("Last delivery")
                .setFlexGrow(1).setWidth("11rem");
        grid.addColumn(WebhookTexts::failures).setHeader("Failures").setFlexGrow(0).setWidth("8rem");
        PhoneColumns.of(grid).below(NARROW).keep(active).compact("Endpoint", WebhooksView::compact);
        grid.setEmptyStateText(EMPTY);
        grid.setAllRowsVisible(true);
        grid.addClassName("webhooks-grid");
        // the selected endpoint stays selected when its row is clicked again: there is always one shown
        ((GridSingleSelectionModel<WebhookEndpointSummary>) grid.setSelectionMode(Grid.SelectionMode.SINGLE))
                .setDeselectAllowed(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                selected = e.getValue() == null ? null : e.getValue().endpoint().id();
                panel.show(e.getValue());
            }
        });

        add(toolbar, grid, panel);
        refresh();
    }

    /** Reads the endpoints again and keeps the selected one selected (the first when none was). */
    void refresh() {
        List<WebhookEndpointSummary> endpoints = service.summaries();
        grid.setItems(endpoints);
        WebhookEndpointSummary pick = endpoints.stream().filter(s -> selected != null && s.endpoint().id() == selected)
                .findFirst().orElse(endpoints.isEmpty() ? null : endpoints.getFirst());
        selected = pick == null ? null : pick.endpoint().id();
        // with no endpoint the list's empty state says what to do; there is nothing to select below it
        panel.setVisible(!endpoints.isEmpty());
        if (pick != null) {
            grid.select(pick);
        } else {
            panel.show(null);
        }
    }

    /** What the page's poll does while a test event or a retry waits for its answer. */
    void poll() {
        panel.poll();
    }

    private void created(CreatedWebhookSecret created) {
        selected = created.endpoint().id();
        refresh();
        new WebhookSecretDialog(created, false).open();
    }

    private void rotated(CreatedWebhookSecret created) {
        refresh();
        new WebhookSecretDialog(created, true).open();
    }

    private static Div endpoint(WebhookEndpointSummary s) {
        var name = new Span(s.endpoint().name());
        name.addClassName("webhook-name");
        var url = new Span(s.endpoint().url());
        url.addClassNames("webhook-url", "muted", "small");
        var cell = new Div(name, url);
        cell.addClassName("webhook-cell");
        return cell;
    }

    private static Component lastDelivery(WebhookEndpointSummary s) {
        var cell = new Div();
        cell.addClassName("webhook-cell");
        if (s.health() != null) {
            cell.add(WebhookTexts.status(s.health().lastStatus(), s.health().lastAttempts()));
        }
        var text = new Span(WebhookTexts.lastDelivery(s));
        text.addClassNames("muted", "small");
        cell.add(text);
        return cell;
    }

    /** A phone's one cell: the endpoint, its events, its last delivery and failures. */
    private static Component compact(WebhookEndpointSummary s) {
        var cell = endpoint(s);
        var events = new Span(WebhookTexts.events(s.endpoint().eventTypes()));
        events.addClassNames("small");
        var last = new Span("Last: " + WebhookTexts.lastDelivery(s) + " \u00b7 failures: "
                + WebhookTexts.failures(s).toLowerCase(java.util.Locale.ROOT));
        last.addClassNames("muted", "small");
        cell.add(events, last);
        return cell;
    }

    private static Badge activeBadge(WebhookEndpointSummary s) {
        var badge = new Badge(s.endpoint().active() ? "Active" : "Inactive");
        badge.addThemeVariants(s.endpoint().active() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        badge.setId("webhook-active-" + s.endpoint().id());
        return badge;
    }
}
