package com.certdesk.base.ui;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.StaleEditException;
import com.certdesk.base.ValidationException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions from button clicks and other UI events into a clear message for the user instead of a
 * stack trace; unexpected ones are logged with an id the user can quote.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static String messageFor(Throwable error) {
        Throwable cause = rootUserFacing(error);
        if (cause instanceof ValidationException || cause instanceof NotFoundException) {
            return cause.getMessage();
        }
        if (cause instanceof AccessDeniedException) {
            return "You are not allowed to do that.";
        }
        if (cause instanceof OptimisticLockingFailureException) {
            return StaleEditException.message("this record");
        }
        return null;
    }

    private static Throwable rootUserFacing(Throwable error) {
        Throwable current = error;
        while (current != null) {
            if (current instanceof ValidationException || current instanceof NotFoundException
                    || current instanceof AccessDeniedException || current instanceof OptimisticLockingFailureException) {
                return current;
            }
            current = current.getCause();
        }
        return error;
    }

    private static final class Handler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            String message = messageFor(event.getThrowable());
            if (message == null) {
                String ref = Long.toString(System.nanoTime() & 0xffffff, 36);
                log.error("Unexpected error [ref {}]", ref, event.getThrowable());
                message = "Something went wrong on our side (reference " + ref + "). Nothing you entered was lost; please try again.";
            }
            String text = message;
            if (UI.getCurrent() != null) {
                var notification = Toast.show(text, 6000);
                notification.addThemeVariants(NotificationVariant.ERROR);
            }
        }
    }
}
