package com.certdesk.certification.internal;

import java.security.SecureRandom;

/** New verification codes: 20 characters of Crockford Base32, 100 random bits. */
final class VerificationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private VerificationCodes() {
    }

    static String generate(SecureRandom random) {
        char[] code = new char[20];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
