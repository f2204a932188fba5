package com.certdesk.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** A service refused to show a record to the signed-in user, e.g. another agent's progress by id. */
@PageTitle("Access denied")
@ParentLayout(MainLayout.class)
@PermitAll
public class ServiceAccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        ErrorViews.fill(this, VaadinIcon.BAN, "Access denied",
                "You are not allowed to see this record. If you think you should, ask your administrator.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
