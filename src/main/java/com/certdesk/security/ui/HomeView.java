package com.certdesk.security.ui;

import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start page: sends each user to the first page their role works in. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    /** Start pages by role, most specific first. */
    static final String AGENT_HOME = "learning";
    static final String TEAM_HOME = "team-progress";
    static final String ADMIN_HOME = "admin/users";

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.hasRole(Roles.AGENT)) {
            event.forwardTo(AGENT_HOME);
        } else if (currentUser.hasAnyRole(Roles.MANAGER, Roles.HR)) {
            event.forwardTo(TEAM_HOME);
        } else if (currentUser.hasRole(Roles.ADMIN)) {
            event.forwardTo(ADMIN_HOME);
        } else {
            setText("Your account has no role yet. Ask your administrator to assign one.");
        }
    }
}
