package com.certdesk.insight.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.insight.WaveGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/**
 * The waves of a planned evaluation: for each wave and team, how many agents and their due date. The short columns
 * take the width of their content and a long team name wraps, so the four columns fit a phone's width.
 */
class WaveTable extends Grid<WaveGroup> {

    WaveTable(String id, List<WaveGroup> groups) {
        setId(id);
        addClassName("wave-table");
        addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSelectionMode(SelectionMode.NONE);
        setAllRowsVisible(true);
        UserFormats formats = UserFormats.current();
        addColumn(g -> g.wave() + 1).setHeader("Wave").setAutoWidth(true).setFlexGrow(0);
        addColumn(WaveGroup::teamName).setHeader("Team").setFlexGrow(1);
        addColumn(WaveGroup::agents).setHeader("Agents").setAutoWidth(true).setFlexGrow(0);
        addColumn(g -> formats.date(g.dueOn())).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        setItems(groups);
    }
}
