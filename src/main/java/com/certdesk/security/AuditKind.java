package com.certdesk.security;

/** What an audit entry records. */
public enum AuditKind {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    ACCOUNT_LOCKED("Account locked"),
    ACCOUNT_UNLOCKED("Account unlocked"),
    EXPORT("Export"),
    API_READ("API read"),
    IMPORT("Import"),
    IMPORT_DELETED("Import deleted"),
    API_TOKEN_CREATED("API token created"),
    API_TOKEN_REVOKED("API token revoked"),
    USER_CREATED("User created"),
    USER_CHANGED("User changed (roles, team, details)"),
    USER_DEACTIVATED("User deactivated"),
    USER_ACTIVATED("User activated"),
    PASSWORD_RESET("Password reset"),
    PASSWORD_CHANGED("Password changed"),
    TEAM_CHANGED("Team created or changed"),
    CERTIFICATE_REVOKED("Certificate revoked"),
    CONTENT_CHANGED("Program, module or quiz changed"),
    WEBHOOK_CREATED("Webhook endpoint created"),
    WEBHOOK_CHANGED("Webhook endpoint changed"),
    WEBHOOK_DELETED("Webhook endpoint deleted"),
    WEBHOOK_SECRET_ROTATED("Webhook secret rotated"),
    BACKUP_DOWNLOADED("Database backup downloaded");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
