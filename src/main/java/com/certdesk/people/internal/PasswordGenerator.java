package com.certdesk.people.internal;

import java.security.SecureRandom;

/** Temporary passwords an administrator hands over: 12 characters without look-alikes (0/O, 1/l/I). */
public final class PasswordGenerator {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {
    }

    public static String temporaryPassword() {
        var sb = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
