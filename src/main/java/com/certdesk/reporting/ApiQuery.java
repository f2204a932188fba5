package com.certdesk.reporting;

import com.certdesk.base.ValidationException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an HR API list request asks for: a page after {@code cursor} (null: the first page), of at most
 * {@code limit} items, changed after {@code updatedSince} (null: all current items).
 */
public record ApiQuery(@Nullable String cursor, int limit, @Nullable Instant updatedSince) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public ApiQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit must be between 1 and " + MAX_LIMIT + " (it was " + limit + ").");
        }
    }

    public static ApiQuery first(int limit) {
        return new ApiQuery(null, limit, null);
    }
}
