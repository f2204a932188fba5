package com.certdesk.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A wave as the person it asked answers it: the questions, and their own answers so far (none yet: empty scores and
 * version -1). {@code version} goes back to {@link PulseService#submit}.
 */
public record PulseForm(WaveView wave, String title, String intro, String promise, List<PulseQuestion> questions,
        @Nullable String freeTextQuestion, Map<Long, Integer> scores, @Nullable String freeText,
        @Nullable Instant submittedAt, @Nullable Instant changedAt, long version) {

    public PulseForm {
        questions = List.copyOf(questions);
        scores = Map.copyOf(scores);
    }

    public boolean answered() {
        return version >= 0;
    }
}
