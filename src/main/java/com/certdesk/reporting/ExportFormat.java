package com.certdesk.reporting;

/** The file formats of an export, with what the browser is told. */
public enum ExportFormat {
    /** RFC 4180, UTF-8 with a byte order mark so that Excel reads it as UTF-8, CRLF line ends. */
    CSV("CSV", "text/csv;charset=UTF-8", "csv"),
    /** Office Open XML workbook: typed cells, dates as dates, a frozen header row with an auto-filter. */
    XLSX("Excel (XLSX)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /**
     * A printable A4 landscape table: title, when and by whom, the filter in words, the row count, the header row on
     * every page and "Page n of m".
     */
    PDF("PDF", "application/pdf", "pdf");

    private final String label;
    private final String mimeType;
    private final String extension;

    ExportFormat(String label, String mimeType, String extension) {
        this.label = label;
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }
}
