package com.certdesk.reporting;

import com.certdesk.certification.CertificateFilter;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A report page's filter as a schedule keeps it: which report, and that report's own filter record (stored as JSON,
 * see ADR 019). The date range is kept apart by a {@link DateRule} and put back for each run with {@link #withDates}.
 */
public sealed interface SavedFilter {

    ReportKind kind();

    /** The filter's first day (null: open). */
    @Nullable LocalDate from();

    /** The filter's last day (null: open). */
    @Nullable LocalDate to();

    /** The same filter over other dates. */
    SavedFilter withDates(@Nullable LocalDate from, @Nullable LocalDate to);

    /** The progress report's filter (dates: certified between). */
    record Progress(ProgressFilter filter) implements SavedFilter {

        @Override
        public ReportKind kind() {
            return ReportKind.PROGRESS;
        }

        @Override
        public @Nullable LocalDate from() {
            return filter.certifiedFrom();
        }

        @Override
        public @Nullable LocalDate to() {
            return filter.certifiedTo();
        }

        @Override
        public Progress withDates(@Nullable LocalDate from, @Nullable LocalDate to) {
            return new Progress(new ProgressFilter(filter.teamId(), filter.programId(), filter.status(), from, to,
                    filter.agent(), filter.agents()));
        }
    }

    /** The module progress report's filter (dates: completed between). */
    record Modules(ModuleProgressReport.Filter filter) implements SavedFilter {

        @Override
        public ReportKind kind() {
            return ReportKind.MODULE_PROGRESS;
        }

        @Override
        public @Nullable LocalDate from() {
            return filter.completedFrom();
        }

        @Override
        public @Nullable LocalDate to() {
            return filter.completedTo();
        }

        @Override
        public Modules withDates(@Nullable LocalDate from, @Nullable LocalDate to) {
            return new Modules(new ModuleProgressReport.Filter(filter.teamId(), filter.moduleId(), filter.state(),
                    from, to, filter.agent(), filter.agents()));
        }
    }

    /** The certificate register's filter (dates: issued between). */
    record Register(CertificateFilter filter) implements SavedFilter {

        @Override
        public ReportKind kind() {
            return ReportKind.CERTIFICATE_REGISTER;
        }

        @Override
        public @Nullable LocalDate from() {
            return filter.issuedFrom();
        }

        @Override
        public @Nullable LocalDate to() {
            return filter.issuedTo();
        }

        @Override
        public Register withDates(@Nullable LocalDate from, @Nullable LocalDate to) {
            return new Register(new CertificateFilter(filter.teamId(), filter.programId(), filter.state(), from, to,
                    filter.holder()));
        }
    }
}
