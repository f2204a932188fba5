package com.certdesk.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an API token may do. A token carries one or more scopes; each becomes the authority
 * {@code SCOPE_<value>} of the requests it authenticates, and each scope names the {@code /api/**} paths it opens
 * (the rules of the API's filter chain are built from them, so a path and its scope are written down once).
 *
 * <p>Adding an API means adding its scope here; a scope can be kept from administrators ({@link #offered()} false)
 * until its API exists.
 */
public enum ApiScope {

    FEEDBACK_WRITE("feedback:write", "Send customer ratings (ingestion API)", true, "/api/v1/feedback",
            "/api/v1/feedback/**"),
    REPORTS_READ("reports:read", "Read people, progress and certificates (HR API)", true, "/api/v1/people",
            "/api/v1/people/**", "/api/v1/progress", "/api/v1/progress/**", "/api/v1/certificates",
            "/api/v1/certificates/**");

    private final String value;
    private final String label;
    private final boolean offered;
    private final List<String> paths;

    ApiScope(String value, String label, boolean offered, String... paths) {
        this.value = value;
        this.label = label;
        this.offered = offered;
        this.paths = List.of(paths);
    }

    /** The scope as tokens and the README write it: {@code feedback:write}. */
    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    /** Whether administrators can give a new token this scope (false while its API does not exist yet). */
    public boolean offered() {
        return offered;
    }

    /** The authority of requests made with a token of this scope ({@code SCOPE_feedback:write}). */
    public String authority() {
        return "SCOPE_" + value;
    }

    /** The {@code /api/**} path patterns this scope opens. */
    public List<String> paths() {
        return paths;
    }

    /** The scopes administrators can choose from today. */
    public static List<ApiScope> offeredScopes() {
        return Arrays.stream(values()).filter(ApiScope::offered).toList();
    }

    public static Optional<ApiScope> ofValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
