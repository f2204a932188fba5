package com.certdesk.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's public address ({@code certdesk.base-url}): the one owner of how links that leave the running
 * request are built — e-mail links, certificates and their QR codes, Open Badges, and redirects. Normalised once
 * (surrounding blanks and trailing slashes dropped) and checked at start-up, so a mistyped setting stops the
 * application with a message naming the setting instead of printing broken links on certificates.
 */
@ConfigurationProperties("certdesk")
public record PublicAddress(String baseUrl) {

    /** The address used when none is configured; fine on a laptop, wrong anywhere else. */
    public static final String DEFAULT = "http://localhost:8080";

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

    public PublicAddress(@DefaultValue(DEFAULT) String baseUrl) {
        this.baseUrl = normalise(baseUrl);
    }

    /** The address followed by {@code path}, with exactly one slash between them ({@code ""} for the home page). */
    public String link(String path) {
        String relative = path;
        while (relative.startsWith("/")) {
            relative = relative.substring(1);
        }
        return baseUrl + "/" + relative;
    }

    /** The host name (no port), lower case, as the portal is reached from outside. */
    public String host() {
        return URI.create(baseUrl).getHost().toLowerCase(Locale.ROOT);
    }

    /** Whether links would point at this machine only, i.e. the setting was left at its default or similar. */
    public boolean pointsAtLocalhost() {
        return LOCAL_HOSTS.contains(host());
    }

    private static String normalise(String configured) {
        String base = configured == null ? "" : configured.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            throw invalid(configured);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw invalid(configured);
        }
        return base;
    }

    private static IllegalArgumentException invalid(String configured) {
        return new IllegalArgumentException("certdesk.base-url (environment variable CERTDESK_BASE_URL) must be the "
                + "portal's absolute public address starting with http:// or https://, such as "
                + "https://certdesk.example.com, without a query or fragment; it is '" + configured + "'");
    }
}
