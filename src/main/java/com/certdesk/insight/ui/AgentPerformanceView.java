package com.certdesk.insight.ui;

import com.certdesk.base.NotFoundException;
import com.certdesk.insight.AgentPerformance;
import com.certdesk.insight.PerformanceNavigation;
import com.certdesk.insight.PerformanceService;
import com.certdesk.security.CurrentUser;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * One agent's performance for someone who may see them (their manager, HR, an administrator, or the agent). The
 * services decide: someone else's agent gets the access-denied page, an unknown id the not-found page, and
 * comments show only to the agent and their manager.
 */
@Route(PerformanceNavigation.MINE + "/:userId([0-9]{1,18})")
@PermitAll
class AgentPerformanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PerformanceService performance;
    private final CurrentUser currentUser;
    private String title = "Performance";

    AgentPerformanceView(PerformanceService performance, CurrentUser currentUser) {
        this.performance = performance;
        this.currentUser = currentUser;
        addClassName("page");
        setId("agent-performance");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long userId = event.getRouteParameters().getLong("userId")
                .orElseThrow(() -> new NotFoundException("That link is not valid."));
        AgentPerformance shown = performance.of(userId);
        title = "Performance of " + shown.person().displayName();
        removeAll();
        // never the agent's own engagement answers: those are on My performance, for the agent alone
        add(new PerformancePanel(shown, currentUser.id() == userId, null));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
