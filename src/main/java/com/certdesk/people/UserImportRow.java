package com.certdesk.people;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A valid line of a user import file. */
public record UserImportRow(long line, String username, String displayName, String email, String teamName,
        Set<String> roles, @Nullable LocalDate hireDate, @Nullable String externalId) {
}
