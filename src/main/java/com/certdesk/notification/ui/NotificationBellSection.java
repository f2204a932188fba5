package com.certdesk.notification.ui;

import com.certdesk.base.ui.NavbarSection;
import com.certdesk.notification.NotificationService;
import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.springframework.core.annotation.Order;

/** Puts the notification bell in the header of every signed-in page. */
@org.springframework.stereotype.Component
@Order(100)
class NotificationBellSection implements NavbarSection {

    private final NotificationService notifications;
    private final Clock clock;

    NotificationBellSection(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications, clock);
    }
}
