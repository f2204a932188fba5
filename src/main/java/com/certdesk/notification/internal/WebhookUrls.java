package com.certdesk.notification.internal;

import com.certdesk.base.ValidationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which endpoint addresses are accepted: an absolute {@code https://} URL with a host, no user name or password in it
 * and no fragment, at most {@value #MAX_LENGTH} characters. Plain {@code http://} only for the machine itself
 * ({@code localhost}, {@code 127.x.x.x}, {@code [::1]}): a receiver on the same host, as in tests and local
 * development, where nothing crosses a network.
 */
public final class WebhookUrls {

    public static final int MAX_LENGTH = 500;

    private WebhookUrls() {
    }

    /**
     * The URL as stored (trimmed), or a clear refusal.
     *
     * @throws ValidationException when it is not such an address
     */
    public static URI check(String text) {
        String url = text.strip();
        if (url.isEmpty()) {
            throw new ValidationException("Enter the endpoint's address, e.g. https://hooks.example.com/certdesk.");
        }
        if (url.length() > MAX_LENGTH) {
            throw new ValidationException("The address is longer than " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ValidationException("\"" + url + "\" is not a valid address (" + e.getReason()
                    + "). Enter it as https://host/path.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new ValidationException("The address must start with https://, e.g. https://hooks.example.com/certdesk.");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new ValidationException("The address has no host name: enter it as https://host/path.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new ValidationException("Do not put a user name or password in the address; deliveries are signed "
                    + "with the endpoint's secret instead.");
        }
        if (uri.getRawFragment() != null) {
            throw new ValidationException("The address cannot have a #fragment: it is never sent to the server.");
        }
        if (scheme.equals("http") && !loopback(host)) {
            throw new ValidationException("Use https:// for " + host + ": deliveries carry signed data and must be "
                    + "encrypted. Plain http:// is accepted only for this machine (localhost, 127.0.0.1, [::1]).");
        }
        return uri;
    }

    /** Whether the host is this machine by name or literal address (no DNS look-up: a name could be re-pointed). */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (!h.matches("[0-9.]+") && !(h.contains(":") && h.matches("[0-9a-f:.]+"))) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
