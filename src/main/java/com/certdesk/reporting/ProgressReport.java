package com.certdesk.reporting;

import com.certdesk.base.OrganizationTime;
import com.certdesk.certification.CertificationMatrixService;
import com.certdesk.certification.MatrixFilter;
import com.certdesk.certification.ProgramProgress;
import com.certdesk.certification.ProgramService;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.reporting.internal.AuditedExport;
import com.certdesk.reporting.internal.ExportColumn;
import com.certdesk.security.AuditLog;
import com.certdesk.security.Roles;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The progress report (issue 12): one row per agent × certification program with the status as the certification
 * matrix derives it, the assignment's date and the due date that applies, the latest certificate and its last valid
 * day, the program's modules complete, and the best quiz scores; previewed a page at a time and exported as CSV or
 * XLSX with the same rows. HR and administrators see every team, managers their own (the certification service
 * decides), agents nothing. Each export is logged with its filter, format and row count.
 */
@Service
public class ProgressReport {


    private final CertificationMatrixService matrix;
    private final ProgramService programs;
    private final TeamService teams;
    private final OrganizationTime time;
    private final List<ExportColumn<ProgramProgress>> columns;

    private final AuditLog audit;

    ProgressReport(CertificationMatrixService matrix, ProgramService programs, TeamService teams,
            OrganizationTime time, AuditLog audit) {
        this.audit = audit;
        this.matrix = matrix;
        this.programs = programs;
        this.teams = teams;
        this.time = time;
        this.columns = List.of(
                ExportColumn.text("Agent", 26, ProgramProgress::displayName),
                ExportColumn.text("Team", 20, ProgramProgress::teamName),
                ExportColumn.text("Program", 30, ProgramProgress::programName),
                ExportColumn.text("Status", 14, p -> p.status().label()),
                ExportColumn.dateTime("Assigned", p -> p.assignedAt() == null ? null
                        : LocalDateTime.ofInstant(p.assignedAt(), time.zone())),
                ExportColumn.date("Due", ProgramProgress::dueOn),
                ExportColumn.date("Certified", ProgramProgress::certifiedOn),
                ExportColumn.date("Valid until", ProgramProgress::validUntil),
                ExportColumn.number("Modules done", 8, ProgramProgress::modulesDone),
                ExportColumn.number("Modules required", 8, ProgramProgress::modulesRequired),
                ExportColumn.number("Lowest best quiz score %", 10, p -> p.lowestBestScore() == null ? null
                        : Math.round(p.lowestBestScore() * 10) / 10.0),
                ExportColumn.number("Quizzes taken", 8, ProgramProgress::quizzesTaken),
                ExportColumn.text("Agent active", 8, p -> p.active() ? "yes" : "no"),
                ExportColumn.number("Agent id", 10, ProgramProgress::userId),
                ExportColumn.number("Program id", 10, ProgramProgress::programId));
    }

    /** The teams the caller may choose: a manager's own, every team for HR and administrators. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<TeamSummary> teams() {
        return teams.visibleTeams();
    }

    /** The active programs, by name (the matrix's columns). */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<ProgramSummary> programs() {
        return programs.active();
    }

    /** Every row in the filter, by agent name and program name. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<ProgramProgress> rows(ProgressFilter filter) {
        return matrix.programProgress(new MatrixFilter(filter.teamId(), filter.programId(), null, filter.agent()),
                filter.agents()).stream().filter(p -> filter.status() == null || p.status() == filter.status())
                .filter(p -> filter.certifiedInRange(p.certifiedOn())).toList();
    }

    /** One page of {@link #rows}, with the total. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public Page<ProgramProgress> page(ProgressFilter filter, Pageable pageable) {
        List<ProgramProgress> all = rows(filter);
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(all.size(), from + pageable.getPageSize());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    /**
     * Writes {@link #rows} to {@code out}.
     *
     * @return the number of rows written
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long export(ProgressFilter filter, ExportFormat format, OutputStream out) {
        return export(filter, format, out, "");
    }

    /** As {@link #export(ProgressFilter, ExportFormat, OutputStream)}; the audit entry names the occasion. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long export(ProgressFilter filter, ExportFormat format, OutputStream out, String occasion) {
        return AuditedExport.write(audit, "progress report", filter, format, out, "Progress", columns,
                rows(filter)::forEach, occasion);
    }

    /** "progress-report-2026-12-03.csv". */
    public String fileName(ExportFormat format) {
        return "progress-report-" + time.today() + "." + format.extension();
    }
}
