package com.certdesk.reporting;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of an HR API list.
 *
 * @param items            the items of this page, by id
 * @param removed          with {@code updatedSince}: the ids (as text) of items that no longer exist, e.g. the
 *                         progress row of an agent who left or of a program retired; otherwise empty
 * @param next             the cursor of the next page; null on the last page
 * @param asOf             the moment the data of this listing reflect (the same on every page of one listing)
 * @param nextUpdatedSince on the last page: the value to send as {@code updatedSince} for the next incremental sync
 */
public record ApiPage<T>(List<T> items, List<String> removed, @Nullable String next, Instant asOf,
        @Nullable Instant nextUpdatedSince) {

    public ApiPage {
        items = List.copyOf(items);
        removed = List.copyOf(removed);
    }
}
