package com.certdesk.certification.ui;

import com.certdesk.certification.DueItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Agents with a program that needs attention: agent, team, program, and the status with its date. */
class DueGrid extends Grid<DueItem> {

    DueGrid(String id, String emptyText, @Nullable Consumer<DueItem> newDueDate) {
        setId(id);
        addThemeVariants(GridVariant.ROW_STRIPES);
        setSelectionMode(SelectionMode.NONE);
        setEmptyStateText(emptyText);
        addColumn(DueItem::displayName).setHeader("Agent").setFlexGrow(2).setRowHeader(true);
        addColumn(i -> i.teamName() == null ? "—" : i.teamName()).setHeader("Team").setFlexGrow(2);
        addColumn(DueItem::programName).setHeader("Program").setFlexGrow(3);
        // wide enough for the longest chip ("Expiring soon · 30 Sep 2027"), which never wraps
        addColumn(StatusChips.renderer(DueItem::cell)).setHeader("Status").setKey("status").setWidth("14.5rem")
                .setFlexGrow(0);
        if (newDueDate != null) {
            addColumn(new ComponentRenderer<>(item -> {
                var button = new Button("New due date", VaadinIcon.CALENDAR_CLOCK.create(), e -> newDueDate.accept(item));
                button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                button.setId("new-due-" + item.userId() + "-" + item.programId());
                return button;
            })).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        setSizeFull();
    }
}
