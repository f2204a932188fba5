package com.certdesk.catalog;

/**
 * A learner's progress in one module, derived from how many of its current lessons they have done and, for a
 * module with a quiz, whether they passed it. A module is complete when every one of its lessons is done and its
 * quiz (if any) is passed; a module without lessons cannot be completed.
 */
public record ModuleProgress(long moduleId, int totalLessons, int doneLessons, QuizRequirement quiz) {

    public ModuleProgress {
        if (totalLessons < 0 || doneLessons < 0) {
            throw new IllegalArgumentException("Lesson counts cannot be negative");
        }
        doneLessons = Math.min(doneLessons, totalLessons);
    }

    /** Progress of a module without a quiz. */
    public ModuleProgress(long moduleId, int totalLessons, int doneLessons) {
        this(moduleId, totalLessons, doneLessons, QuizRequirement.NONE);
    }

    public ProgressState state() {
        if (lessonsComplete() && quiz != QuizRequirement.PENDING) {
            return ProgressState.COMPLETED;
        }
        return doneLessons == 0 && quiz != QuizRequirement.PASSED ? ProgressState.NOT_STARTED : ProgressState.IN_PROGRESS;
    }

    public boolean complete() {
        return state() == ProgressState.COMPLETED;
    }

    /** Every lesson is done (the quiz may still be open). */
    public boolean lessonsComplete() {
        return totalLessons > 0 && doneLessons == totalLessons;
    }

    public boolean hasQuiz() {
        return quiz != QuizRequirement.NONE;
    }

    /** Share of the steps done (each lesson is a step, and so is a quiz), 0.0 to 1.0. */
    public double fraction() {
        int steps = totalLessons + (hasQuiz() ? 1 : 0);
        int done = doneLessons + (quiz == QuizRequirement.PASSED ? 1 : 0);
        return steps == 0 ? 0.0 : (double) done / steps;
    }

    public int percent() {
        return (int) Math.floor(fraction() * 100);
    }
}
