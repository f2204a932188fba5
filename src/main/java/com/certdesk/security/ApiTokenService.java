package com.certdesk.security;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ValidationException;
import com.certdesk.security.internal.ApiToken;
import com.certdesk.security.internal.ApiTokenRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens, for administrators: create one (its secret is returned once and only its hash is kept), list them,
 * revoke one. Requests to {@code /api/**} are authenticated with them by {@link ApiTokenAuthenticator}.
 */
@Service
public class ApiTokenService {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);

    /** A new token works this long unless the administrator picks another last day. */
    public static final Period DEFAULT_VALIDITY = Period.ofDays(90);
    /** The longest a token may work: a leaked token that nobody revokes stops on its own. */
    public static final Period MAX_VALIDITY = Period.ofYears(1);
    public static final int MAX_NAME = 100;

    private final ApiTokenRepository tokens;
    private final OrganizationTime organizationTime;
    private final Clock clock;

    private final AuditLog audit;

    ApiTokenService(ApiTokenRepository tokens, OrganizationTime organizationTime, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.tokens = tokens;
        this.organizationTime = organizationTime;
        this.clock = clock;
    }

    /** The last day a new token works unless the administrator picks another: 90 days from today. */
    @PreAuthorize(Roles.IS_ADMIN)
    public LocalDate defaultValidUntil() {
        return organizationTime.today().plus(DEFAULT_VALIDITY);
    }

    /** The latest last day a new token may have: a year from today. */
    @PreAuthorize(Roles.IS_ADMIN)
    public LocalDate latestValidUntil() {
        return organizationTime.today().plus(MAX_VALIDITY);
    }

    /**
     * Creates a token and returns its secret, the only time it is readable.
     *
     * @throws ValidationException for a blank or too long name, no scope, a scope not offered, a last day in the past
     *         or more than a year ahead, or the name of a token that still works
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public CreatedApiToken create(NewApiToken draft) {
        String name = draft.name().strip();
        if (name.isEmpty()) {
            throw new ValidationException("Give the token a name that says which system uses it.");
        }
        if (name.length() > MAX_NAME) {
            throw new ValidationException("The name is longer than " + MAX_NAME + " characters.");
        }
        if (draft.scopes().isEmpty()) {
            throw new ValidationException("Choose at least one scope: what the token may do.");
        }
        LocalDate today = organizationTime.today();
        if (draft.validUntil().isBefore(today)) {
            throw new ValidationException("The last day the token works cannot be in the past.");
        }
        if (draft.validUntil().isAfter(today.plus(MAX_VALIDITY))) {
            throw new ValidationException("A token works for at most a year: choose a last day no later than "
                    + today.plus(MAX_VALIDITY) + ".");
        }
        Instant now = now();
        if (tokens.activeNamed(name, now)) {
            throw new ValidationException("A working token named \"" + name + "\" already exists. Choose another "
                    + "name, or revoke that token first.");
        }
        TokenSecrets.Generated generated = TokenSecrets.generate();
        String scopes = EnumSet.copyOf(draft.scopes()).stream().map(ApiScope::value)
                .collect(Collectors.joining(" "));
        // the token works through its last day in the organization's zone
        Instant expiresAt = organizationTime.startOf(draft.validUntil().plusDays(1));
        ApiToken token = tokens.saveAndFlush(new ApiToken(generated.publicId(), name,
                TokenSecrets.hash(generated.token()), scopes, now, caller(), expiresAt));
        audit.record(AuditKind.API_TOKEN_CREATED, "API token '" + name + "' (" + generated.publicId()
                + ") with scopes [" + scopes + "], expires " + expiresAt);
        return new CreatedApiToken(view(token, now), generated.token());
    }

    /** Tokens, newest first unless the page asks for another order, whatever their status. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public Page<ApiTokenView> tokens(Pageable pageable) {
        Pageable page = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        Instant now = now();
        return tokens.findAll(page).map(t -> view(t, now));
    }

    /**
     * Revokes a token: requests with it are refused from now on. Revoking a revoked token again (a double click, two
     * administrators at once) changes nothing and keeps the first revocation.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public ApiTokenView revoke(long id) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> new NotFoundException("This API token does not exist."));
        Instant now = now();
        if (token.revoke(now, caller())) {
            audit.record(AuditKind.API_TOKEN_REVOKED, "API token '" + token.getName() + "' (" + token.getPublicId()
                    + ")");
        }
        return view(token, now);
    }

    static Set<ApiScope> scopes(String stored) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(stored.split(" ")).filter(s -> !s.isEmpty())
                .forEach(value -> ApiScope.ofValue(value).ifPresentOrElse(scopes::add,
                        () -> log.warn("SECURITY API token scope '{}' is unknown and ignored", value)));
        return scopes;
    }

    static ApiTokenStatus status(ApiToken token, Instant now) {
        if (token.getRevokedAt() != null) {
            return ApiTokenStatus.REVOKED;
        }
        return now.isBefore(token.getExpiresAt()) ? ApiTokenStatus.ACTIVE : ApiTokenStatus.EXPIRED;
    }

    private ApiTokenView view(ApiToken t, Instant now) {
        return new ApiTokenView(t.getId(), t.getName(), t.getPublicId(), scopes(t.getScopes()), t.getCreatedAt(),
                t.getCreatedBy(), t.getExpiresAt(), organizationTime.dayOf(t.getExpiresAt().minusNanos(1)),
                t.getLastUsedAt(), t.getRevokedAt(), t.getRevokedBy(),
                status(t, now));
    }

    private static String caller() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? SystemAuthentication.SYSTEM : auth.getName();
    }

    /** The clock's time as the database keeps it (microseconds), so what was written reads back equal. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
