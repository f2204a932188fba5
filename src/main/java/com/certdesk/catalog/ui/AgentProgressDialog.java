package com.certdesk.catalog.ui;

import com.certdesk.catalog.AgentProgressRow;
import com.certdesk.catalog.LearnerModule;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;

/** One agent's progress in every published module. */
class AgentProgressDialog extends Dialog {

    AgentProgressDialog(AgentProgressRow agent, List<LearnerModule> modules) {
        setHeaderTitle(agent.displayName() + " — learning progress");
        setWidth("min(900px, 95vw)");
        var grid = new Grid<LearnerModule>();
        grid.setId("agent-progress-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(m -> m.module().title()).setHeader("Module").setFlexGrow(3);
        grid.addColumn(m -> m.module().skillArea().label()).setHeader("Skill area").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(m -> ProgressParts.stateBadge(m.progress().state()))).setHeader("Status");
        grid.addColumn(m -> m.progress().doneLessons() + " / " + m.progress().totalLessons()).setHeader("Lessons");
        grid.setItems(modules);
        grid.setAllRowsVisible(true);
        add(grid);
        getFooter().add(new Button("Close", e -> close()));
    }
}
