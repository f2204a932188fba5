package com.certdesk.people;

import com.certdesk.base.ValidationException;
import com.certdesk.people.internal.User;
import com.certdesk.people.internal.UserRepository;
import com.certdesk.security.CurrentUser;
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

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public UserSummary me() {
        return com.certdesk.people.internal.PeopleMapper.toSummary(self());
    }

    /** Changes the caller's password after checking the current one. */
    public void changePassword(String currentPassword, String newPassword) {
        User user = self();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new ValidationException("Your current password is not correct.");
        }
        PeopleRules.checkPassword(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new ValidationException("Choose a new password that differs from the current one.");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        log.info("AUDIT user '{}' changed their password", user.getUsername());
    }

    private User self() {
        return users.findByUsernameIgnoreCase(currentUser.username())
                .orElseThrow(() -> new AccessDeniedException("No account for the signed-in user"));
    }
}
