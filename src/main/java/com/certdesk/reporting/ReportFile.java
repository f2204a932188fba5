package com.certdesk.reporting;

/** A produced file of a scheduled report, for its download. */
public record ReportFile(String fileName, String mimeType, byte[] content) {
}
