package com.certdesk.reporting;

import com.certdesk.base.OrganizationTime;
import com.certdesk.reporting.internal.AuditedExport;
import com.certdesk.reporting.internal.ExportColumn;
import com.certdesk.security.AuditEntry;
import com.certdesk.security.AuditFilter;
import com.certdesk.security.AuditLog;
import com.certdesk.security.Roles;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The audit log for administrators, page by page and as CSV or XLSX (the export itself is audited). */
@Service
public class AuditLogReport {

    private final AuditLog audit;
    private final OrganizationTime time;
    private final List<ExportColumn<AuditEntry>> columns;

    AuditLogReport(AuditLog audit, OrganizationTime time) {
        this.audit = audit;
        this.time = time;
        this.columns = List.of(
                ExportColumn.dateTime("When", e -> LocalDateTime.ofInstant(e.at(), time.zone())),
                ExportColumn.text("Who", 24, AuditEntry::actorName),
                ExportColumn.text("What", 24, e -> e.kind().label()),
                ExportColumn.text("Detail", 80, AuditEntry::detail),
                ExportColumn.text("From address", 16, AuditEntry::address),
                ExportColumn.number("User id", 10, AuditEntry::actorId),
                ExportColumn.number("Entry id", 10, AuditEntry::id));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return audit.page(filter, offset, limit);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public long count(AuditFilter filter) {
        return audit.count(filter);
    }

    /** Writes the entries in the filter, newest first, 1,000 read at a time; returns how many. */
    @PreAuthorize(Roles.IS_ADMIN)
    public long export(AuditFilter filter, ExportFormat format, OutputStream out) {
        return AuditedExport.write(audit, "audit log", filter, format, out, "Audit log", columns,
                each -> audit.forEach(filter, 1000, each));
    }

    public int retentionDays() {
        return audit.retentionDays();
    }

    public String fileName(ExportFormat format) {
        return "audit-log-" + time.today() + "." + format.extension();
    }
}
