package com.certdesk.feedback;

/** A file is CHECKED (staged, waiting for the administrator), then IMPORTED or DISCARDED. */
public enum BatchStatus {
    CHECKED("Checked, not imported"), IMPORTED("Imported"), DISCARDED("Discarded");

    private final String label;

    BatchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
