package com.certdesk.notification;

/**
 * An endpoint with its signing secret, the one time the secret is readable: at creation and after a rotation.
 */
public record CreatedWebhookSecret(WebhookEndpointView endpoint, String secret) {

    @Override
    public String toString() {
        return "CreatedWebhookSecret[endpoint=" + endpoint + ", secret=(hidden)]";
    }
}
