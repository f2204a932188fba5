package com.certdesk.insight;

import com.certdesk.catalog.SkillArea;
import com.certdesk.feedback.Measure;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An administrator's mapping from what customers point at to the skill area that trains it: for {@link
 * SignalKind#REASON} the reason as typed ({@code reason}), matched whole, ignoring case and spaces; for {@link
 * SignalKind#LOW_SCORE} the {@code measure} whose negative ratings count.
 */
public record SkillSignalMapping(long id, SignalKind kind, @Nullable String reason, @Nullable Measure measure,
        SkillArea skillArea, String createdByName, Instant createdAt) {

    /** "“Took too long”" or "Low CES", as the admin page and the dashboard name what is matched. */
    public String matchLabel() {
        return kind == SignalKind.REASON ? "\u201c" + reason + "\u201d" : "Low " + (measure == null ? "" : measure.label());
    }
}
