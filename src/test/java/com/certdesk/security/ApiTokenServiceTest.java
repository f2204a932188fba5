package com.certdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

@ServiceTest
class ApiTokenServiceTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    ApiTokenAuthenticator authenticator;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    OrganizationTime organizationTime;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        clock.reset();
        fixtures.signOut();
    }

    private CreatedApiToken create(String name, ApiScope... scopes) {
        fixtures.signIn(fixtures.user("token-admin", null, Roles.ADMIN));
        return tokens.create(new NewApiToken(Fixtures.unique(name), Set.of(scopes), tokens.defaultValidUntil()));
    }

    @Test
    void only_administrators_create_list_and_revoke_api_tokens() {
        CreatedApiToken made = create("roles", ApiScope.FEEDBACK_WRITE);
        var draft = new NewApiToken(Fixtures.unique("denied"), Set.of(ApiScope.FEEDBACK_WRITE),
                organizationTime.today().plusDays(10));
        for (String role : List.of(Roles.AGENT, Roles.MANAGER, Roles.HR)) {
            fixtures.signIn(fixtures.user("token-" + role.toLowerCase(), null, role));
            assertThatThrownBy(() -> tokens.create(draft)).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tokens.tokens(PageRequest.of(0, 10))).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tokens.revoke(made.token().id())).as(role)
                    .isInstanceOf(AccessDeniedException.class);
        }
        fixtures.signOut();
        assertThatThrownBy(() -> tokens.create(draft)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);

        fixtures.signIn(fixtures.user("token-admin2", null, Roles.ADMIN));
        assertThat(tokens.create(draft).token().status()).isEqualTo(ApiTokenStatus.ACTIVE);
        assertThat(tokens.revoke(made.token().id()).status()).isEqualTo(ApiTokenStatus.REVOKED);
    }

    @Test
    void a_new_token_is_shown_once_with_its_prefix_and_only_its_hash_is_stored() {
        CreatedApiToken made = create("hash", ApiScope.FEEDBACK_WRITE);

        assertThat(made.secret()).startsWith("cdk_" + made.token().publicId() + "_").hasSize(64);
        assertThat(made.toString()).doesNotContain(made.secret());
        Map<String, Object> row = jdbc.queryForMap("select * from api_token where id = ?", made.token().id());
        assertThat(row.values()).allSatisfy(value -> {
            assertThat(String.valueOf(value)).doesNotContain(made.secret())
                    .doesNotContain(made.secret().substring(21));
        });
        assertThat(row.get("secret_hash")).isEqualTo(TokenSecrets.hash(made.secret()));
        assertThat(row.get("scopes")).isEqualTo("feedback:write");
        // nothing in the list view gives the secret away either
        assertThat(tokens.tokens(PageRequest.of(0, 50)).getContent()).filteredOn(t -> t.id() == made.token().id())
                .singleElement().satisfies(t -> assertThat(t.toString()).doesNotContain(made.secret().substring(21)));
    }

    @Test
    void two_tokens_never_share_a_secret_and_each_secret_carries_256_random_bits() {
        CreatedApiToken a = create("random-a", ApiScope.FEEDBACK_WRITE);
        CreatedApiToken b = create("random-b", ApiScope.FEEDBACK_WRITE);
        assertThat(a.secret()).isNotEqualTo(b.secret());
        assertThat(a.token().publicId()).isNotEqualTo(b.token().publicId());
        byte[] secret = java.util.Base64.getUrlDecoder().decode(a.secret().substring(21));
        assertThat(secret).hasSize(32);
    }

    @Test
    void the_token_authenticates_with_its_name_and_scopes_and_a_wrong_secret_does_not() {
        CreatedApiToken made = create("auth", ApiScope.FEEDBACK_WRITE);

        Authentication auth = authenticator.authenticate(made.secret());
        assertThat(auth.getName()).isEqualTo(made.token().name());
        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(Roles.SCOPE_FEEDBACK_WRITE);

        String lastCharChanged = made.secret().substring(0, 63) + (made.secret().endsWith("A") ? "B" : "A");
        assertThatThrownBy(() -> authenticator.authenticate(lastCharChanged))
                .isInstanceOf(BadCredentialsException.class).hasMessage(ApiTokenAuthenticator.INVALID);
        assertThatThrownBy(() -> authenticator.authenticate("cdk_0000000000000000_" + "A".repeat(43)))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticator.authenticate("not a token"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void each_scope_is_the_authority_its_api_requires() {
        assertThat(ApiScope.FEEDBACK_WRITE.authority()).isEqualTo(Roles.SCOPE_FEEDBACK_WRITE);
        assertThat(ApiScope.REPORTS_READ.authority()).isEqualTo(Roles.SCOPE_REPORTS_READ);
        assertThat(ApiScope.offeredScopes()).containsExactly(ApiScope.FEEDBACK_WRITE, ApiScope.REPORTS_READ);
    }

    @Test
    void a_revoked_token_is_refused_and_revoking_it_again_keeps_the_first_revocation() {
        CreatedApiToken made = create("revoke", ApiScope.FEEDBACK_WRITE);
        ApiTokenView first = tokens.revoke(made.token().id());
        clock.advance(Duration.ofMinutes(5));
        ApiTokenView second = tokens.revoke(made.token().id());

        assertThat(second.revokedAt()).isEqualTo(first.revokedAt()).isNotNull();
        assertThat(second.status()).isEqualTo(ApiTokenStatus.REVOKED);
        assertThatThrownBy(() -> authenticator.authenticate(made.secret()))
                .isInstanceOf(BadCredentialsException.class).hasMessage(ApiTokenAuthenticator.REVOKED);
    }

    @Test
    void a_token_works_through_its_last_day_and_is_refused_once_it_has_expired() {
        fixtures.signIn(fixtures.user("token-admin", null, Roles.ADMIN));
        var made = tokens.create(new NewApiToken(Fixtures.unique("expiry"), Set.of(ApiScope.FEEDBACK_WRITE),
                organizationTime.today().plusDays(3)));
        assertThat(made.token().expiresAt()).isEqualTo(organizationTime.startOf(organizationTime.today().plusDays(4)));
        assertThat(made.token().validUntil()).isEqualTo(organizationTime.today().plusDays(3));

        clock.advance(Duration.between(clock.instant(), made.token().expiresAt()).minusSeconds(1));
        assertThat(authenticator.authenticate(made.secret()).isAuthenticated()).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> authenticator.authenticate(made.secret()))
                .isInstanceOf(CredentialsExpiredException.class).hasMessage(ApiTokenAuthenticator.EXPIRED);
        assertThat(tokens.tokens(PageRequest.of(0, 100)).getContent()).filteredOn(t -> t.id() == made.token().id())
                .singleElement().extracting(ApiTokenView::status).isEqualTo(ApiTokenStatus.EXPIRED);
    }

    @Test
    void expiry_is_required_to_be_today_or_later_and_at_most_a_year_ahead_defaulting_to_90_days() {
        fixtures.signIn(fixtures.user("token-admin", null, Roles.ADMIN));
        var today = organizationTime.today();
        assertThat(tokens.defaultValidUntil()).isEqualTo(today.plusDays(90));
        assertThat(tokens.latestValidUntil()).isEqualTo(today.plusYears(1));
        assertThatThrownBy(() -> tokens.create(new NewApiToken("past", Set.of(ApiScope.FEEDBACK_WRITE),
                today.minusDays(1)))).isInstanceOf(ValidationException.class).hasMessageContaining("past");
        assertThatThrownBy(() -> tokens.create(new NewApiToken("too-long", Set.of(ApiScope.FEEDBACK_WRITE),
                today.plusYears(1).plusDays(1)))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most a year");
        assertThat(tokens.create(new NewApiToken(Fixtures.unique("year"), Set.of(ApiScope.FEEDBACK_WRITE),
                today.plusYears(1))).token().status()).isEqualTo(ApiTokenStatus.ACTIVE);
    }

    @Test
    void a_token_needs_a_name_and_a_scope_and_a_second_click_does_not_make_a_second_working_token() {
        fixtures.signIn(fixtures.user("token-admin", null, Roles.ADMIN));
        var until = organizationTime.today().plusDays(30);
        assertThatThrownBy(() -> tokens.create(new NewApiToken("  ", Set.of(ApiScope.FEEDBACK_WRITE), until)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> tokens.create(new NewApiToken("no scope", Set.of(), until)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("scope");
        String name = Fixtures.unique("Zendesk production");
        long before = tokens.tokens(PageRequest.of(0, 1)).getTotalElements();
        CreatedApiToken first = tokens.create(new NewApiToken(name, Set.of(ApiScope.FEEDBACK_WRITE), until));
        assertThatThrownBy(() -> tokens.create(new NewApiToken(name.toUpperCase(), Set.of(ApiScope.FEEDBACK_WRITE),
                until))).isInstanceOf(ValidationException.class).hasMessageContaining("already exists");
        assertThat(tokens.tokens(PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before + 1);
        // once revoked, the name may be given to its replacement
        tokens.revoke(first.token().id());
        assertThat(tokens.create(new NewApiToken(name, Set.of(ApiScope.FEEDBACK_WRITE), until)).token().status())
                .isEqualTo(ApiTokenStatus.ACTIVE);
    }

    @Test
    void the_last_used_time_is_written_at_most_once_a_minute() {
        CreatedApiToken made = create("last-used", ApiScope.FEEDBACK_WRITE);
        assertThat(lastUsed(made)).isNull();

        authenticator.authenticate(made.secret());
        Instant firstUse = lastUsed(made);
        assertThat(firstUse).isNotNull().isCloseTo(clock.instant(), within());

        clock.advance(Duration.ofSeconds(30));
        authenticator.authenticate(made.secret());
        assertThat(lastUsed(made)).isEqualTo(firstUse);

        clock.advance(Duration.ofSeconds(31));
        authenticator.authenticate(made.secret());
        assertThat(lastUsed(made)).isAfter(firstUse).isCloseTo(clock.instant(), within());
        assertThat(tokens.tokens(PageRequest.of(0, 100)).getContent()).filteredOn(t -> t.id() == made.token().id())
                .singleElement().extracting(ApiTokenView::lastUsedAt).isEqualTo(lastUsed(made));
    }

    @Test
    void the_list_pages_newest_first() {
        CreatedApiToken older = create("page-older", ApiScope.FEEDBACK_WRITE);
        clock.advance(Duration.ofSeconds(1));
        CreatedApiToken newer = create("page-newer", ApiScope.FEEDBACK_WRITE);
        var page = tokens.tokens(PageRequest.of(0, 2));
        assertThat(page.getContent()).extracting(ApiTokenView::id).containsExactly(newer.token().id(),
                older.token().id());
        assertThat(page.getTotalElements()).isGreaterThanOrEqualTo(2);
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return new org.assertj.core.data.TemporalUnitWithinOffset(2, java.time.temporal.ChronoUnit.SECONDS);
    }

    private Instant lastUsed(CreatedApiToken made) {
        var value = jdbc.queryForObject("select last_used_at from api_token where id = ?", java.time.OffsetDateTime.class,
                made.token().id());
        return value == null ? null : value.toInstant();
    }
}
