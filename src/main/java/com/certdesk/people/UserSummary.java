package com.certdesk.people;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user as other features and views see them (never the password hash). {@code version} is what an edit form
 * hands back to {@link UserAdminService#update} so that a stale edit is refused.
 */
public record UserSummary(long id, String username, String displayName, String email, boolean active,
        Set<String> roles, @Nullable Long teamId, @Nullable String teamName, @Nullable LocalDate hireDate,
        @Nullable String externalId, long version) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
