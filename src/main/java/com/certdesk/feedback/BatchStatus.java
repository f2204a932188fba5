package com.certdesk.feedback;

/** A file is CHECKING while it is read, CHECKED (staged, waiting for the administrator), then IMPORTED or DISCARDED. */
public enum BatchStatus {
    CHECKING("Being checked"), CHECKED("Checked, not imported"), IMPORTED("Imported"), DISCARDED("Discarded");

    private final String label;

    BatchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
