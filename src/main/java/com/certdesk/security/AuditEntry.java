package com.certdesk.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One audit entry: when, who (their id when a Certdesk user), what, and from which address if known. */
public record AuditEntry(long id, Instant at, @Nullable Long actorId, String actorName, AuditKind kind, String detail,
        @Nullable String address) {
}
