package com.certdesk.feedback;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters for the Zendesk connection. {@code newToken} null or blank keeps the stored token
 * (it is never shown again, so the form cannot send it back).
 */
public record ZendeskSettingsDraft(String subdomain, String agentEmail, @Nullable String newToken, boolean enabled) {
}
