package com.certdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of {@code /api/**} when a request may not go on, as RFC 9457 problem details
 * ({@code application/problem+json}) with the RFC 6750 {@code WWW-Authenticate: Bearer} challenge: 401 without a
 * token or with a malformed, wrong, revoked or expired one; 403 when the token lacks the scope the path needs.
 */
final class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "certdesk";
    static final String NO_TOKEN = "This API needs an API token: send the header \"Authorization: Bearer <token>\". "
            + "Administrators create tokens under API tokens.";
    static final String NOT_BEARER = "Send the API token as \"Authorization: Bearer <token>\".";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException problem)
            throws IOException {
        boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        String detail = problem instanceof BadCredentialsException || problem instanceof CredentialsExpiredException
                ? problem.getMessage() : NO_TOKEN;
        String challenge = "Bearer realm=\"" + REALM + "\""
                + (tokenSent ? ", error=\"invalid_token\", error_description=\"" + quoted(detail) + "\"" : "");
        write(response, HttpStatus.UNAUTHORIZED, challenge, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String needed = Arrays.stream(ApiScope.values())
                .filter(scope -> scope.paths().stream()
                        .anyMatch(path -> PathPatternRequestMatcher.pathPattern(path).matches(request)))
                .map(ApiScope::value).collect(Collectors.joining(" "));
        String detail = needed.isEmpty() ? "The API token may not do this."
                : "The API token lacks the scope this endpoint needs: " + needed + ".";
        String challenge = "Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\""
                + (needed.isEmpty() ? "" : ", scope=\"" + needed + "\"");
        write(response, HttpStatus.FORBIDDEN, challenge, detail);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String challenge, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
        response.getWriter().flush();
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "'");
    }
}
