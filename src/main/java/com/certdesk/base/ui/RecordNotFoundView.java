package com.certdesk.base.ui;

import com.certdesk.base.NotFoundException;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A service said a record does not exist (a wrong or stale id in the URL). */
@PageTitle("Not found")
@ParentLayout(MainLayout.class)
@PermitAll
public class RecordNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        ErrorViews.fill(this, VaadinIcon.QUESTION_CIRCLE_O, "We couldn't find that",
                parameter.getException().getMessage());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
