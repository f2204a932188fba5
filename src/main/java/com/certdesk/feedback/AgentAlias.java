package com.certdesk.feedback;

import java.time.Instant;

/** A vendor's id (or e-mail) of an agent in one source system, mapped to a Certdesk user. */
public record AgentAlias(long id, String sourceSystem, String externalAgent, long userId, String userName,
        Instant createdAt) {
}
