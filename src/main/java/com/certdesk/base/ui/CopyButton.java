package com.certdesk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Copies a text to the clipboard in the browser and says so. Vaadin has no clipboard API in core, so this asks the
 * browser's {@code navigator.clipboard}; where the browser refuses (no HTTPS, no permission) it says to copy by hand.
 */
public class CopyButton extends Button {

    static final String COPIED = "Copied to the clipboard.";
    static final String NOT_COPIED = "The browser did not allow copying: select the text and copy it by hand.";

    private final String text;

    public CopyButton(String text, String ariaLabel) {
        super("Copy", VaadinIcon.COPY_O.create());
        this.text = text;
        setAriaLabel(ariaLabel);
        setTooltipText(ariaLabel);
        addThemeVariants(ButtonVariant.SMALL);
        addClickListener(e -> copy());
    }

    /** The text this button puts on the clipboard. */
    public String text() {
        return text;
    }

    private void copy() {
        getElement().executeJs("return navigator.clipboard.writeText($0).then(() => true)", text)
                .then(Boolean.class, ok -> say(COPIED, NotificationVariant.SUCCESS),
                        failure -> say(NOT_COPIED, NotificationVariant.WARNING));
    }

    private static void say(String message, NotificationVariant variant) {
        Toast.show(message, 3000).addThemeVariants(variant);
    }
}
