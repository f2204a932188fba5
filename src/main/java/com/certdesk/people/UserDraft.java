package com.certdesk.people;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator enters to create or change a user. */
public record UserDraft(String username, String displayName, String email, Set<String> roles,
        @Nullable Long teamId, @Nullable LocalDate hireDate, @Nullable String externalId, boolean active) {

    public UserDraft {
        roles = Set.copyOf(roles);
    }
}
