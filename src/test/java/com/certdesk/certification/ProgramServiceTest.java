package com.certdesk.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.NotFoundException;
import com.certdesk.base.StaleEditException;
import com.certdesk.base.ValidationException;
import com.certdesk.security.Roles;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Certification programs: what an administrator may save, stale edits, archiving, and who may change them. */
@ServiceTest
class ProgramServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    ProgramService programs;
    @Autowired
    CertificateService certificates;

    long module;

    @BeforeEach
    void setUp() {
        module = certs.moduleWithQuiz("Program module");
        fixtures.signIn(fixtures.user("program-admin", null, Roles.ADMIN));
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
    }

    private static ProgramDraft draft(String name, List<Long> modules, Integer validityMonths, int windowDays,
            Integer minScore) {
        return new ProgramDraft(name, "  What it proves.  ", modules, validityMonths, windowDays, minScore);
    }

    @Test
    void a_program_is_saved_with_its_modules_and_read_back_as_typed_without_surrounding_spaces() {
        String name = Fixtures.unique("Phone Pro");
        ProgramSummary saved = programs.create(draft("  " + name + " ", List.of(module, module), 24, 30, 80));

        ProgramSummary read = programs.get(saved.id());
        assertThat(read.name()).isEqualTo(name);
        assertThat(read.description()).isEqualTo("What it proves.");
        assertThat(read.modules()).extracting(m -> m.id()).as("a module chosen twice counts once")
                .containsExactly(module);
        assertThat(read.validityMonths()).isEqualTo(24);
        assertThat(read.windowDays()).isEqualTo(30);
        assertThat(read.minScore()).isEqualTo(80);
        assertThat(read.active()).isTrue();
    }

    @Test
    void every_problem_of_a_draft_is_named_and_nothing_is_saved() {
        int before = programs.all().size();
        assertThatThrownBy(() -> programs.create(draft(" ", List.of(), 0, 400, 101)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Give the program a name.")
                .hasMessageContaining("Choose at least one required module.")
                .hasMessageContaining("Validity must be between 1 and 120 months")
                .hasMessageContaining("The recertification window must be between 0 and 365 days.")
                .hasMessageContaining("The minimum quiz score must be between 1 and 100 %");
        assertThatThrownBy(() -> programs.create(draft(Fixtures.unique("Short"), List.of(module), 1, 60, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The recertification window cannot be longer than the validity.");
        assertThatThrownBy(() -> programs.create(draft(Fixtures.unique("Ghost"), List.of(999_999_999L), null, 0,
                null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Module 999999999 does not exist");
        assertThat(programs.all()).hasSize(before);
    }

    @Test
    void names_are_unique_regardless_of_case() {
        String name = Fixtures.unique("Unique");
        ProgramSummary first = programs.create(draft(name, List.of(module), 12, 30, null));
        ProgramSummary other = programs.create(draft(Fixtures.unique("Other"), List.of(module), 12, 30, null));

        assertThatThrownBy(() -> programs.create(draft(name.toUpperCase(), List.of(module), 12, 30, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("There is already a program called");
        assertThatThrownBy(() -> programs.update(other.id(), other.version(),
                draft(name.toLowerCase(), List.of(module), 12, 30, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("There is already a program called");
        assertThat(programs.update(first.id(), first.version(), draft(name, List.of(module), 6, 14, null))
                .validityMonths()).as("keeping its own name is fine").isEqualTo(6);
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused_and_changes_nothing() {
        ProgramSummary program = programs.create(draft(Fixtures.unique("Edited"), List.of(module), 12, 30, null));
        ProgramSummary changed = programs.update(program.id(), program.version(),
                draft(program.name(), List.of(module), 18, 30, null));

        assertThatThrownBy(() -> programs.update(program.id(), program.version(),
                draft(program.name(), List.of(module), 3, 30, null)))
                .isInstanceOf(StaleEditException.class).hasMessageContaining("was changed by someone else since you opened it");
        assertThat(programs.get(program.id()).validityMonths()).isEqualTo(changed.validityMonths()).isEqualTo(18);
    }

    @Test
    void archiving_hides_a_program_from_the_active_ones_and_keeps_certificates_earned() {
        ProgramSummary program = programs.create(draft(Fixtures.unique("Archived"), List.of(module), 12, 30, null));
        String agent = fixtures.user("archive-agent", null, Roles.AGENT);
        String admin = fixtures.user("archive-admin", null, Roles.ADMIN);
        certs.learnAndPass(agent, module, 2);

        fixtures.signIn(admin);
        programs.setActive(program.id(), false);
        assertThat(programs.active()).extracting(ProgramSummary::id).doesNotContain(program.id());
        assertThat(programs.all()).extracting(ProgramSummary::id).contains(program.id());
        assertThat(certificates.of(fixtures.userId(agent))).extracting(CertificateView::programId)
                .contains(program.id());
    }

    @Test
    void an_unknown_id_is_not_found_and_only_administrators_change_programs() {
        assertThatThrownBy(() -> programs.get(999_999_999L)).isInstanceOf(NotFoundException.class);
        ProgramSummary program = programs.create(draft(Fixtures.unique("Guarded"), List.of(module), 12, 30, null));

        for (String role : List.of(Roles.MANAGER, Roles.HR, Roles.AGENT)) {
            fixtures.signIn(fixtures.user("not-admin", null, role));
            assertThat(programs.get(program.id()).name()).as("%s may read", role).isEqualTo(program.name());
            assertThatThrownBy(() -> programs.create(draft(Fixtures.unique("Nope"), List.of(module), 12, 30, null)))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> programs.setActive(program.id(), false)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
