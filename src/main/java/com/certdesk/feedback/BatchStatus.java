package com.certdesk.feedback;

/**
 * A file is CHECKING while it is read, CHECKED (previewed, waiting for the administrator), then IMPORTED or DISCARDED.
 * An imported batch an administrator deleted is DELETED: still listed, with who and when, its ratings removed.
 */
public enum BatchStatus {
    CHECKING("Being checked"), CHECKED("Checked, not imported"), IMPORTED("Imported"), DISCARDED("Discarded"),
    DELETED("Deleted");

    private final String label;

    BatchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
