package com.certdesk.quiz;

/** A learner's best finished score at a module's quiz (percent) and how many finished attempts it was out of. */
public record BestScore(double percent, int attempts) {
}
