package com.certdesk.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.base.ui.FormError;
import com.certdesk.catalog.SkillArea;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.SignalKind;
import com.certdesk.insight.SkillSignalDraft;
import com.certdesk.insight.SkillSignalMapping;
import com.certdesk.insight.SkillSuggestionService;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SuppressWarnings("unchecked")
class SkillSignalsViewTest extends UiTest {

    @Autowired
    SkillSuggestionService service;

    String admin;

    @BeforeEach
    void setUp() {
        admin = fixtures.user("signals-admin", null, Roles.ADMIN);
    }

    private void openAsAdmin() {
        signIn(admin);
        assertThat(open("admin/feedback/skill-areas")).isInstanceOf(SkillSignalsView.class);
    }

    private List<SkillSignalMapping> rows() {
        var grid = test((Grid<SkillSignalMapping>) find(Grid.class).withId("mappings-grid").single());
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private void fill(String reason, String area) {
        test(find(TextField.class).withId("mapping-reason").single()).setValue(reason);
        test((Select<SkillArea>) find(Select.class).withId("mapping-area").single()).selectItem(area);
    }

    private void add() {
        test(find(Button.class).withId("add-mapping").single()).click();
    }

    private String error() {
        return find(FormError.class).withId("mapping-error").single().getText();
    }

    @Test
    void an_administrator_maps_a_reason_to_a_skill_area() {
        openAsAdmin();
        String reason = Fixtures.unique("The issue took too long");
        fill(reason, "Problem solving");
        add();

        assertThat(error()).isEmpty();
        assertThat(rows()).anySatisfy(m -> {
            assertThat(m.reason()).isEqualTo(reason);
            assertThat(m.skillArea()).isEqualTo(SkillArea.PROBLEM_SOLVING);
            assertThat(m.createdByName()).isEqualTo("Test " + admin);
        });
        assertThat(notifications()).anyMatch(n -> n.contains("now points at Problem solving"));
        assertThat(find(TextField.class).withId("mapping-reason").single().getValue()).as("ready for the next").isEmpty();
    }

    private TextField reasonField() {
        return find(TextField.class).withId("mapping-reason").single();
    }

    @Test
    void an_empty_a_too_long_and_a_repeated_reason_are_refused_with_the_message_on_the_reason_field() {
        openAsAdmin();
        fill("   ", "Empathy");
        add();
        assertThat(reasonField().isInvalid()).isTrue();
        assertThat(reasonField().getErrorMessage()).contains("Enter the reason");
        assertThat(error()).as("on the field, not under the form").isEmpty();

        fill("x".repeat(201), "Empathy");
        add();
        assertThat(reasonField().getErrorMessage()).contains("at most 200 characters");

        String reason = Fixtures.unique("Rude");
        fill(reason, "Empathy");
        add();
        assertThat(reasonField().isInvalid()).as("cleared once accepted").isFalse();
        fill(" " + reason.toUpperCase() + " ", "Empathy");
        add();
        assertThat(reasonField().isInvalid()).isTrue();
        assertThat(reasonField().getErrorMessage()).contains("already points at Empathy");
        assertThat(reasonField().getValue()).as("what was typed stays").isEqualTo(" " + reason.toUpperCase() + " ");

        test(reasonField()).setValue(Fixtures.unique("Something else"));
        assertThat(reasonField().isInvalid()).as("a changed field loses its message").isFalse();
    }

    @Test
    void a_missing_skill_area_is_shown_on_the_skill_area_field() {
        openAsAdmin();
        test(reasonField()).setValue(Fixtures.unique("No area"));
        add();
        var area = (Select<SkillArea>) find(Select.class).withId("mapping-area").single();
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).isEqualTo("Choose the skill area it points at.");
        assertThat(reasonField().isInvalid()).isFalse();
    }

    @Test
    void a_low_score_mapping_asks_for_the_measure_instead_of_a_reason() {
        signIn(admin);
        service.mappings().stream().map(SkillSignalMapping::id).forEach(service::deleteMapping);
        openAsAdmin();
        assertThat(find(Paragraph.class).withId("no-mappings").single().isVisible()).isTrue();

        test((RadioButtonGroup<SignalKind>) find(RadioButtonGroup.class).withId("mapping-kind").single())
                .selectItem("Low score");
        assertThat(find(TextField.class).withId("mapping-reason").all()).as("hidden").isEmpty();
        test((Select<SkillArea>) find(Select.class).withId("mapping-area").single()).selectItem("Low-effort service");
        add();
        var measure = (Select<Measure>) find(Select.class).withId("mapping-measure").single();
        assertThat(measure.isInvalid()).isTrue();
        assertThat(measure.getErrorMessage()).contains("Choose the measure");

        test((Select<Measure>) find(Select.class).withId("mapping-measure").single()).selectItem("CES");
        add();
        assertThat(rows()).singleElement().satisfies(m -> {
            assertThat(m.matchLabel()).isEqualTo("Low CES");
            assertThat(m.skillArea()).isEqualTo(SkillArea.LOW_EFFORT_SERVICE);
        });
    }

    @Test
    void deleting_a_mapping_asks_first() {
        signIn(admin);
        SkillSignalMapping m = service.addMapping(SkillSignalDraft.reason(Fixtures.unique("Policy"), SkillArea.EMPATHY));
        openAsAdmin();

        var grid = test((Grid<SkillSignalMapping>) find(Grid.class).withId("mappings-grid").single());
        int row = rows().indexOf(m);
        var delete = (Button) grid.getCellComponent(row, "delete");
        assertThat(delete.getId()).contains("delete-mapping-" + m.id());
        test(delete).click();
        var confirm = find(ConfirmDialog.class).withId("confirm-delete-mapping").single();
        assertThat(test(confirm).getText()).contains("will no longer count for Empathy");
        test(confirm).confirm();

        assertThat(service.mappings()).doesNotContain(m);
        assertThat(rows()).doesNotContain(m);
    }

    @Test
    void managers_and_hr_cannot_open_the_page() {
        signIn(fixtures.user("signals-manager", null, Roles.MANAGER));
        assertThat(open("admin/feedback/skill-areas")).isInstanceOf(AccessDeniedView.class);
        signIn(fixtures.user("signals-hr", null, Roles.HR));
        assertThat(open("admin/feedback/skill-areas")).isInstanceOf(AccessDeniedView.class);
    }
}
