package com.certdesk.reporting.internal;

import com.certdesk.base.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Where an HR API listing goes on: after the key {@code (k1, k2)}, in the snapshot of {@code asOf}, with the
 * listing's {@code updatedSince}. Opaque to clients (base64url text); only what this API gave out parses.
 */
public record ApiCursor(String resource, long k1, long k2, Instant asOf, @Nullable Instant since) {

    static final String NOT_OURS = "The cursor is not one this API gave out for this list: start again without it.";
    private static final String VERSION = "c1";

    public String encode() {
        String text = String.join("|", VERSION, resource, Long.toString(k1), Long.toString(k2), micros(asOf),
                since == null ? "" : micros(since));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ValidationException when the text is not a cursor of {@code resource} */
    public static ApiCursor parse(String resource, String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 6 || !parts[0].equals(VERSION) || !parts[1].equals(resource)) {
                throw new ValidationException(NOT_OURS);
            }
            return new ApiCursor(resource, Long.parseLong(parts[2]), Long.parseLong(parts[3]), instant(parts[4]),
                    parts[5].isEmpty() ? null : instant(parts[5]));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(NOT_OURS);
        }
    }

    private static String micros(Instant at) {
        return Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at));
    }

    private static Instant instant(String micros) {
        return Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
    }
}
