package com.certdesk.security;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an administrator asks for: a name saying which system uses the token, its scopes, and the last day it works
 * (a calendar day in the organization's time zone; the token stops working when the next day begins there).
 */
public record NewApiToken(String name, Set<ApiScope> scopes, LocalDate validUntil) {

    public NewApiToken {
        scopes = Set.copyOf(scopes);
    }
}
