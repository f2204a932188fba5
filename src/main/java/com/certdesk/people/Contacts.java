package com.certdesk.people;

import com.certdesk.people.internal.UserRepository;
import com.certdesk.security.Roles;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's name and e-mail address for features that contact people on the portal's behalf. Only administrators
 * and background work running as the system may ask: a person's address is not for other users to look up.
 */
@Service
@Transactional(readOnly = true)
public class Contacts {

    private final UserRepository users;

    Contacts(UserRepository users) {
        this.users = users;
    }

    /** The user's contact details, or empty when there is no such user. */
    @PreAuthorize(Roles.IS_ADMIN)
    public Optional<Contact> contact(long userId) {
        return users.findById(userId)
                .map(u -> new Contact(u.getId(), u.getDisplayName(), u.getEmail(), u.isActive()));
    }
}
