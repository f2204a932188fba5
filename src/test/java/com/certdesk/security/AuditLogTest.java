package com.certdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserDraft;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/**
 * The audit log: sign-ins, failed sign-ins and lock-outs, user changes and API tokens are recorded with who, when
 * and what; only administrators read it; the filters and the chunked read; retention deletes what is older only.
 */
@ServiceTest
class AuditLogTest {

    @Autowired
    AuditLog audit;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    UserAdminService users;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        fixtures.signOut();
        clock.reset();
    }

    private List<AuditEntry> of(String actor, AuditKind kind) {
        return audit.page(new AuditFilter(actor, kind, null, null), 0, 100);
    }

    @Test
    void sign_ins_failed_sign_ins_and_the_lock_out_are_recorded() {
        String agent = fixtures.user("audit-signin", null, Roles.AGENT);
        authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(agent,
                Fixtures.PASSWORD));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(agent, "wrong"))).isInstanceOf(
                            AuthenticationException.class);
        }
        assertThatThrownBy(() -> authenticationManager.authenticate(UsernamePasswordAuthenticationToken
                .unauthenticated(agent, Fixtures.PASSWORD))).isInstanceOf(AuthenticationException.class);

        fixtures.signIn(fixtures.user("audit-signin-admin", null, Roles.ADMIN));
        List<AuditEntry> signIns = of(agent, AuditKind.SIGN_IN);
        assertThat(signIns).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(fixtures.userId(agent));
            assertThat(e.detail()).isEqualTo("signed in with a password");
        });
        List<AuditEntry> failed = of(agent, AuditKind.SIGN_IN_FAILED);
        assertThat(failed).hasSize(6);
        // four wrong passwords, the fifth locks the account, the right one is then refused too
        assertThat(failed).extracting(AuditEntry::detail).filteredOn(d -> d.equals("refused: the account is locked"))
                .hasSize(2);
        assertThat(failed).extracting(AuditEntry::detail).filteredOn(d -> d.contains("wrong username")).hasSize(4);
        assertThat(failed).allMatch(e -> e.actorId() != null && e.actorId() == fixtures.userId(agent));
        fixtures.signOut();
        assertThatThrownBy(() -> authenticationManager.authenticate(UsernamePasswordAuthenticationToken
                .unauthenticated("my secret password", "x"))).isInstanceOf(AuthenticationException.class);
        fixtures.signIn(fixtures.user("audit-signin-admin2", null, Roles.ADMIN));
        assertThat(audit.page(new AuditFilter("secret", null, null, null), 0, 5)).as("text naming no account is "
                + "never kept: it may be a password typed in the wrong field").isEmpty();
        assertThat(of(agent, AuditKind.ACCOUNT_LOCKED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("locked for 15 minutes"));
    }

    @Test
    void user_changes_and_api_tokens_are_recorded_with_the_administrator_who_made_them() {
        String admin = fixtures.user("audit-admin", null, Roles.ADMIN);
        fixtures.signIn(admin);
        var created = users.create(new UserDraft("audit-new-" + System.nanoTime() % 100000, "Audit New",
                "audit-new-" + System.nanoTime() + "@example.test", Set.of(Roles.AGENT), null, null, null, true),
                "a long enough password 1");
        users.setActive(created.id(), false);
        var token = tokens.create(new NewApiToken("audit token", Set.of(ApiScope.FEEDBACK_WRITE),
                LocalDate.now().plusDays(10)));
        tokens.revoke(token.token().id());

        List<AuditEntry> mine = audit.page(new AuditFilter(admin, null, null, null), 0, 50);
        assertThat(mine).extracting(AuditEntry::kind).containsSubsequence(AuditKind.API_TOKEN_REVOKED,
                AuditKind.API_TOKEN_CREATED, AuditKind.USER_DEACTIVATED, AuditKind.USER_CREATED);
        assertThat(mine).allMatch(e -> e.actorId() != null && e.actorId() == fixtures.userId(admin));
        assertThat(mine).filteredOn(e -> e.kind() == AuditKind.USER_CREATED).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains(created.username()).contains("AGENT"));
        assertThat(mine).filteredOn(e -> e.kind() == AuditKind.API_TOKEN_CREATED).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("audit token").contains("feedback:write")
                        .doesNotContain(token.secret()));
    }

    @Test
    void only_administrators_read_it_and_the_filters_and_chunks_hold() {
        String admin = fixtures.user("audit-reader", null, Roles.ADMIN);
        fixtures.signIn(admin);
        for (int i = 0; i < 7; i++) {
            audit.record(AuditKind.EXPORT, "audit chunk test " + i);
        }
        AuditFilter mine = new AuditFilter(admin, AuditKind.EXPORT, LocalDate.now(clock), LocalDate.now(clock));
        assertThat(audit.count(mine)).isEqualTo(7);
        List<Long> chunked = new ArrayList<>();
        assertThat(audit.forEach(mine, 3, e -> chunked.add(e.id()))).isEqualTo(7);
        assertThat(chunked).containsExactlyElementsOf(audit.page(mine, 0, 100).stream().map(AuditEntry::id)
                .toList()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(audit.count(new AuditFilter(admin, AuditKind.EXPORT, LocalDate.now(clock).plusDays(1), null)))
                .isZero();
        assertThat(audit.count(new AuditFilter(admin + "_%", null, null, null))).as("like wildcards are text")
                .isZero();

        for (String role : List.of(Roles.HR, Roles.MANAGER, Roles.AGENT)) {
            fixtures.signIn(fixtures.user("audit-" + role.toLowerCase(java.util.Locale.ROOT), null, role));
            assertThatThrownBy(() -> audit.page(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.forEach(AuditFilter.ALL, 10, e -> { }))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void retention_deletes_entries_older_than_the_setting_only() {
        String admin = fixtures.user("audit-retention", null, Roles.ADMIN);
        fixtures.signIn(admin);
        audit.record(AuditKind.EXPORT, "old entry");
        clock.advance(Duration.ofDays(audit.retentionDays() - 1));
        audit.record(AuditKind.EXPORT, "newer entry");
        clock.advance(Duration.ofDays(2));
        audit.applyRetention();
        assertThat(audit.page(new AuditFilter(admin, null, null, null), 0, 10)).extracting(AuditEntry::detail)
                .containsExactly("newer entry");
    }
}
