package com.certdesk.feedback;

import com.certdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The Zendesk connector: pulls satisfaction ratings from one Zendesk account incrementally, on a schedule
 * ({@code certdesk.feedback.zendesk.sync-every}) while enabled, or when an administrator asks. Each page is stored
 * through {@link FeedbackImports#store} as a batch of origin {@link BatchOrigin#CONNECTOR}; where a sync stopped is
 * kept after every page, so a restart continues there. Administrators only.
 */
public interface ZendeskConnector {

    @PreAuthorize(Roles.IS_ADMIN)
    ZendeskStatus status();

    /**
     * Saves the connection. The token, when given, is stored encrypted and never returned. A different subdomain
     * is another Zendesk account: the sync starts again from its first rating.
     *
     * @throws com.certdesk.base.ValidationException for a bad subdomain or e-mail, a missing token, or no secrets key
     */
    @PreAuthorize(Roles.IS_ADMIN)
    ZendeskStatus save(ZendeskSettingsDraft draft);

    /** Deletes the stored token and turns the scheduled sync off. */
    @PreAuthorize(Roles.IS_ADMIN)
    ZendeskStatus removeToken();

    /** Starts a sync in the background now, unless one is running (on any node) or the connection is incomplete. */
    @PreAuthorize(Roles.IS_ADMIN)
    SyncRequest syncNow();

    /**
     * Moves the start of the next sync back to the earliest rating skipped for an unknown agent and starts it, so
     * ratings of agents mapped since are fetched again (ratings already stored are skipped as duplicates).
     */
    @PreAuthorize(Roles.IS_ADMIN)
    SyncRequest fetchSkippedAgain();

    /** The answer to "sync now": started, or why not. */
    record SyncRequest(boolean started, String message) {
    }
}
