package com.certdesk.reporting;

/** The reports HR can schedule, with what their date filter is about. */
public enum ReportKind {
    PROGRESS("Progress report", "Certified"),
    MODULE_PROGRESS("Module progress", "Completed"),
    CERTIFICATE_REGISTER("Certificate register", "Issued");

    private final String label;
    private final String datesLabel;

    ReportKind(String label, String datesLabel) {
        this.label = label;
        this.datesLabel = datesLabel;
    }

    public String label() {
        return label;
    }

    /** What the report's date range filters: "Certified", "Completed", "Issued". */
    public String datesLabel() {
        return datesLabel;
    }
}
