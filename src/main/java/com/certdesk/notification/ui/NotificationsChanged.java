package com.certdesk.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * The user read or dismissed notifications in this browser tab: the bell updates its count and the Notifications
 * page its list. Fired on the UI, so the two need not know each other.
 */
final class NotificationsChanged extends ComponentEvent<UI> {

    private NotificationsChanged(UI ui) {
        super(ui, false);
    }

    static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new NotificationsChanged(ui));
        }
    }

    static Registration listen(UI ui, Runnable action) {
        return ComponentUtil.addListener(ui, NotificationsChanged.class, event -> action.run());
    }
}
