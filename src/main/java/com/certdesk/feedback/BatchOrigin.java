package com.certdesk.feedback;

/** How a batch of ratings arrived. */
public enum BatchOrigin {
    FILE("File upload"), API("Ingestion API"), CONNECTOR("Zendesk connector"), DEMO("Demo data");

    private final String label;

    BatchOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
