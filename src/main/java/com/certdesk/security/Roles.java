package com.certdesk.security;

import java.util.List;

/** The four roles. A user may hold several. Use these constants, never string literals. */
public final class Roles {

    public static final String AGENT = "AGENT";
    public static final String MANAGER = "MANAGER";
    public static final String HR = "HR";
    public static final String ADMIN = "ADMIN";

    /** Method-security expressions built from the constants above, for {@code @PreAuthorize}. */
    public static final String IS_AGENT = "hasRole('" + AGENT + "')";
    public static final String IS_ADMIN = "hasRole('" + ADMIN + "')";
    public static final String IS_TEAM_VIEWER = "hasAnyRole('" + MANAGER + "','" + HR + "','" + ADMIN + "')";
    public static final String IS_ASSIGNER = "hasAnyRole('" + MANAGER + "','" + ADMIN + "')";
    public static final String IS_SIGNED_IN = "isAuthenticated()";
    /** HR and administrators: who runs engagement surveys for the whole organization. */
    public static final String IS_HR_OR_ADMIN = "hasAnyRole('" + HR + "','" + ADMIN + "')";

    /** The authority an API token with the {@code feedback:write} scope carries (ingestion API). */
    public static final String SCOPE_FEEDBACK_WRITE = "SCOPE_feedback:write";
    /** Administrators (and the system) or a caller holding the feedback:write scope. */
    /** The authority of requests made with an API token of the {@code reports:read} scope (the HR API). */
    public static final String SCOPE_REPORTS_READ = "SCOPE_reports:read";
    /** Only an API token of the {@code reports:read} scope: the HR API reads on behalf of no person. */
    public static final String IS_REPORT_READER = "hasAuthority('" + SCOPE_REPORTS_READ + "')";

    public static final String IS_FEEDBACK_WRITER = "hasRole('" + ADMIN + "') or hasAuthority('" + SCOPE_FEEDBACK_WRITE
            + "')";
    /** Who imports records about people: feedback writers, and HR (engagement scores). */
    public static final String IS_RECORD_IMPORTER = IS_FEEDBACK_WRITER + " or hasRole('" + HR + "')";

    /** All roles in the order they are shown to administrators. */
    public static final List<String> ALL = List.of(AGENT, MANAGER, HR, ADMIN);

    private Roles() {
    }

    public static boolean isRole(String value) {
        return ALL.contains(value);
    }

    public static String label(String role) {
        return switch (role) {
            case AGENT -> "Agent";
            case MANAGER -> "Manager";
            case HR -> "HR";
            case ADMIN -> "Administrator";
            default -> role;
        };
    }
}
