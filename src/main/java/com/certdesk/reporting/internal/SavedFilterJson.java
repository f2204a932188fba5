package com.certdesk.reporting.internal;

import com.certdesk.certification.CertificateFilter;
import com.certdesk.reporting.ModuleProgressReport;
import com.certdesk.reporting.ProgressFilter;
import com.certdesk.reporting.ReportKind;
import com.certdesk.reporting.SavedFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A schedule's filter as stored: the report's own filter record as JSON (Jackson), its dates left out (the schedule
 * keeps them by rule), under a version number. Version 1 is the records' fields by name; a later change of a filter
 * record that cannot read version 1 must bring a version 2 and read both (ADR 019).
 */
public final class SavedFilterJson {

    /** The version {@link #write} writes. */
    public static final int VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private SavedFilterJson() {
    }

    /** The filter without its dates, as JSON. */
    public static String write(SavedFilter filter) {
        Object record = switch (filter.withDates(null, null)) {
            case SavedFilter.Progress p -> p.filter();
            case SavedFilter.Modules m -> m.filter();
            case SavedFilter.Register r -> r.filter();
        };
        return JSON.writeValueAsString(record);
    }

    /**
     * Reads a stored filter back (without dates).
     *
     * @throws IllegalArgumentException when the text is not a filter of this report in a version this release reads
     */
    public static SavedFilter read(ReportKind report, String json, int version) {
        if (version != VERSION) {
            throw new IllegalArgumentException("The stored filter has version " + version + "; this release reads "
                    + "version " + VERSION + ".");
        }
        try {
            return switch (report) {
                case PROGRESS -> new SavedFilter.Progress(JSON.readValue(json, ProgressFilter.class));
                case MODULE_PROGRESS -> new SavedFilter.Modules(JSON.readValue(json,
                        ModuleProgressReport.Filter.class));
                case CERTIFICATE_REGISTER -> new SavedFilter.Register(JSON.readValue(json, CertificateFilter.class));
            };
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The stored filter cannot be read: " + e.getOriginalMessage(), e);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("The stored filter lacks a field the report needs.", e);
        }
    }
}
