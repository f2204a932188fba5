package com.certdesk.feedback.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * One GET of a Zendesk API page with the JDK client, with timeouts, and what came back: a body, a rate limit with its
 * Retry-After, a refusal of the credentials, or a failure worth retrying (5xx, network) or not (other 4xx).
 */
final class ZendeskHttp implements AutoCloseable {

    /** Longest response body read; a page of 100 ratings is far smaller. */
    static final int MAX_BODY = 20 * 1024 * 1024;

    sealed interface Response {
        record Ok(String body) implements Response {
        }

        /** HTTP 429; {@code until} from Retry-After (seconds or an HTTP date), null when Zendesk gave none. */
        record RateLimited(@Nullable Instant until) implements Response {
        }

        /** 401 or 403: the e-mail/token pair is wrong, revoked, or lacks the right. */
        record Refused(int status) implements Response {
        }

        record Failed(String message, boolean retryable) implements Response {
        }
    }

    private final HttpClient client;
    private final Duration requestTimeout;

    ZendeskHttp(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
    }

    /** The Authorization header of Zendesk API token auth: basic "{email}/token:{token}". */
    static String authorization(String email, String token) {
        return "Basic " + Base64.getEncoder().encodeToString((email + "/token:" + token)
                .getBytes(StandardCharsets.UTF_8));
    }

    Response get(URI uri, String authorization, Instant now) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET()
                .header("Authorization", authorization).header("Accept", "application/json")
                .header("User-Agent", "Certdesk Zendesk connector").build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Response.Failed("Could not reach Zendesk at " + uri.getHost() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response.Failed("The sync was interrupted", false);
        }
        int status = response.statusCode();
        if (status == 200) {
            String body = response.body();
            if (body.length() > MAX_BODY) {
                return new Response.Failed("Zendesk sent a page larger than " + MAX_BODY + " characters", false);
            }
            return new Response.Ok(body);
        }
        if (status == 429) {
            return new Response.RateLimited(retryAfter(response.headers().firstValue("Retry-After").orElse(null),
                    now));
        }
        if (status == 401 || status == 403) {
            return new Response.Refused(status);
        }
        if (status >= 500) {
            return new Response.Failed("Zendesk answered HTTP " + status, true);
        }
        if (status == 404) {
            return new Response.Failed("Zendesk answered HTTP 404: check the subdomain (is it the account's "
                    + "name in https://NAME.zendesk.com?)", false);
        }
        return new Response.Failed("Zendesk answered HTTP " + status, false);
    }

    /** Retry-After as an instant: delta-seconds or an HTTP date (RFC 9110); null when missing or unreadable. */
    static @Nullable Instant retryAfter(@Nullable String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return now.plusSeconds(Math.max(0, seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
