package com.certdesk.certification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.base.ui.FormError;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramDraft;
import com.certdesk.certification.ProgramService;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The program dialog shows every required module and refuses a stale edit with the shared message. */
class ProgramDialogTest extends UiTest {

    @Autowired
    CertificationFixtures certs;
    @Autowired
    ProgramService programs;

    private void openProgram(ProgramSummary program) {
        open("admin/programs");
        @SuppressWarnings("unchecked")
        var grid = test((Grid<ProgramSummary>) find(Grid.class).withId("programs-grid").single());
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).id() == program.id()) {
                test((Button) grid.getCellComponent(i, 6).getChildren().findFirst().orElseThrow()).click();
                return;
            }
        }
        throw new AssertionError("program not listed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_required_module_of_a_program_is_shown_not_collapsed_into_a_count() {
        List<Long> modules = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            modules.add(fixtures.publishedModule("Required " + i, 1));
        }
        ProgramSummary program = certs.program("Many modules", 12, 30, null, modules.toArray(Long[]::new));
        signIn(fixtures.user("program-admin", null, Roles.ADMIN));

        openProgram(program);

        var field = (MultiSelectComboBox<ModuleRef>) find(MultiSelectComboBox.class).withId("program-modules").single();
        assertThat(field.getValue()).extracting(ModuleRef::id).containsExactlyInAnyOrderElementsOf(modules);
        assertThat(field.getAutoExpand()).as("chips wrap onto new lines instead of hiding behind +N")
                .isEqualTo(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        assertThat(field.isCollapseChips()).isFalse();
        assertThat(field.isSelectedItemsOnTop()).isTrue();
    }

    @Test
    void saving_a_program_someone_else_changed_meanwhile_shows_the_message_and_reload_shows_theirs() {
        long module = fixtures.publishedModule("Contested program module", 1);
        ProgramSummary program = certs.program("Contested", 12, 30, null, module);
        signIn(fixtures.user("program-admin2", null, Roles.ADMIN));
        openProgram(program);
        SystemAuthentication.runAsSystem(() -> programs.update(program.id(), program.version(), new ProgramDraft(
                program.name() + " theirs", program.description(), program.moduleIds(), 24, 30, null)));

        test(find(TextField.class).withId("program-name").single()).setValue(program.name() + " mine");
        test(find(Button.class).withId("program-save").single()).click();

        FormError error = find(FormError.class).withId("program-error").single();
        assertThat(error.getText()).isEqualTo("The program “" + program.name() + " theirs” was changed by someone "
                + "else since you opened it; reload to see the changes. Nothing was saved.");
        test(find(Button.class).withId("program-error-reload").single()).click();
        assertThat(find(TextField.class).withId("program-name").single().getValue()).isEqualTo(program.name() + " theirs");
    }
}
