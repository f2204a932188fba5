package com.certdesk.people;

/** An account made by an import, with the temporary password to hand over (shown once, never stored). */
public record CreatedAccount(String username, String displayName, String temporaryPassword) {
}
