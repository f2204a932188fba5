package com.certdesk.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An attempt being taken: its questions, every answer saved so far, where the learner was, and the deadline
 * (null without a time limit).
 */
public record AttemptPaper(AttemptSummary attempt, String title, List<PaperQuestion> questions,
        Map<Integer, Response> responses, int currentSlot, QuizLayout layout, @Nullable Instant deadline) {

    public AttemptPaper {
        questions = List.copyOf(questions);
        responses = Map.copyOf(responses);
    }

    public int answeredCount() {
        return (int) responses.values().stream().filter(r -> !r.isBlank()).count();
    }
}
