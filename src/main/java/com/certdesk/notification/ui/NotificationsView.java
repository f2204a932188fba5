package com.certdesk.notification.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.base.NotFoundException;
import com.certdesk.notification.NotificationService;
import com.certdesk.notification.NotificationView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** All the user's notifications, newest first, loaded a page at a time. Reached from the bell, not the menu. */
@Route("notifications")
@PageTitle("Notifications")
@PermitAll
class NotificationsView extends VerticalLayout {

    private final NotificationService notifications;
    private final Grid<NotificationView> grid = new Grid<>();
    private final Div empty = new Div(NotificationBell.EMPTY_TEXT);
    private final Span summary = new Span();
    private final Button markAll = new Button("Mark all as read", VaadinIcon.CHECK.create());
    private @Nullable Registration changes;

    NotificationsView(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        addClassName("page");
        addClassName("page-narrow");
        setSizeFull();

        summary.setId("notifications-summary");
        summary.addClassName("muted");
        markAll.setId("mark-all-read");
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            NotificationsChanged.fire();
        });
        var toolbar = new Div(summary, markAll);
        toolbar.addClassName("toolbar");
        toolbar.addClassName("notifications-toolbar");

        empty.setId("notifications-empty");
        empty.addClassName("empty-state");

        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        // one column that reads like a list, so it works as well on a phone as on a wide screen
        grid.addColumn(LitRenderer.<NotificationView>of("""
                <div class="notification-cell ${item.read ? '' : 'unread'}">
                  <div class="notification-title">${item.title}</div>
                  <div class="notification-message">${item.message}</div>
                  <div class="notification-meta">
                    <span class="notification-time" title="${item.exact}">${item.ago}</span>
                    <vaadin-badge theme="small" ?hidden=${item.read}>Unread</vaadin-badge>
                    <vaadin-button theme="tertiary small" ?hidden=${!item.link} @click=${open}>Open</vaadin-button>
                    <vaadin-button theme="tertiary small" ?hidden=${item.read} @click=${markRead}>Mark as read</vaadin-button>
                  </div>
                </div>""")
                .withProperty("title", NotificationView::title)
                .withProperty("message", NotificationView::message)
                .withProperty("read", NotificationView::read)
                .withProperty("link", n -> n.link() != null)
                .withProperty("ago", n -> TimeAgo.of(n.createdAt(), clock.instant(), UserFormats.current()))
                .withProperty("exact", n -> TimeAgo.exact(n.createdAt(), UserFormats.current()))
                .withFunction("open", this::open)
                .withFunction("markRead", this::markRead))
                .setKey("notification").setHeader("Newest first");
        grid.setItems(query -> notifications.mine(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();

        add(toolbar, empty, grid);
        update();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        changes = NotificationsChanged.listen(event.getUI(), () -> {
            grid.getDataProvider().refreshAll();
            update();
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (changes != null) {
            changes.remove();
            changes = null;
        }
    }

    private void update() {
        boolean none = notifications.mine(PageRequest.of(0, 1)).isEmpty();
        long unread = none ? 0 : notifications.unreadCount();
        empty.setVisible(none);
        grid.setVisible(!none);
        markAll.setVisible(!none);
        markAll.setEnabled(unread > 0);
        summary.setText(none ? "" : unread == 0 ? "All read." : unread + " unread");
    }

    private void markRead(NotificationView n) {
        try {
            notifications.markRead(n.id());
        } catch (NotFoundException gone) {
            // already gone: the refresh below shows what is left
        }
        NotificationsChanged.fire();
    }

    private void open(NotificationView n) {
        if (!n.read()) {
            markRead(n);
        }
        if (n.link() != null) {
            UI.getCurrent().navigate(n.link());
        }
    }
}
