package com.certdesk.catalog;

/**
 * A learner's progress in one module, derived from how many of its current lessons they have done. A module
 * is complete when every one of its lessons is done; a module without lessons cannot be completed.
 */
public record ModuleProgress(long moduleId, int totalLessons, int doneLessons) {

    public ModuleProgress {
        if (totalLessons < 0 || doneLessons < 0) {
            throw new IllegalArgumentException("Lesson counts cannot be negative");
        }
        doneLessons = Math.min(doneLessons, totalLessons);
    }

    public ProgressState state() {
        if (totalLessons > 0 && doneLessons == totalLessons) {
            return ProgressState.COMPLETED;
        }
        return doneLessons == 0 ? ProgressState.NOT_STARTED : ProgressState.IN_PROGRESS;
    }

    public boolean complete() {
        return state() == ProgressState.COMPLETED;
    }

    /** Share of lessons done, 0.0 to 1.0. */
    public double fraction() {
        return totalLessons == 0 ? 0.0 : (double) doneLessons / totalLessons;
    }

    public int percent() {
        return (int) Math.floor(fraction() * 100);
    }
}
