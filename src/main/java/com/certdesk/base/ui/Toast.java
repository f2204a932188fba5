package com.certdesk.base.ui;

import com.vaadin.flow.component.notification.Notification;

/**
 * Every short message after an action ("Team saved.", an error from {@link UiErrorHandler}) shows in one place: the
 * bottom right. There it stays clear of the menu on the left and of the header with the menu button; on a phone
 * Lumo stretches it across the bottom, and while the menu drawer is open over the page it waits behind the drawer
 * (styles.css), so it never covers the menu. Themes (success, error) are added to the notification returned.
 */
public final class Toast {

    /** Where every notification shows. */
    public static final Notification.Position POSITION = Notification.Position.BOTTOM_END;
    /** How long a notification shows unless said otherwise (ms), as Vaadin's own default. */
    public static final int DEFAULT_DURATION = 5000;

    private Toast() {
    }

    /** Shows the text for {@link #DEFAULT_DURATION}. */
    public static Notification show(String text) {
        return show(text, DEFAULT_DURATION);
    }

    /** Shows the text for this many milliseconds. */
    public static Notification show(String text, int durationMillis) {
        return Notification.show(text, durationMillis, POSITION);
    }
}
