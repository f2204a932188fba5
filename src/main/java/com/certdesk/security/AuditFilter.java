package com.certdesk.security;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to show: whose actor name contains {@code actor} (blank for anyone), of one kind or any, on
 * days between two (organization time, both included; either open).
 */
public record AuditFilter(String actor, @Nullable AuditKind kind, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter("", null, null, null);

    public AuditFilter {
        actor = actor.strip();
    }
}
