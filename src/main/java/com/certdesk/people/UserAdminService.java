package com.certdesk.people;

import static com.certdesk.people.PeopleRules.normalizeEmail;
import static com.certdesk.people.PeopleRules.normalizeUsername;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.StaleEditException;
import com.certdesk.base.ValidationException;
import com.certdesk.people.internal.PasswordGenerator;
import com.certdesk.people.internal.PeopleMapper;
import com.certdesk.people.internal.TeamRepository;
import com.certdesk.people.internal.User;
import com.certdesk.people.internal.UserRepository;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.LoginThrottle;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators manage accounts: create, edit, deactivate, reset passwords. */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional
public class UserAdminService {

    private static final Logger log = LoggerFactory.getLogger(UserAdminService.class);

    private final UserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LoginThrottle throttle;

    private final AuditLog audit;

    UserAdminService(UserRepository users, TeamRepository teams, PasswordEncoder passwordEncoder,
            CurrentUser currentUser, Clock clock, LoginThrottle throttle, AuditLog audit) {
        this.audit = audit;
        this.throttle = throttle;
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<UserSummary> search(String text, boolean includeInactive, Pageable pageable) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        String pattern = trimmed.isEmpty() ? "" : "%" + trimmed.replace("%", "\\%").replace("_", "\\_") + "%";
        return users.search(pattern, includeInactive, pageable).map(PeopleMapper::toSummary);
    }

    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return PeopleMapper.toSummary(find(id));
    }

    /** Creates a user with the given initial password. */
    public UserSummary create(UserDraft draft, String initialPassword) {
        validate(draft, null);
        PeopleRules.checkPassword(initialPassword);
        var user = new User(normalizeUsername(draft.username()), draft.displayName().trim(),
                normalizeEmail(draft.email()), passwordEncoder.encode(initialPassword), clock.instant());
        apply(user, draft);
        users.save(user);
        audit.record(AuditKind.USER_CREATED, "user '" + user.getUsername() + "' created with roles " + user.getRoles());
        return PeopleMapper.toSummary(user);
    }

    /**
     * Creates a user with a generated temporary password, as the CSV import does; the password is returned to be
     * shown to the administrator once and is not kept anywhere readable.
     */
    public CreatedAccount createWithTemporaryPassword(UserDraft draft) {
        String password = PasswordGenerator.temporaryPassword();
        UserSummary created = create(draft, password);
        return new CreatedAccount(created.username(), created.displayName(), password);
    }

    /**
     * Saves an edited user; refused, with nothing saved, when someone else changed the user since
     * {@code expectedVersion} (the {@link UserSummary#version()} the form loaded) was read.
     */
    public UserSummary update(long id, long expectedVersion, UserDraft draft) {
        User user = find(id);
        StaleEditException.check(staleName(user), expectedVersion, user.getVersion());
        validate(draft, user);
        if (currentUser.is(user.getId()) && !draft.active()) {
            throw new ValidationException("You cannot deactivate your own account.");
        }
        if (currentUser.is(user.getId()) && !draft.roles().contains(Roles.ADMIN)) {
            throw new ValidationException("You cannot remove the administrator role from your own account.");
        }
        String usernameBefore = user.getUsername();
        Set<String> rolesBefore = Set.copyOf(user.getRoles());
        Long teamBefore = user.getTeam() == null ? null : user.getTeam().getId();
        boolean activeBefore = user.isActive();
        user.setUsername(normalizeUsername(draft.username()));
        user.setDisplayName(draft.displayName().trim());
        user.setEmail(normalizeEmail(draft.email()));
        apply(user, draft);
        String what = staleName(user);
        StaleEditException.guard(what, () -> users.saveAndFlush(user));
        audit.record(AuditKind.USER_CHANGED, "user '" + user.getUsername() + "' changed: roles " + user.getRoles() + ", team " + (user.getTeam() == null ? "none" : "'" + user.getTeam().getName() + "'"));
        Long teamAfter = user.getTeam() == null ? null : user.getTeam().getId();
        if (!usernameBefore.equals(user.getUsername()) || !rolesBefore.equals(user.getRoles())
                || !Objects.equals(teamBefore, teamAfter) || activeBefore != user.isActive()) {
            endSessions(user, "access changed");
        }
        return PeopleMapper.toSummary(user);
    }

    public UserSummary setActive(long id, boolean active) {
        User user = find(id);
        if (!active && currentUser.is(user.getId())) {
            throw new ValidationException("You cannot deactivate your own account.");
        }
        boolean changed = user.isActive() != active;
        user.setActive(active);
        audit.record(active ? AuditKind.USER_ACTIVATED : AuditKind.USER_DEACTIVATED, "user '" + user.getUsername()
                + "' " + (active ? "activated" : "deactivated"));
        if (changed) {
            endSessions(user, active ? "activated" : "deactivated");
        }
        return PeopleMapper.toSummary(user);
    }

    /** Gives the user a new random password and returns it, to be shown to the administrator once. */
    public String resetPassword(long id) {
        User user = find(id);
        String password = PasswordGenerator.temporaryPassword();
        user.setPasswordHash(passwordEncoder.encode(password));
        audit.record(AuditKind.PASSWORD_RESET, "password of '" + user.getUsername() + "' reset");
        endSessions(user, "password reset");
        return password;
    }

    /** Whether the user's account is locked now after too many wrong passwords. */
    @Transactional(readOnly = true)
    public boolean isLocked(long id) {
        return lockedUntil(id).isPresent();
    }

    /** Until when the user is locked out after too many wrong passwords, if they are locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(long id) {
        return throttle.lockedUntil(find(id).getId());
    }

    /** Lifts a lock after too many wrong passwords before it expires (logged as a security event). */
    public void unlock(long id) {
        User user = find(id);
        throttle.unlock(user.getId(), user.getUsername(), currentUser.username());
    }

    /**
     * Ends every open session of the user at its next request, on every node (see the security version in
     * security's SessionVersionFilter). An administrator changing their own account keeps this session.
     */
    private void endSessions(User user, String why) {
        user.endSessions();
        log.info("SECURITY open sessions of '{}' end: {}", user.getUsername(), why);
        if (currentUser.is(user.getId())) {
            users.flush();
            currentUser.keepThisSessionAfterOwnChange();
        }
    }

    private void apply(User user, UserDraft draft) {
        user.setRoles(draft.roles());
        user.setTeam(draft.teamId() == null ? null : teams.findById(draft.teamId())
                .orElseThrow(() -> new ValidationException("The chosen team no longer exists.")), clock.instant());
        user.setHireDate(draft.hireDate());
        user.setExternalId(blankToNull(draft.externalId()));
        user.setActive(draft.active());
    }

    private void validate(UserDraft draft, @Nullable User existing) {
        String problem = Stream.of(PeopleRules.usernameProblem(draft.username()),
                        PeopleRules.displayNameProblem(draft.displayName()), PeopleRules.emailProblem(draft.email()),
                        PeopleRules.rolesProblem(draft.roles()))
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (problem != null) {
            throw new ValidationException(capitalize(problem) + ".");
        }
        String username = normalizeUsername(draft.username());
        if ((existing == null || !existing.getUsername().equals(username)) && users.existsByUsername(username)) {
            throw new ValidationException("The username '" + username + "' is already taken.");
        }
        String email = normalizeEmail(draft.email());
        if ((existing == null || !existing.getEmail().equals(email)) && users.existsByEmailIgnoreCase(email)) {
            throw new ValidationException("Another user already has the email " + email + ".");
        }
        String externalId = blankToNull(draft.externalId());
        if (externalId != null && (existing == null || !externalId.equals(existing.getExternalId()))
                && users.existsByExternalId(externalId)) {
            throw new ValidationException("Another user already has the helpdesk id " + externalId + ".");
        }
    }

    private static String staleName(User user) {
        return "the user " + user.getDisplayName();
    }

    private User find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("There is no user with id " + id + "."));
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
