package com.certdesk.people.ui;

import com.certdesk.base.UploadLimits;
import com.certdesk.people.TeamService;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserImportService;
import com.certdesk.people.UserSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import java.util.Comparator;
import java.util.stream.Collectors;

/** Administrators find, create and change users, and import many from CSV. */
@Route("admin/users")
@PageTitle("Users")
@Menu(title = "Users", order = 10, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout {

    private final Grid<UserSummary> grid = new Grid<>();

    UsersView(UserAdminService users, TeamService teams, UserImportService imports, UploadLimits uploadLimits) {
        addClassName("page");
        setSizeFull();
        var search = new TextField();
        search.setId("user-search");
        search.setPlaceholder("Search name, username or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
        var showInactive = new Checkbox("Show deactivated");
        showInactive.setId("show-inactive");
        var create = new Button("New user", VaadinIcon.PLUS.create(),
                e -> new UserDialog(users, teams, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-user");
        var importCsv = new Button("Import CSV", VaadinIcon.UPLOAD.create(),
                e -> new UserImportDialog(imports, uploadLimits, this::refresh).open());
        importCsv.setId("import-users");
        var toolbar = new Div(search, showInactive, create, importCsv);
        toolbar.addClassName("toolbar");

        grid.setId("users-grid");
        grid.addColumn(UserSummary::displayName).setHeader("Name").setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(UserSummary::username).setHeader("Username").setSortProperty("username").setFlexGrow(2);
        grid.addColumn(UserSummary::email).setHeader("Email").setSortProperty("email").setFlexGrow(3);
        grid.addColumn(u -> u.teamName() == null ? "—" : u.teamName()).setHeader("Team").setFlexGrow(2);
        grid.addColumn(u -> u.roles().stream().sorted(Comparator.comparing(Roles.ALL::indexOf))
                .map(Roles::label).collect(Collectors.joining(", "))).setHeader("Roles").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(u -> status(u, users))).setHeader("Status").setWidth("11rem").setFlexGrow(0);
        grid.setItems(query -> users.search(search.getValue(), showInactive.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No users match your search.");
        grid.addItemClickListener(e -> new UserDialog(users, teams, users.get(e.getItem().id()), this::refresh).open());
        grid.setSizeFull();
        search.addValueChangeListener(e -> refresh());
        showInactive.addValueChangeListener(e -> refresh());
        add(toolbar, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Active or deactivated, and "Locked" while too many failed sign-ins keep the user out. */
    private static Div status(UserSummary user, UserAdminService users) {
        var badge = new Badge(user.active() ? "Active" : "Deactivated");
        badge.addThemeVariants(user.active() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        var cell = new Div(badge);
        cell.addClassName("status-badges");
        if (users.isLocked(user.id())) {
            var locked = new Badge("Locked");
            locked.addThemeVariants(BadgeVariant.ERROR);
            locked.getElement().setAttribute("title", "Too many failed sign-ins. Open the user to unlock the account.");
            cell.add(locked);
        }
        return cell;
    }
}
