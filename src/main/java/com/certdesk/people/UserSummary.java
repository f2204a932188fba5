package com.certdesk.people;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as other features and views see them (never the password hash). */
public record UserSummary(long id, String username, String displayName, String email, boolean active,
        Set<String> roles, @Nullable Long teamId, @Nullable String teamName, @Nullable LocalDate hireDate,
        @Nullable String externalId) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
