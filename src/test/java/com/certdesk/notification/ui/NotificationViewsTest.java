package com.certdesk.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.notification.NotificationRequest;
import com.certdesk.notification.NotificationService;
import com.certdesk.notification.NotificationView;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class NotificationViewsTest extends UiTest {

    @Autowired
    NotificationService notifications;

    String agent;
    long agentId;

    @BeforeEach
    void setUp() {
        agent = fixtures.user("bell", null, Roles.AGENT);
        agentId = fixtures.userId(agent);
    }

    private void send(String key, String title, String message, String link) {
        SystemAuthentication.runAsSystem(() -> notifications.send(new NotificationRequest(agentId, key, title, message,
                link, false)));
    }

    private Button bell() {
        return find(Button.class).withId("notification-bell").single();
    }

    private Badge badge() {
        return find(Badge.class).withId("notification-count").single();
    }

    /** Queries find visible components only. */
    private boolean shown(Class<? extends com.vaadin.flow.component.Component> type, String id) {
        return !find(type).withId(id).all().isEmpty();
    }

    private Popover popover() {
        return find(Popover.class).single();
    }

    /** The items in the open popover. */
    private List<NativeButton> items() {
        return find(NativeButton.class).withClassName("notification-item").all();
    }

    @SuppressWarnings("unchecked")
    private Grid<NotificationView> grid() {
        return find(Grid.class).withId("notifications-grid").single();
    }

    @Test
    void the_bell_shows_the_unread_count_and_opens_the_newest_notifications() {
        send("a", "Welcome to Certdesk", "Your learning plan is ready.", "learning");
        send("b", "Due in 7 days: Empathy", "Please finish it by Friday.", "learning");
        send("c", "Certificate issued", "Well done!", "account");
        signIn(agent);
        notifications.markRead(notifications.mine(PageRequest.of(0, 3)).getContent().get(2).id());

        open("account");

        assertThat(bell().getAriaLabel()).hasValue("Notifications (2 unread)");
        assertThat(shown(Badge.class, "notification-count")).isTrue();
        assertThat(badge().getNumber()).isEqualTo(2);
        assertThat(items()).isEmpty();

        test(popover()).clickTarget();

        assertThat(popover().isOpened()).isTrue();
        assertThat(items()).extracting(UiTest::text).containsExactly(
                "Unread: Certificate issuedWell done!just now",
                "Unread: Due in 7 days: EmpathyPlease finish it by Friday.just now",
                "Welcome to CertdeskYour learning plan is ready.just now");
        assertThat(items()).extracting(i -> i.hasClassName("unread")).containsExactly(true, true, false);
        assertThat(find(RouterLink.class).withId("notifications-see-all").single().getHref()).isEqualTo("notifications");
    }

    @Test
    void clicking_a_notification_marks_it_read_and_opens_its_link() {
        send("issued", "Certificate issued", "Well done!", "account");
        send("due", "Due soon", "Finish it.", "learning");
        signIn(agent);
        open("learning");
        test(popover()).clickTarget();

        test(items().get(1)).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AccountView");
        assertThat(popover().isOpened()).isFalse();
        assertThat(bell().getAriaLabel()).hasValue("Notifications (1 unread)");
        assertThat(badge().getNumber()).isEqualTo(1);
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    void mark_all_as_read_in_the_popover_hides_the_badge() {
        send("one", "One", "First.", null);
        send("two", "Two", "Second.", null);
        signIn(agent);
        open("learning");
        test(popover()).clickTarget();

        test(find(Button.class).withId("notifications-mark-all").single()).click();

        assertThat(shown(Badge.class, "notification-count")).isFalse();
        assertThat(bell().getAriaLabel()).hasValue("Notifications");
        assertThat(items()).noneMatch(i -> i.hasClassName("unread"));
        assertThat(find(Button.class).withId("notifications-mark-all").single().isEnabled()).isFalse();
    }

    @Test
    void someone_without_notifications_sees_no_badge_and_an_empty_notifications_page() {
        signIn(agent);
        open("notifications");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotificationsView");
        assertThat(shown(Badge.class, "notification-count")).isFalse();
        assertThat(bell().getAriaLabel()).hasValue("Notifications");
        Div empty = find(Div.class).withId("notifications-empty").single();
        assertThat(text(empty)).isEqualTo("No notifications yet. Reminders about due dates and new certificates "
                + "will appear here.");
        assertThat(shown(Grid.class, "notifications-grid")).isFalse();
        assertThat(shown(Button.class, "mark-all-read")).isFalse();

        test(popover()).clickTarget();
        assertThat(text(find(Div.class).withClassName("notification-list").single()))
                .isEqualTo(text(empty));
    }

    @Test
    void the_notifications_page_lists_everything_newest_first_and_marks_read() {
        for (int i = 1; i <= 10; i++) {
            send("n" + i, "Notification " + i, "Line one of " + i + "\nLine two", i % 2 == 0 ? "learning" : null);
        }
        signIn(agent);
        open("notifications");

        assertThat(shown(Div.class, "notifications-empty")).isFalse();
        var grid = test(grid());
        assertThat(grid.size()).as("more than the popover's 8").isEqualTo(10);
        assertThat(grid.getRow(0).title()).isEqualTo("Notification 10");
        assertThat(grid.getRow(9).title()).isEqualTo("Notification 1");
        assertThat(grid.getLitRendererPropertyValue(0, "notification", "message", String.class))
                .isEqualTo("Line one of 10\nLine two");
        assertThat(grid.getLitRendererPropertyValue(0, "notification", "ago", String.class)).isEqualTo("just now");
        assertThat(find(Span.class).withId("notifications-summary").single().getText()).isEqualTo("10 unread");

        grid.invokeLitRendererFunction(3, "notification", "markRead");

        assertThat(notifications.unreadCount()).isEqualTo(9);
        assertThat(test(grid()).getRow(3).read()).isTrue();
        assertThat(find(Span.class).withId("notifications-summary").single().getText()).isEqualTo("9 unread");
        assertThat(bell().getAriaLabel()).hasValue("Notifications (9 unread)");

        test(find(Button.class).withId("mark-all-read").single()).click();

        assertThat(notifications.unreadCount()).isZero();
        assertThat(find(Span.class).withId("notifications-summary").single().getText()).isEqualTo("All read.");
        assertThat(shown(Badge.class, "notification-count")).isFalse();
        assertThat(test(grid()).getRow(0).read()).isTrue();
    }

    @Test
    void opening_a_notification_from_the_page_marks_it_read_and_follows_its_link() {
        send("link", "Certificate issued", "Well done!", "account");
        signIn(agent);
        open("notifications");

        test(grid()).invokeLitRendererFunction(0, "notification", "open");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AccountView");
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void the_notifications_page_has_its_title_in_the_header_and_is_not_in_the_menu() {
        signIn(agent);
        open("notifications");
        assertThat(find(H1.class).withClassName("view-title").single().getText()).isEqualTo("Notifications");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).isNotEmpty()
                .doesNotContain("Notifications");
    }
}
