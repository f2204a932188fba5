package com.certdesk.feedback;

import com.certdesk.security.Roles;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Getting ratings in, all or nothing and idempotent on (source system, source record id, question id).
 * A file is checked first: read to its end through a {@link RatingReader} and previewed ({@link ImportCheck});
 * nothing of it is stored but the preview. The administrator then confirms, which reads the same file again and stores
 * it in one transaction (optionally skipping ratings of unknown agents), or discards it. API batches and connector pages are checked and stored in one step. Every import is a batch:
 * who, when, what, counts; deleting a batch removes exactly its ratings.
 */
public interface FeedbackImports {

    /** Reads and checks a file; nothing is stored as ratings. The reader is closed. */
    @PreAuthorize(Roles.IS_ADMIN)
    ImportCheck check(FeedbackFormat format, String description, RatingReader reader, ImportProgress progress);

    /** The preview of a checked batch again (e.g. after the page was reloaded). */
    @PreAuthorize(Roles.IS_ADMIN)
    ImportCheck preview(long batchId);

    /**
     * Stores a checked batch, reading its file again through {@code reader} (the reader is closed): refused when the
     * check found problems, when it found ratings of unknown agents and {@code skipUnknownAgents} is false, and when
     * the file no longer holds the very ratings that were checked. All or nothing. A second confirmation of the same
     * batch (double click, second tab) stores nothing more and returns the first one's result.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    ImportResult confirm(long batchId, RatingReader reader, boolean skipUnknownAgents, ImportProgress progress);

    /** Marks a checked batch as discarded (its preview stays readable). */
    @PreAuthorize(Roles.IS_ADMIN)
    void discard(long batchId);

    /**
     * Checks and stores ratings that arrive as one batch (the ingestion API, a connector page): all of them or,
     * when any is bad or names an unknown agent, none ({@link RatingsRejectedException} with per-item problems).
     * Ratings already stored are skipped and counted. The caller must hold the feedback:write authority, be an
     * administrator, or be the system.
     */
    @PreAuthorize("hasAuthority('" + Roles.SCOPE_FEEDBACK_WRITE + "') or hasRole('" + Roles.ADMIN + "')")
    ImportResult store(BatchOrigin origin, String format, String description, List<RatingInput> ratings);

    @PreAuthorize(Roles.IS_ADMIN)
    Page<BatchSummary> batches(Pageable pageable);

    @PreAuthorize(Roles.IS_ADMIN)
    BatchSummary batch(long batchId);

    /** Removes exactly the ratings of this batch and updates the figures; returns how many were removed. */
    @PreAuthorize(Roles.IS_ADMIN)
    default long deleteBatch(long batchId) {
        return deleteBatch(batchId, ImportProgress.NONE);
    }

    /**
     * The same, telling {@code progress} how far it got: a batch of a million ratings takes minutes. All in one
     * transaction: stopped half-way, nothing is removed. A batch deleted already returns 0.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    long deleteBatch(long batchId, ImportProgress progress);
}
