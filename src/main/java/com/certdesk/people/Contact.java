package com.certdesk.people;

/** Where to reach a user, for features that write to people (e-mail copies of notifications). */
public record Contact(long userId, String displayName, String email, boolean active) {

    /** Whether e-mail may be sent: the account is active and has an address. */
    public boolean reachableByEmail() {
        return active && !email.isBlank();
    }
}
