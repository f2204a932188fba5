package com.certdesk.certification.ui;

import com.certdesk.certification.CertificationMatrixService;
import com.certdesk.certification.MatrixFilter;
import com.certdesk.certification.MatrixRow;
import com.certdesk.certification.ProgramSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;

/**
 * Agents × programs, loaded a page at a time from {@link CertificationMatrixService#rows}. The agent column stays
 * in place while the program columns scroll sideways; each cell is a status chip.
 */
class MatrixGrid extends Grid<MatrixRow> {

    static final String AGENT_COLUMN = "agent";

    private final Consumer<MatrixRow> openAgent;
    private MatrixFilter filter = MatrixFilter.ALL;

    MatrixGrid(CertificationMatrixService matrix, Consumer<MatrixRow> openAgent) {
        this.openAgent = openAgent;
        setId("matrix-grid");
        addThemeVariants(GridVariant.COLUMN_BORDERS, GridVariant.ROW_STRIPES);
        addClassName("matrix-grid");
        setEmptyStateText("Nobody matches these filters.");
        setSizeFull();
        setColumnReorderingAllowed(false);
        setSelectionMode(SelectionMode.NONE);
        setItems(DataProvider.fromCallbacks(
                query -> matrix.rows(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) matrix.rows(filter, PageRequest.of(0, 1)).getTotalElements()));
    }

    /** Shows these programs as columns and loads the first page again. */
    void show(MatrixFilter filter, List<ProgramSummary> programs) {
        this.filter = filter;
        removeAllColumns();
        addColumn(LitRenderer.<MatrixRow>of("""
                <div class="matrix-agent">
                  <vaadin-button theme="tertiary-inline" @click=${open} title="Show ${item.name}'s record">${item.name}</vaadin-button>
                  <span class="muted small">${item.team}</span>
                </div>""")
                .withProperty("name", MatrixRow::displayName)
                .withProperty("team", r -> r.teamName() == null ? "" : r.teamName())
                .withFunction("open", openAgent::accept))
                .setKey(AGENT_COLUMN).setHeader("Agent").setFrozen(true).setRowHeader(true).setWidth("13rem")
                .setFlexGrow(0).setResizable(true);
        for (ProgramSummary program : programs) {
            var header = new Span(program.name());
            header.addClassName("matrix-program-header");
            header.setTitle(program.name() + " · " + program.validityText());
            addColumn(StatusChips.renderer(r -> r.cell(program.id())))
                    // 13rem + 4 × 12rem fits a 1366 px laptop with the menu open; more programs scroll sideways
                    .setKey("program-" + program.id()).setHeader(header).setWidth("12rem").setFlexGrow(1);
        }
        getDataProvider().refreshAll();
    }

    void refresh() {
        getDataProvider().refreshAll();
    }
}
