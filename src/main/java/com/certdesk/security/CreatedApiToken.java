package com.certdesk.security;

/**
 * A token just created, with its secret: the only time the secret exists outside the caller's systems. Show it
 * once and drop it; it is not kept anywhere. {@link #toString()} leaves the secret out so it never reaches a log.
 */
public record CreatedApiToken(ApiTokenView token, String secret) {

    @Override
    public String toString() {
        return "CreatedApiToken[token=" + token + ", secret=(hidden)]";
    }
}
