package com.certdesk.insight;

/** Where a planned evaluation stands, from its dates. */
public enum EvaluationStatus {
    /** The first wave is not yet due. */
    ROLLING_OUT("Rolling out"),
    /** The first wave is due, but its post window has not ended yet. */
    COLLECTING("Collecting data"),
    /** The first wave's post window has ended: the registered analysis can be read. */
    READY("Analysis ready"),
    /** Withdrawn before its first wave was due: there is no registered result. */
    WITHDRAWN("Withdrawn");

    private final String label;

    EvaluationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
