package com.certdesk.catalog;

/** Only published modules are visible to learners. */
public enum ModuleStatus {
    DRAFT("Draft"),
    PUBLISHED("Published");

    private final String label;

    ModuleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
