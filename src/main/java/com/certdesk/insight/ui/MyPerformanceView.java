package com.certdesk.insight.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.insight.AgentPerformance;
import com.certdesk.insight.PerformanceNavigation;
import com.certdesk.insight.PerformanceService;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The agent's own customer feedback per month next to their training, and their own pulse answers beside it. */
@Route(PerformanceNavigation.MINE)
@PageTitle("My performance")
@Menu(title = "My performance", order = 2, icon = "vaadin:chart-line")
@RolesAllowed(Roles.AGENT)
class MyPerformanceView extends VerticalLayout {

    MyPerformanceView(PerformanceService performance) {
        addClassName("page");
        setId("my-performance");
        AgentPerformance mine = performance.mine();
        add(new PerformancePanel(mine, true,
                EngagementPanel.of(mine, performance.myEngagement(), UserFormats.current())));
    }
}
