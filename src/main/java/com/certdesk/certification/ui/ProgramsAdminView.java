package com.certdesk.certification.ui;

import com.certdesk.base.ui.Toast;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.certification.ProgramService;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/** Administrators define certification programs: what they require and how long certificates last. */
@Route("admin/programs")
@PageTitle("Certification programs")
@Menu(title = "Programs", order = 22, icon = "vaadin:diploma-scroll")
@RolesAllowed(Roles.ADMIN)
class ProgramsAdminView extends VerticalLayout {

    private final ProgramService programs;
    private final ModuleDirectory modules;
    private final Grid<ProgramSummary> grid = new Grid<>();

    ProgramsAdminView(ProgramService programs, ModuleDirectory modules) {
        this.programs = programs;
        this.modules = modules;
        addClassName("page");
        setSizeFull();
        var create = new Button("New program", VaadinIcon.PLUS.create(), e -> open(null));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-program");
        var intro = new Span("An agent is certified when every required module is complete and its quiz passed. "
                + "Certificates are issued automatically and can be verified by anyone.");
        intro.addClassName("muted");
        var toolbar = new Div(create, intro);
        toolbar.addClassName("toolbar");

        grid.setId("programs-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ProgramSummary::name).setHeader("Program").setFlexGrow(2);
        grid.addColumn(p -> p.modules().stream().map(ModuleRef::title).collect(Collectors.joining(", ")))
                .setHeader("Required modules").setFlexGrow(3);
        grid.addColumn(ProgramSummary::validityText).setHeader("Validity").setAutoWidth(true);
        grid.addColumn(p -> p.validityMonths() == null ? "–" : p.windowDays() + " days").setHeader("Window")
                .setAutoWidth(true);
        grid.addColumn(p -> p.minScore() == null ? "Pass mark" : p.minScore() + " %").setHeader("Min. score")
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(p -> {
            var badge = new Badge(p.active() ? "Active" : "Archived");
            badge.addThemeVariants(p.active() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
            return badge;
        })).setHeader("State").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No certification programs yet. Create one with “New program”.");
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    private Div actions(ProgramSummary program) {
        var edit = new Button("Edit", e -> open(program));
        edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        var archive = new Button(program.active() ? "Archive" : "Restore", e -> {
            programs.setActive(program.id(), !program.active());
            Toast.show(program.active() ? "Archived \"" + program.name() + "\". Certificates already "
                    + "earned stay valid." : "Restored \"" + program.name() + "\".");
            refresh();
        });
        archive.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return new Div(edit, archive);
    }

    private void open(ProgramSummary existing) {
        List<ModuleRef> all = modules.all();
        new ProgramDialog(programs, all, existing == null ? null : programs.get(existing.id()), this::refresh).open();
    }

    private void refresh() {
        grid.setItems(programs.all());
    }
}
