package com.certdesk.reporting;

import java.util.List;

/** The reports HR can schedule, with what their date filter is about and the files each is offered as. */
public enum ReportKind {
    PROGRESS("Progress report", "Certified", List.of(ExportFormat.CSV, ExportFormat.XLSX)),
    MODULE_PROGRESS("Module progress", "Completed", List.of(ExportFormat.CSV, ExportFormat.XLSX)),
    CERTIFICATE_REGISTER("Certificate register", "Issued", List.of(ExportFormat.values()));

    private final String label;
    private final String datesLabel;
    private final List<ExportFormat> formats;

    ReportKind(String label, String datesLabel, List<ExportFormat> formats) {
        this.label = label;
        this.datesLabel = datesLabel;
        this.formats = formats;
    }

    /** The formats its page offers (the register also as a printable PDF). */
    public List<ExportFormat> formats() {
        return formats;
    }

    public String label() {
        return label;
    }

    /** What the report's date range filters: "Certified", "Completed", "Issued". */
    public String datesLabel() {
        return datesLabel;
    }
}
