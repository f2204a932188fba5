package com.certdesk.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown URLs and for records that do not exist or are not visible (views throw
 * {@link NotFoundException} with a message meant for the user).
 */
@PageTitle("Not found")
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String message = parameter.hasCustomMessage()
                ? parameter.getCustomMessage()
                : "There is no page at '/" + event.getLocation().getPath() + "'.";
        ErrorViews.fill(this, VaadinIcon.QUESTION_CIRCLE_O, "We couldn't find that", message);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
