package com.certdesk.feedback;

import com.certdesk.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * How ratings find their agent. For a rating from source S naming agent id A (or e-mail E): an alias (S, A) or
 * (S, E) set here first; else the user whose external helpdesk id is A; else the user whose e-mail is E
 * (case-insensitive). Aliases cover vendors whose ids differ from the one on the user (Freshdesk agent 1).
 */
public interface AgentAliases {

    @PreAuthorize(Roles.IS_ADMIN)
    Page<AgentAlias> aliases(Pageable pageable);

    /** Maps the vendor's agent id or e-mail in that source to a user; replaces an existing mapping of it. */
    @PreAuthorize(Roles.IS_ADMIN)
    AgentAlias map(String sourceSystem, String externalAgent, long userId);

    @PreAuthorize(Roles.IS_ADMIN)
    void remove(long aliasId);
}
