package com.certdesk.insight.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.insight.WaveGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/** The waves of a planned evaluation: for each wave and team, how many agents and their due date. */
class WaveTable extends Grid<WaveGroup> {

    WaveTable(String id, List<WaveGroup> groups) {
        setId(id);
        addThemeVariants(GridVariant.ROW_STRIPES);
        setSelectionMode(SelectionMode.NONE);
        setAllRowsVisible(true);
        UserFormats formats = UserFormats.current();
        addColumn(g -> "Wave " + (g.wave() + 1)).setHeader("Wave").setWidth("6rem").setFlexGrow(0);
        addColumn(WaveGroup::teamName).setHeader("Team").setFlexGrow(1);
        addColumn(WaveGroup::agents).setHeader("Agents").setWidth("6rem").setFlexGrow(0);
        addColumn(g -> formats.date(g.dueOn())).setHeader("Due").setWidth("8rem").setFlexGrow(0);
        setItems(groups);
    }
}
