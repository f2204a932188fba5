package com.certdesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Gives every UI the browser's preferred language (its Accept-Language header) as its locale. Without an
 * I18NProvider Vaadin leaves the UI at the server's default locale, so dates would follow the server instead of
 * the person reading them ({@link UserFormats}).
 */
@Component
class BrowserLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null && request.getHeader("Accept-Language") != null) {
                Locale browser = request.getLocale();
                if (browser != null && !browser.getLanguage().isEmpty()) {
                    init.getUI().setLocale(browser);
                }
            }
        });
    }
}
