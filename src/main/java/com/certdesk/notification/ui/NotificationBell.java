package com.certdesk.notification.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.base.NotFoundException;
import com.certdesk.notification.NotificationService;
import com.certdesk.notification.NotificationView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The bell in the header: the unread count as a small badge, and on click a popover with the newest
 * notifications. The count is read on every navigation and after the user's own actions (no polling, no push);
 * the list exists only while the popover is open, so a session keeps next to nothing.
 */
class NotificationBell extends Div implements AfterNavigationObserver {

    static final int NEWEST = 8;
    static final String EMPTY_TEXT = "No notifications yet. Reminders about due dates and new certificates will "
            + "appear here.";

    private final NotificationService notifications;
    private final Clock clock;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Badge badge = new Badge();
    private final Popover popover = new Popover();
    private @Nullable Div list;
    private @Nullable Button markAll;
    private @Nullable Registration changes;

    NotificationBell(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
        addClassName("notification-bell");

        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
        badge.setId("notification-count");
        badge.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.FILLED, BadgeVariant.SMALL);
        badge.getElement().setAttribute("aria-hidden", "true");
        add(bell, badge);

        // the popover's content is built when it first opens: most page views never open it, and every
        // component kept in the session costs heap for as long as the page is open
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel("Notifications");
        popover.setWidth("24rem");
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                buildContent();
                fill();
            } else if (list != null) {
                list.removeAll();
            }
        });
    }

    private void buildContent() {
        if (markAll != null) {
            return;
        }
        var heading = new Span("Notifications");
        heading.addClassName("notification-popover-title");
        markAll = new Button("Mark all as read");
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            NotificationsChanged.fire();
        });
        var header = new Div(heading, markAll);
        header.addClassName("notification-popover-header");
        list = new Div();
        list.addClassName("notification-list");
        list.getElement().setAttribute("role", "list");
        var seeAll = new RouterLink("See all notifications", NotificationsView.class);
        seeAll.setId("notifications-see-all");
        var footer = new Div(seeAll);
        footer.addClassName("notification-popover-footer");
        var content = new Div(header, list, footer);
        content.addClassName("notification-popover");
        popover.add(content);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        changes = NotificationsChanged.listen(event.getUI(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (changes != null) {
            changes.remove();
            changes = null;
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        popover.close();
        refreshCount();
    }

    private void refresh() {
        long unread = refreshCount();
        if (popover.isOpened()) {
            fill(unread);
        }
    }

    private long refreshCount() {
        long unread = notifications.unreadCount();
        badge.setNumber((int) Math.min(unread, Integer.MAX_VALUE));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? "Notifications" : "Notifications (" + unread + " unread)");
        return unread;
    }

    private void fill() {
        fill(refreshCount());
    }

    private void fill(long unread) {
        if (list == null || markAll == null) {
            return;
        }
        list.removeAll();
        markAll.setEnabled(unread > 0);
        var newest = notifications.mine(PageRequest.of(0, NEWEST));
        if (newest.isEmpty()) {
            var empty = new Div(EMPTY_TEXT);
            empty.addClassName("notification-empty");
            list.add(empty);
            return;
        }
        Instant now = clock.instant();
        newest.forEach(n -> list.add(item(n, now)));
    }

    private Div item(NotificationView n, Instant now) {
        var title = new Span(n.title());
        title.addClassName("notification-title");
        var message = new Span(n.message());
        message.addClassName("notification-message");
        var formats = UserFormats.current();
        var when = new Span(TimeAgo.of(n.createdAt(), now, formats));
        when.addClassName("notification-time");
        when.getElement().setAttribute("title", TimeAgo.exact(n.createdAt(), formats));
        var item = new NativeButton();
        if (!n.read()) {
            var unread = new Span("Unread: ");
            unread.addClassName("sr-only");
            item.add(unread);
            item.addClassName("unread");
        }
        item.add(title, message, when);
        item.addClassName("notification-item");
        item.addClickListener(e -> open(n));
        var listItem = new Div(item);
        listItem.getElement().setAttribute("role", "listitem");
        return listItem;
    }

    /** Marks the notification read and goes where it points. */
    private void open(NotificationView n) {
        if (!n.read()) {
            try {
                notifications.markRead(n.id());
            } catch (NotFoundException gone) {
                // deleted in the meantime: nothing to mark
            }
        }
        popover.close();
        NotificationsChanged.fire();
        if (n.link() != null) {
            UI.getCurrent().navigate(n.link());
        }
    }
}
