package com.certdesk.certification.internal;

import java.security.SecureRandom;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The code printed on a certificate by which anyone can verify it: 20 characters of Crockford Base32 (100 random
 * bits), stored in canonical form ({@code 7K3Q9ZD2...}) and shown in groups of four ({@code 7K3Q-9ZD2-...}).
 *
 * <p>{@link #normalize} accepts what a person types or a scanner yields and answers either the one canonical code
 * or nothing: it never says how near a wrong code came, so a code can only be looked up whole.
 */
public final class VerificationCode {

    /** Crockford's Base32 alphabet: digits and capitals without I, L, O and U. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** Characters in a canonical code; 5 bits each, so 100 random bits. */
    public static final int LENGTH = 20;

    /** Longest text {@link #normalize} looks at; anything longer is refused before any work is done on it. */
    public static final int MAX_INPUT_LENGTH = 64;

    private static final int GROUP_SIZE = 4;
    private static final char SEPARATOR = '-';

    private VerificationCode() {
    }

    /** A new canonical code drawn from {@code random}. */
    public static String generate(SecureRandom random) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /**
     * The canonical code in groups of four joined by hyphens, for print and display.
     *
     * @throws IllegalArgumentException when {@code canonical} is not a canonical code
     */
    public static String format(String canonical) {
        if (!isCanonical(canonical)) {
            throw new IllegalArgumentException("not a canonical verification code");
        }
        StringBuilder out = new StringBuilder(LENGTH + LENGTH / GROUP_SIZE);
        for (int i = 0; i < LENGTH; i += GROUP_SIZE) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(canonical, i, i + GROUP_SIZE);
        }
        return out.toString();
    }

    /**
     * The canonical code a person meant: white space and dashes are dropped, letters uppercased, and Crockford's
     * look-alikes read as the digits they stand for ({@code I} and {@code L} as {@code 1}, {@code O} as {@code 0}).
     * Empty when the text is missing, longer than {@value #MAX_INPUT_LENGTH} characters, holds any other character,
     * or does not come to exactly {@value #LENGTH} characters.
     */
    public static Optional<String> normalize(@Nullable String typed) {
        if (typed == null || typed.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.DASH_PUNCTUATION) {
                continue;
            }
            int symbol = symbolOf(c);
            if (symbol < 0 || code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(ALPHABET.charAt(symbol));
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** Whether {@code text} is a code exactly as {@link #generate} makes it. */
    public static boolean isCanonical(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The alphabet position {@code c} stands for, in either case and with the aliases, or -1. */
    private static int symbolOf(char c) {
        if (c > 'z') {
            // only ASCII: Character.toUpperCase would turn the dotless i and others into Latin capitals
            return -1;
        }
        char upper = (c >= 'a' && c <= 'z') ? (char) (c - ('a' - 'A')) : c;
        char meant = switch (upper) {
            case 'I', 'L' -> '1';
            case 'O' -> '0';
            default -> upper;
        };
        return ALPHABET.indexOf(meant);
    }
}
