package com.certdesk.reporting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person as {@code GET /api/v1/people} serves them: every account, active or not, with their roles and current
 * team. Never a password, sign-in data or anything the person answered.
 *
 * @param id         the person's id, stable for good (the same id as in {@code /api/v1/progress} and
 *                   {@code /api/v1/certificates})
 * @param externalId the id HR's system or the helpdesk knows them by, when set
 * @param roles      AGENT, MANAGER, HR, ADMIN, alphabetically
 */
public record PersonItem(long id, String username, String displayName, String email, @Nullable String externalId,
        @Nullable LocalDate hireDate, boolean active, List<String> roles, @Nullable Long teamId,
        @Nullable String teamName) {
}
