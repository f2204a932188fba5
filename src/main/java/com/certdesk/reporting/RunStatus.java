package com.certdesk.reporting;

/** Where a produced run of a scheduled report stands. */
public enum RunStatus {
    /** Claimed and being written (a run left so by a stopped server is failed by the next daily job). */
    RUNNING("Running"),
    /** The file is ready to download. */
    DONE("Ready"),
    /** No file: the message says why (too large, the report refused). */
    FAILED("Failed"),
    /** Not produced, because the owner may no longer run it; the schedule was paused. */
    SKIPPED("Skipped");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
