package com.certdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A grid's columns on a phone: below a window width the grid shows only the columns {@linkplain #keep kept} and,
 * if given, one {@linkplain #compact compact} column that says in a single cell what the hidden ones said, so the
 * page does not scroll sideways with the status or the buttons out of sight. Wider windows show the grid as built.
 * <p>
 * The window's width is read when the grid is attached (from the browser details Vaadin has, else asked once)
 * and again on each resize. The compact column is added only when first needed, since a hidden column upsets the
 * header widths of the others, and it goes just before the first kept column (or last), so the wide order stays.
 * Only a change between phone and wide touches the columns: each change re-renders the grid.
 */
public final class PhoneColumns<T> {

    /** Below this window width (px) a grid shows its phone columns, unless {@linkplain #below told otherwise}. */
    public static final int PHONE_WIDTH = 700;

    private final Grid<T> grid;
    private final List<Grid.Column<T>> kept = new ArrayList<>();
    private int breakpoint = PHONE_WIDTH;
    private String compactHeader = "";
    private @Nullable ValueProvider<T, ? extends Component> compactCell;
    private SerializableConsumer<Grid.Column<T>> compactSetup = c -> { };
    private Grid.@Nullable Column<T> compact;
    private boolean phone;
    private @Nullable Registration resize;

    private PhoneColumns(Grid<T> grid) {
        this.grid = grid;
        grid.addAttachListener(e -> attached(e.getUI()));
        grid.addDetachListener(e -> detached());
        if (grid.isAttached()) {
            grid.getUI().ifPresent(this::attached);
        }
    }

    /** Phone columns for this grid; say which to keep and what the compact column shows. */
    public static <T> PhoneColumns<T> of(Grid<T> grid) {
        return new PhoneColumns<>(grid);
    }

    /** The window width (px) below which the phone columns show. */
    public PhoneColumns<T> below(int windowWidth) {
        this.breakpoint = windowWidth;
        return this;
    }

    /** Columns that stay on a phone, such as a row's status or its buttons; all others are hidden there. */
    @SafeVarargs
    public final PhoneColumns<T> keep(Grid.Column<T>... columns) {
        kept.addAll(List.of(columns));
        return this;
    }

    /** The one column a phone shows instead of the hidden ones (key {@code compact}). */
    public PhoneColumns<T> compact(String header, ValueProvider<T, ? extends Component> cell) {
        return compact(header, cell, c -> { });
    }

    /** As {@link #compact(String, ValueProvider)}, with the column set up further (e.g. sortable). */
    public PhoneColumns<T> compact(String header, ValueProvider<T, ? extends Component> cell,
            SerializableConsumer<Grid.Column<T>> setup) {
        this.compactHeader = header;
        this.compactCell = cell;
        this.compactSetup = setup;
        return this;
    }

    /** True while the grid shows its phone columns. */
    public boolean phone() {
        return phone;
    }

    /** Shows the columns for a window this wide (px); called on attach and resize, and by tests. */
    public void fit(int windowWidth) {
        show(windowWidth > 0 && windowWidth < breakpoint);
    }

    private void show(boolean phone) {
        if (phone == this.phone) {
            return;
        }
        this.phone = phone;
        Grid.Column<T> one = compact;
        ValueProvider<T, ? extends Component> cell = compactCell;
        if (phone && one == null && cell != null) {
            one = addCompact(cell);
        }
        Set<Grid.Column<T>> stay = Set.copyOf(kept);
        for (Grid.Column<T> column : grid.getColumns()) {
            if (column == one) {
                column.setVisible(phone);
            } else if (!stay.contains(column)) {
                column.setVisible(!phone);
            }
        }
    }

    private Grid.Column<T> addCompact(ValueProvider<T, ? extends Component> cell) {
        List<Grid.Column<T>> before = new ArrayList<>(grid.getColumns());
        Grid.Column<T> one = grid.addComponentColumn(cell).setHeader(compactHeader).setKey("compact")
                .setFlexGrow(1);
        compactSetup.accept(one);
        compact = one;
        int at = before.stream().filter(kept::contains).findFirst().map(before::indexOf).orElse(before.size());
        List<Grid.Column<T>> order = new ArrayList<>(before);
        order.add(at, one);
        grid.setColumnOrder(order);
        return one;
    }

    private void attached(UI ui) {
        var page = ui.getPage();
        var details = page.getExtendedClientDetails();
        if (details != null && details.getWindowInnerWidth() > 0) {
            fit(details.getWindowInnerWidth());
        } else {
            grid.getElement().executeJs("return window.innerWidth").then(Integer.class, this::fit);
        }
        if (resize == null) {
            resize = page.addBrowserWindowResizeListener(e -> fit(e.getWidth()));
        }
    }

    private void detached() {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
    }
}
