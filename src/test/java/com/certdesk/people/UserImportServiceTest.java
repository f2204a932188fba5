package com.certdesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.security.Usernames;
import com.certdesk.security.Roles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;

@ServiceTest
class UserImportServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    UserImportService imports;
    @Autowired
    UserAdminService users;
    @Autowired
    TeamService teams;

    String team;
    String tag;

    @BeforeEach
    void setUp() {
        fixtures.signIn(fixtures.user("importer", null, Roles.ADMIN));
        team = teams.create(Fixtures.unique("Imported team"), java.util.Set.of()).name();
        tag = Fixtures.unique("imp").replace("-", "");
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
    }

    private byte[] csv(String... lines) {
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_good_file_creates_every_user_with_a_temporary_password() {
        byte[] file = csv("username,name,email,team,roles,hire_date,external_id",
                tag + "a,Ana Silva," + tag + "a@example.test," + team + ",AGENT,2024-02-01,ext-" + tag + "a",
                tag + "b,\"Bo, Jr.\"," + tag + "b@example.test," + team + ",AGENT;MANAGER,,");

        List<CreatedAccount> created = imports.importUsers(file);

        assertThat(created).extracting(CreatedAccount::username).containsExactly(tag + "a", tag + "b");
        var page = users.search(tag, true, PageRequest.of(0, 10)).getContent();
        assertThat(page).hasSize(2);
        UserSummary bo = page.stream().filter(u -> u.username().equals(tag + "b")).findFirst().orElseThrow();
        assertThat(bo.displayName()).isEqualTo("Bo, Jr.");
        assertThat(bo.roles()).containsExactlyInAnyOrder(Roles.AGENT, Roles.MANAGER);
        assertThat(bo.teamName()).isEqualTo(team);
        assertThat(created.getFirst().temporaryPassword()).hasSize(12);
    }

    @Test
    void a_file_with_one_bad_row_is_rejected_whole_with_every_problem_and_line() {
        byte[] file = csv("username,name,email,team,roles",
                tag + "ok,Good Row," + tag + "ok@example.test," + team + ",AGENT",
                tag + "x,No Email,,"  + team + ",AGENT",
                tag + "y,Bad Role," + tag + "y@example.test," + team + ",WIZARD",
                tag + "z,Ghost Team," + tag + "z@example.test,Nowhere,AGENT",
                tag + "ok,Twice," + tag + "twice@example.test," + team + ",AGENT");

        assertThatThrownBy(() -> imports.importUsers(file)).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems()).extracting(ImportProblem::toString).containsExactly(
                        "Line 3: email is required",
                        "Line 4: unknown role 'WIZARD' (use AGENT, MANAGER, HR, ADMIN)",
                        "Line 5: team 'Nowhere' does not exist (create it under Teams first)",
                        "Line 6: username '" + tag + "ok' also appears on line 2"));
        assertThat(users.search(tag, true, PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    @Test
    void usernames_with_look_alike_letters_are_refused_with_the_rule() {
        byte[] file = csv("username,name,email,team,roles",
                "\u0131nes." + tag + ",Ines Dubois," + tag + "i@example.test," + team + ",AGENT",
                "noah." + tag + "\u017f,Noah Fernandes," + tag + "n@example.test," + team + ",AGENT",
                "\ufb06" + tag + ",Stella Stone," + tag + "s@example.test," + team + ",AGENT",
                "In\u00e8s." + tag + ",In\u00e8s Dubois," + tag + "e@example.test," + team + ",AGENT");

        assertThatThrownBy(() -> imports.importUsers(file)).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems()).extracting(ImportProblem::toString).containsExactly(
                        "Line 2: username '\u0131nes." + tag + "' must be " + Usernames.RULE,
                        "Line 3: username 'noah." + tag + "\u017f' must be " + Usernames.RULE,
                        "Line 4: username '\ufb06" + tag + "' must be " + Usernames.RULE,
                        "Line 5: username 'In\u00e8s." + tag + "' must be " + Usernames.RULE));
        assertThat(users.search(tag, true, PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    @Test
    void capitals_in_imported_usernames_are_stored_in_the_canonical_small_letters() {
        List<CreatedAccount> created = imports.importUsers(csv("username,name,email,team,roles",
                "Big." + tag + ",Big Name," + tag + "big@example.test," + team + ",AGENT"));

        assertThat(created).extracting(CreatedAccount::username).containsExactly("big." + tag);
    }

    @Test
    void check_reports_problems_without_importing_anything() {
        UserImportCheck check = imports.check(csv("username,name,email,team,roles", "A B,,bad,,"));

        assertThat(check.acceptable()).isFalse();
        assertThat(check.problems()).extracting(ImportProblem::reason).contains("name is required",
                "email 'bad' is not a valid address");
        assertThat(check.problems()).allMatch(p -> p.line() == 2);
    }

    @Test
    void users_that_already_exist_are_reported() {
        String existing = fixtures.user("exists", null, Roles.AGENT);
        fixtures.signIn(fixtures.user("importer2", null, Roles.ADMIN));

        UserImportCheck check = imports.check(csv("username,name,email,team,roles",
                existing + ",Again," + existing + "@example.test,,AGENT"));

        assertThat(check.problems()).extracting(ImportProblem::toString).containsExactly(
                "Line 2: username '" + existing + "' already exists",
                "Line 2: email " + existing + "@example.test already belongs to a user");
    }

    @Test
    void header_problems_and_malformed_files_are_explained() {
        assertThat(imports.check(csv("user,name,email")).problems().getFirst().reason())
                .contains("lacks the columns username, team, roles");
        assertThat(imports.check(new byte[0]).problems().getFirst().reason()).contains("The file is empty");
        assertThat(imports.check(new byte[] {(byte) 0xC3, (byte) 0x28, 'a'}).problems().getFirst().reason())
                .contains("not UTF-8");
        assertThat(imports.check(csv("username,name,email,team,roles", "a,\"unclosed,b,c,d,e")).problems())
                .isNotEmpty();
        assertThat(imports.check(csv("username,name,email,team,roles", "a,b,c")).problems().getFirst().reason())
                .contains("expected 5 fields");
    }

    @Test
    void a_utf8_byte_order_mark_and_accents_are_handled() {
        byte[] body = csv("username,name,email,team,roles",
                tag + "bom,José Müller," + tag + "bom@example.test," + team + ",agent");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        List<CreatedAccount> created = imports.importUsers(withBom);

        assertThat(created).singleElement().satisfies(a -> assertThat(a.displayName()).isEqualTo("José Müller"));
    }

    @Autowired
    PasswordEncoder encoder;

    @Test
    void imported_passwords_are_stored_as_bcrypt_hashes() {
        imports.importUsers(csv("username,name,email,team,roles",
                tag + "pw,Pass Word," + tag + "pw@example.test,,AGENT"));
        // The delegating encoder marks bcrypt hashes with {bcrypt}; a plain password would never match this.
        assertThat(encoder.encode("x")).startsWith("{bcrypt}");
    }

    @Test
    void an_upload_of_400_mb_is_refused_naming_the_limit_without_being_read_whole() {
        var huge = com.certdesk.base.CountingInput.fourHundredMegabytes(tag + ",Name,x@example.test,,AGENT\n");

        UserImportCheck check = imports.check(huge);

        assertThat(check.rows()).isEmpty();
        assertThat(check.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .contains("larger than the limit of 5 MB"));
        assertThat(huge.consumed()).as("bytes read of 400 MB").isLessThanOrEqualTo(UserImportService.MAX_BYTES + 1L);
        var again = com.certdesk.base.CountingInput.fourHundredMegabytes("x\n");
        assertThatThrownBy(() -> imports.importUsers(again)).hasMessageContaining("5 MB");
        assertThat(again.consumed()).isLessThanOrEqualTo(UserImportService.MAX_BYTES + 1L);
        assertThat(users.search(tag, true, PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void an_uploaded_stream_within_the_limit_still_imports() {
        var file = new java.io.ByteArrayInputStream(csv("username,name,email,team,roles",
                tag + "s,Sam Stream," + tag + "s@example.test," + team + ",AGENT"));

        assertThat(imports.importUsers(file)).extracting(CreatedAccount::username).containsExactly(tag + "s");
    }
}
