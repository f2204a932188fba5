package com.certdesk.catalog.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.catalog.AuthoringService;
import com.certdesk.catalog.ModuleStatus;
import com.certdesk.catalog.ModuleSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** Authoring: every module, draft or published, with a way to create a new one. */
@Route("admin/modules")
@PageTitle("Modules")
@Menu(title = "Modules", order = 20, icon = "vaadin:book")
@RolesAllowed(Roles.ADMIN)
class ModulesAdminView extends VerticalLayout {

    ModulesAdminView(AuthoringService authoring) {
        addClassName("page");
        setSizeFull();
        var search = new TextField();
        search.setPlaceholder("Search title or summary");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("module-search");
        var create = new Button("New module", VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class, ModuleEditorView.params(ModuleEditorView.NEW))));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-module");
        var toolbar = new Div(search, create);
        toolbar.addClassName("toolbar");

        var grid = new Grid<ModuleSummary>();
        grid.setId("modules-grid");
        grid.addColumn(ModuleSummary::title).setHeader("Title").setFlexGrow(3).setSortProperty("title");
        grid.addColumn(m -> m.skillArea().label()).setHeader("Skill area").setFlexGrow(2).setSortProperty("skillArea");
        grid.addColumn(new ComponentRenderer<>(m -> statusBadge(m.status()))).setHeader("Status").setSortProperty("status");
        grid.addColumn(m -> "v" + m.contentVersion()).setHeader("Version");
        grid.addColumn(ModuleSummary::lessonCount).setHeader("Lessons");
        grid.addColumn(m -> UserFormats.current().dateTime(m.updatedAt())).setHeader("Last changed").setSortProperty("updatedAt");
        grid.setItems(query -> authoring.modules(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.setEmptyStateText("No modules match. Create one with “New module”.");
        grid.addItemClickListener(e -> e.getSource().getUI().ifPresent(
                ui -> ui.navigate(ModuleEditorView.class, ModuleEditorView.params(Long.toString(e.getItem().id())))));
        grid.setSizeFull();
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(toolbar, grid);
    }

    static Badge statusBadge(ModuleStatus status) {
        var badge = new Badge(status.label());
        badge.addThemeVariants(status == ModuleStatus.PUBLISHED ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        return badge;
    }
}
