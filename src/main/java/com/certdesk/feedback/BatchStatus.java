package com.certdesk.feedback;

/**
 * A file is CHECKING while it is read, CHECKED (previewed, waiting for the administrator), IMPORTING while its ratings
 * are stored (in chunks, seen by no figure or list until it is IMPORTED), then IMPORTED or DISCARDED. An import that
 * fails goes back to CHECKED with what it stored removed; one whose node stopped is DISCARDED by the clean-up. An
 * imported batch an administrator deleted is DELETED: still listed, with who and when, its ratings removed.
 */
public enum BatchStatus {
    CHECKING("Being checked"), CHECKED("Checked, not imported"), IMPORTING("Being imported"), IMPORTED("Imported"), DISCARDED("Discarded"),
    DELETED("Deleted");

    private final String label;

    BatchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
