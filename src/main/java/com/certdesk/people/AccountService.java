package com.certdesk.people;

import com.certdesk.base.ValidationException;
import com.certdesk.people.internal.User;
import com.certdesk.people.internal.UserRepository;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.LoginThrottle;
import com.certdesk.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user can do with their own account. */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
@Transactional
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final LoginThrottle throttle;

    private final AuditLog audit;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            LoginThrottle throttle, AuditLog audit) {
        this.audit = audit;
        this.throttle = throttle;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public UserSummary me() {
        return com.certdesk.people.internal.PeopleMapper.toSummary(self());
    }

    /**
     * Changes the caller's password after checking the current one. Wrong current passwords count towards the
     * same per-account lock as wrong passwords at sign-in ({@link LoginThrottle}): once locked, the check is
     * refused until the lock ends. The new password ends the caller's other sessions and keeps this one.
     */
    public void changePassword(String currentPassword, String newPassword) {
        User user = self();
        if (throttle.lockedUntil(user.getId()).isPresent()) {
            throw new ValidationException(lockedMessage());
        }
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            if (throttle.recordFailure(user.getId(), user.getUsername(), "current-password check on My account")) {
                throw new ValidationException(lockedMessage());
            }
            throw new ValidationException("Your current password is not correct.");
        }
        if (user.getFailedSignIns() > 0) {
            throttle.recordSuccess(user.getId());
        }
        PeopleRules.checkPassword(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new ValidationException("Choose a new password that differs from the current one.");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.endSessions();
        users.flush();
        currentUser.keepThisSessionAfterOwnChange();
        audit.record(AuditKind.PASSWORD_CHANGED, "user '" + user.getUsername() + "' changed their password; their other sessions end");
    }

    private String lockedMessage() {
        return "Too many wrong passwords: your account is locked for " + throttle.lockMinutes() + " minutes. Until"
                + " then your password cannot be changed and signing in is refused; an administrator can unlock it.";
    }

    private User self() {
        return users.findById(currentUser.id())
                .orElseThrow(() -> new AccessDeniedException("No account for the signed-in user"));
    }
}
