package com.certdesk.feedback.ui;

import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.feedback.AgentAlias;
import com.certdesk.feedback.AgentAliases;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * The agent ids mapped to Certdesk users by hand, for sources whose agent ids differ from the external helpdesk id
 * on the user (Freshdesk agent 1): listed page by page, each removable. New mappings are made from a file's preview.
 */
final class AgentIdsTab extends Div {

    private final AgentAliases aliases;
    private final Grid<AgentAlias> grid = new Grid<>();

    AgentIdsTab(AgentAliases aliases) {
        this.aliases = aliases;
        setId("agent-ids-tab");
        var help = new Paragraph("A rating finds its agent by an agent id mapped here first, else by the user's "
                + "external helpdesk id, else by e-mail. Map an unknown agent id from a file's preview (\"Map to "
                + "user…\").");
        help.addClassName("muted");
        grid.setId("aliases-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(AgentAlias::sourceSystem).setHeader("Source").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AgentAlias::externalAgent).setHeader("Agent id or e-mail").setFlexGrow(1);
        grid.addColumn(AgentAlias::userName).setHeader("Certdesk user").setFlexGrow(1);
        grid.addColumn(a -> UserFormats.current().date(a.createdAt())).setHeader("Mapped").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(a -> {
            var remove = new Button("Remove", e -> confirmRemove(a));
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClassName("alias-remove");
            return remove;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setItems(query -> aliases.aliases(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No agent ids mapped by hand.");
        grid.setHeight("24em");
        grid.setWidthFull();
        add(help, grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void confirmRemove(AgentAlias alias) {
        var confirm = new ConfirmDialog();
        confirm.setId("confirm-remove-alias");
        confirm.setHeader("Remove this mapping?");
        confirm.setText("Ratings imported later from " + alias.sourceSystem() + " naming " + alias.externalAgent()
                + " will no longer find " + alias.userName() + ". Ratings already stored keep their agent.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Remove");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            aliases.remove(alias.id());
            refresh();
            Toast.show("Mapping removed.", 3000);
        });
        confirm.open();
    }
}
