package com.certdesk.certification;

/** What is assigned: a whole certification program, or a single module. */
public enum AssignmentKind {
    PROGRAM("Program"),
    MODULE("Module");

    private final String label;

    AssignmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
