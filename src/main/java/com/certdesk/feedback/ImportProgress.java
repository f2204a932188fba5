package com.certdesk.feedback;

/** Told while a file is checked or imported: how far (0 to 1) and what is happening, for a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (fraction, stage) -> { };

    void update(double fraction, String stage);
}
