package com.certdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneColumnsTest {

    private final Grid<String> grid = new Grid<>();
    private final Grid.Column<String> name = grid.addColumn(s -> s).setKey("name");
    private final Grid.Column<String> length = grid.addColumn(String::length).setKey("length");
    private final Grid.Column<String> actions = grid.addColumn(s -> "x").setKey("actions");

    private List<String> visibleKeys() {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    @Test
    void a_phone_sees_the_kept_columns_and_one_compact_cell_in_their_place_and_a_wide_window_the_grid_as_built() {
        var phone = PhoneColumns.of(grid).keep(actions).compact("Item", Span::new);
        assertThat(grid.getColumnByKey("compact")).as("added only when a phone needs it").isNull();

        phone.fit(1280);
        assertThat(visibleKeys()).containsExactly("name", "length", "actions");

        phone.fit(390);
        assertThat(phone.phone()).isTrue();
        assertThat(visibleKeys()).containsExactly("compact", "actions");
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey).as("before the first kept column")
                .containsExactly("name", "length", "compact", "actions");

        phone.fit(1280);
        assertThat(visibleKeys()).containsExactly("name", "length", "actions");
        phone.fit(390);
        assertThat(grid.getColumns()).as("added once").hasSize(4);
    }

    @Test
    void without_a_compact_column_a_phone_just_hides_what_is_not_kept_below_the_chosen_width() {
        var phone = PhoneColumns.of(grid).below(600).keep(name, actions);
        phone.fit(650);
        assertThat(visibleKeys()).containsExactly("name", "length", "actions");
        phone.fit(599);
        assertThat(visibleKeys()).containsExactly("name", "actions");
        assertThat(grid.getColumns()).hasSize(3);
    }

    @Test
    void an_unknown_width_leaves_the_grid_as_built() {
        var phone = PhoneColumns.of(grid).compact("Item", Span::new);
        phone.fit(0);
        assertThat(phone.phone()).isFalse();
        assertThat(visibleKeys()).containsExactly("name", "length", "actions");
    }
}
