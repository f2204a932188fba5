package com.certdesk.reporting;

import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ValidationException;
import com.certdesk.certification.CertificateFilter;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateState;
import com.certdesk.certification.CertificationMatrixService;
import com.certdesk.certification.MatrixFilter;
import com.certdesk.certification.ProgramProgress;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserSummary;
import com.certdesk.reporting.internal.ApiCursor;
import com.certdesk.reporting.internal.SyncSnapshot;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HR API's reads (issue 12, ADR 017): people, progress in the certification programs, and certificates, for
 * HR's own systems, with cursor paging and {@code updatedSince} for incremental sync. Only an API token with the
 * {@code reports:read} scope may read; it sees what HR sees, for every team. The first page of a listing refreshes
 * the resource's change feed ({@link SyncSnapshot}) from the same services the report pages use; later pages read
 * that snapshot by key, so a listing never skips or repeats an item while data change. Every page read is in the
 * audit log with its filter and row count.
 */
@Service
public class HrApi {

    static final String PEOPLE = "people";
    static final String PROGRESS = "progress";
    static final String CERTIFICATES = "certificates";
    private static final int CHUNK = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SyncSnapshot snapshot;
    private final UserAdminService users;
    private final CertificationMatrixService matrix;
    private final CertificateService certificates;
    private final OrganizationTime time;
    private final AuditLog audit;
    private final Duration refreshInterval;

    HrApi(SyncSnapshot snapshot, UserAdminService users, CertificationMatrixService matrix,
            CertificateService certificates, OrganizationTime time, AuditLog audit,
            @Value("${certdesk.api.refresh-interval:5s}") Duration refreshInterval) {
        if (refreshInterval.isNegative()) {
            throw new IllegalArgumentException("certdesk.api.refresh-interval may not be negative.");
        }
        this.snapshot = snapshot;
        this.users = users;
        this.matrix = matrix;
        this.certificates = certificates;
        this.time = time;
        this.audit = audit;
        this.refreshInterval = refreshInterval;
    }

    /** Every account, active or not, by id. */
    @PreAuthorize(Roles.IS_REPORT_READER)
    @Transactional
    public ApiPage<PersonItem> people(ApiQuery query) {
        return read(PEOPLE, query, PersonItem.class, this::currentPeople);
    }

    /** Every active agent × active program, by agent id and program id. */
    @PreAuthorize(Roles.IS_REPORT_READER)
    @Transactional
    public ApiPage<ProgressItem> progress(ApiQuery query) {
        return read(PROGRESS, query, ProgressItem.class, this::currentProgress);
    }

    /** Every certificate ever issued, revoked ones included, by id. */
    @PreAuthorize(Roles.IS_REPORT_READER)
    @Transactional
    public ApiPage<CertificateItem> certificates(ApiQuery query) {
        return read(CERTIFICATES, query, CertificateItem.class, this::currentCertificates);
    }

    private <T> ApiPage<T> read(String resource, ApiQuery query, Class<T> type,
            Consumer<Consumer<SyncSnapshot.Item>> current) {
        ApiCursor at;
        if (query.cursor() == null) {
            Instant asOf = snapshot.refresh(resource, refreshInterval,
                    each -> SystemAuthentication.runAsSystem(() -> current.accept(each)));
            at = new ApiCursor(resource, Long.MIN_VALUE, Long.MIN_VALUE, asOf, query.updatedSince());
        } else {
            at = ApiCursor.parse(resource, query.cursor());
            if (query.updatedSince() != null && !query.updatedSince().equals(at.since())) {
                throw new ValidationException("The cursor carries its own updatedSince: send the cursor alone, or "
                        + "start again with the new updatedSince and no cursor.");
            }
        }
        List<SyncSnapshot.Row> rows = snapshot.page(resource, at.k1(), at.k2(), at.since(), query.limit() + 1);
        boolean more = rows.size() > query.limit();
        List<SyncSnapshot.Row> shown = more ? rows.subList(0, query.limit()) : rows;
        List<T> items = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (SyncSnapshot.Row row : shown) {
            if (row.removed()) {
                removed.add(id(resource, row));
            } else {
                items.add(JSON.readValue(Objects.requireNonNull(row.body()), type));
            }
        }
        String next = null;
        if (more) {
            SyncSnapshot.Row last = shown.getLast();
            next = new ApiCursor(resource, last.k1(), last.k2(), at.asOf(), at.since()).encode();
        }
        audit.record(AuditKind.API_READ, "GET /api/v1/" + resource + (at.since() == null ? ""
                : " updatedSince " + at.since()) + (query.cursor() == null ? ", first page" : ", next page")
                + ": " + items.size() + " items" + (removed.isEmpty() ? "" : ", " + removed.size() + " removed"));
        return new ApiPage<>(items, removed, next, at.asOf(), more ? null : at.asOf());
    }

    private static String id(String resource, SyncSnapshot.Row row) {
        return PROGRESS.equals(resource) ? row.k1() + "-" + row.k2() : Long.toString(row.k1());
    }

    private void currentPeople(Consumer<SyncSnapshot.Item> each) {
        Page<UserSummary> page;
        int number = 0;
        do {
            page = users.search("", true, PageRequest.of(number++, CHUNK, Sort.by("id")));
            for (UserSummary u : page) {
                PersonItem item = new PersonItem(u.id(), u.username(), u.displayName(), u.email(), u.externalId(),
                        u.hireDate(), u.active(), u.roles().stream().sorted().toList(), u.teamId(), u.teamName());
                each.accept(new SyncSnapshot.Item(u.id(), 0, JSON.writeValueAsString(item)));
            }
        } while (page.hasNext());
    }

    private void currentProgress(Consumer<SyncSnapshot.Item> each) {
        for (ProgramProgress p : matrix.programProgress(MatrixFilter.ALL)) {
            ProgressItem item = new ProgressItem(p.userId() + "-" + p.programId(), p.userId(), p.displayName(),
                    p.teamName(), p.programId(), p.programName(), p.status().name(), p.statusDate(), p.assignedAt(),
                    p.dueOn(), p.certifiedOn(), p.validUntil(), p.modulesDone(), p.modulesRequired(),
                    p.lowestBestScore(), p.quizzesTaken());
            each.accept(new SyncSnapshot.Item(p.userId(), p.programId(), JSON.writeValueAsString(item)));
        }
    }

    private void currentCertificates(Consumer<SyncSnapshot.Item> each) {
        LocalDate today = time.today();
        certificates.forEach(CertificateFilter.ALL, CHUNK, c -> {
            CertificateItem item = new CertificateItem(c.id(), c.userId(), c.holderName(), c.programId(),
                    c.programName(), CertificateService.formatCode(c.code()), c.issuedOn(), c.validFrom(),
                    c.validUntil(), CertificateState.of(c, today).name(), c.revokedAt(),
                    certificates.verifyUrl(c.code()));
            each.accept(new SyncSnapshot.Item(c.id(), 0, JSON.writeValueAsString(item)));
        });
    }
}
