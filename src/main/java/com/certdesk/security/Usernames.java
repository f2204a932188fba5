package com.certdesk.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for usernames, used wherever a username is created, imported, edited, looked up at sign-in or
 * throttled. A username is 2–64 characters of plain ASCII: letters {@code a-z}, digits, {@code .}, {@code _} and
 * {@code -}, starting with a letter or digit. Its canonical form is that text trimmed and with ASCII capitals made
 * small ({@code Agent} → {@code agent}); nothing else is folded. Look-alike letters from other scripts (dotless
 * {@code ı}, long {@code ſ}, the Kelvin sign, ligatures such as {@code ﬆ}, full-width letters) have no canonical
 * form at all, so they can neither be stored nor reach a stored account through a case-insensitive comparison.
 * Accounts are then compared exactly on the canonical form.
 */
public final class Usernames {

    /** The safe set, checked on the typed text before anything is lower-cased. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

    public static final String RULE = "2–64 characters: letters a–z, digits, '.', '_' or '-' (no accents or other scripts)";

    private Usernames() {
    }

    /** The canonical form of what someone typed, or empty when it is outside the safe set. */
    public static Optional<String> canonical(String typed) {
        String trimmed = typed.strip();
        if (!SAFE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(asciiLowerCase(trimmed));
    }

    /** Whether this text already is a canonical username (as stored). */
    public static boolean isCanonical(String username) {
        return canonical(username).filter(username::equals).isPresent();
    }

    private static String asciiLowerCase(String ascii) {
        char[] chars = ascii.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
