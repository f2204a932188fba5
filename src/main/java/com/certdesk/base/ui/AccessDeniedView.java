package com.certdesk.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when a signed-in user opens a view their role may not use, by menu or by typing its URL. Also shown
 * when a service refuses an action (Spring's AccessDeniedException is translated by the error handler).
 */
@PageTitle("Access denied")
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        ErrorViews.fill(this, VaadinIcon.BAN, "Access denied",
                "Your role does not give you access to this page. If you think it should, ask your administrator.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
