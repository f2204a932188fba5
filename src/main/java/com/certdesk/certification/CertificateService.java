package com.certdesk.certification;

import com.certdesk.base.PublicAddress;
import com.certdesk.base.NotFoundException;
import com.certdesk.base.ValidationException;
import com.certdesk.certification.internal.Certificate;
import com.certdesk.certification.internal.CertificateDocument;
import com.certdesk.certification.internal.CertificatePdf;
import com.certdesk.certification.internal.CertificateRepository;
import com.certdesk.certification.internal.CertificationProgram;
import com.certdesk.certification.internal.CertificationRules;
import com.certdesk.certification.internal.ProgramRepository;
import com.certdesk.certification.internal.VerificationCode;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import com.certdesk.people.TeamMember;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates: their holders see their own, managers those of their teams, HR and administrators all; anyone,
 * signed in or not, can verify a code. Administrators can revoke.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    static final String NOT_FOUND = "This certificate does not exist, or you may not see it.";
    /** The most holders a report's filter looks among (a name that matches more is too vague to be meant). */
    static final int MAX_HOLDERS = 5000;

    private final CertificateRepository certificates;
    private final ProgramRepository programs;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CertificationSettings settings;
    private final UserAdminService userAdmin;
    private final PublicAddress address;

    private final com.certdesk.security.AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final jakarta.persistence.EntityManager entityManager;

    CertificateService(CertificateRepository certificates, ProgramRepository programs, PeopleDirectory people,
            CurrentUser currentUser, Clock clock, CertificationSettings settings, UserAdminService userAdmin,
            PublicAddress address, com.certdesk.security.AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events,
            jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.userAdmin = userAdmin;
        this.address = address;
        this.certificates = certificates;
        this.programs = programs;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The caller's certificates, newest first, revoked and expired ones included. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<CertificateView> mine() {
        return views(certificates.findByUserNewestFirst(currentUser.id()));
    }

    /**
     * For each person who earned the program, the day of their first certificate of it (revoked certificates left
     * out: one issued in error is no training). For analyses that show aggregates only (training impact); the
     * analysis decides whom a caller may compare.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public java.util.Map<Long, java.time.LocalDate> firstCertified(long programId) {
        java.util.Map<Long, java.time.LocalDate> first = new java.util.HashMap<>();
        for (Object[] row : certificates.findFirstIssued(programId)) {
            first.put((Long) row[0], (java.time.LocalDate) row[1]);
        }
        return first;
    }

    /** A person's certificates, newest first; refused unless the caller may see that person. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<CertificateView> of(long userId) {
        people.checkCanView(userId);
        return views(certificates.findByUserNewestFirst(userId));
    }

    /**
     * One certificate. Someone else's certificate the caller may not see gives the same "not found" as an unknown
     * id, so ids cannot be probed.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public CertificateView get(long certificateId) {
        Certificate certificate = certificates.findById(certificateId)
                .filter(c -> people.canView(c.getUserId()))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return views(List.of(certificate)).getFirst();
    }

    /**
     * The certificate as a PDF, for its holder, their manager, HR and administrators; anyone else gets the same
     * "not found" as for an unknown id.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public CertificateFile pdf(long certificateId) {
        CertificateView c = get(certificateId);
        return pdf(c, programs.findById(c.programId()).map(CertificationProgram::getDescription).orElse(""));
    }

    /**
     * Every certificate {@link #forEach} finds, in its order and with its scope (HR and administrators every one,
     * managers their teams' agents'), each with the same PDF as its holder downloads, rendered one at a time as
     * {@code chunk} certificates are read: for a ZIP of a register's certificates.
     *
     * @return how many were handed over
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long forEachPdf(CertificateFilter filter, int chunk,
            java.util.function.BiConsumer<CertificateView, CertificateFile> each) {
        Map<Long, String> descriptions = new java.util.HashMap<>();
        return forEach(filter, chunk, c -> each.accept(c, pdf(c, descriptions.computeIfAbsent(c.programId(),
                id -> programs.findById(id).map(CertificationProgram::getDescription).orElse("")))));
    }

    private CertificateFile pdf(CertificateView c, String description) {
        String formatted = formatCode(c.code());
        byte[] bytes = CertificatePdf.render(new CertificateDocument(c.holderName(), c.programName(), description,
                c.issuedOn(), c.validUntil(), formatted, verifyUrl(c.code()), settings.issuerName()));
        return new CertificateFile("certificate-" + formatted + ".pdf", bytes);
    }

    /** The public verification address of a code, as printed and encoded in the QR code. */
    public String verifyUrl(String canonicalCode) {
        return address.link("verify/" + canonicalCode);
    }

    /**
     * The certificate register for administrators, newest first: all certificates, or those whose holder's name
     * or username contains {@code text}, or whose code is {@code text} (typed in any form).
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public Page<CertificateView> register(String text, Pageable pageable) {
        String query = text.strip();
        Page<Certificate> page;
        if (query.isEmpty()) {
            page = certificates.findNewestFirst(pageable);
        } else {
            List<Long> holders = userAdmin.search(query, true, PageRequest.of(0, 1000)).map(UserSummary::id)
                    .getContent();
            String code = VerificationCode.normalize(query).orElse("-");
            page = certificates.findByHoldersOrCode(holders.isEmpty() ? List.of(-1L) : holders, code, pageable);
        }
        List<CertificateView> views = views(page.getContent());
        return new PageImpl<>(views, pageable, page.getTotalElements());
    }

    /**
     * Certificates for a report, newest first (by id), a page at a time: of the agents of the team chosen, or of
     * everyone the caller may see (HR and administrators everyone, also people no longer active; managers the active
     * agents of the teams they manage).
     *
     * @throws org.springframework.security.access.AccessDeniedException for a team that is not the caller's
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public Page<CertificateView> find(CertificateFilter filter, Pageable pageable) {
        Optional<Specification<Certificate>> spec = spec(filter);
        if (spec.isEmpty()) {
            return Page.empty(pageable);
        }
        Page<Certificate> page = certificates.findAll(spec.get(), PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id")));
        return new PageImpl<>(views(page.getContent()), pageable, page.getTotalElements());
    }

    /** How many certificates {@link #find} finds. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long count(CertificateFilter filter) {
        return spec(filter).map(certificates::count).orElse(0L);
    }

    /**
     * Every certificate {@link #find} finds, in its order, handed to {@code each} {@code chunk} at a time as they are
     * read: each chunk continues after the last id of the one before, so certificates issued meanwhile neither
     * shift nor repeat a row. Each chunk's certificates are let go once handed over (detached from the persistence
     * context, which would otherwise hold every certificate of the register until the transaction ends), so memory
     * stays that of one chunk however large the register; callers get views and never change certificates.
     *
     * @return how many were handed over
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long forEach(CertificateFilter filter, int chunk, java.util.function.Consumer<CertificateView> each) {
        Optional<Specification<Certificate>> spec = spec(filter);
        if (spec.isEmpty()) {
            return 0;
        }
        long count = 0;
        long before = Long.MAX_VALUE;
        while (true) {
            long last = before;
            Specification<Certificate> next = spec.get().and((root, query, cb) -> cb.lessThan(root.get("id"), last));
            List<Certificate> rows = certificates.findBy(next, q -> q.sortBy(Sort.by(Sort.Direction.DESC, "id"))
                    .limit(chunk).all());
            List<CertificateView> views = views(rows);
            rows.forEach(entityManager::detach);
            views.forEach(each);
            count += rows.size();
            if (rows.size() < chunk) {
                return count;
            }
            before = rows.getLast().getId();
        }
    }

    /** The certificates of these users (whom the caller was checked to see), by user, oldest first. */
    Map<Long, List<CertificateView>> ofUsers(Collection<Long> userIds) {
        Map<Long, List<CertificateView>> result = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(userIds);
        int chunk = CertificateRepository.USERS_PER_QUERY;
        for (int from = 0; from < ids.size(); from += chunk) {
            views(certificates.findByUsers(ids.subList(from, Math.min(ids.size(), from + chunk)))).forEach(c ->
                    result.computeIfAbsent(c.userId(), k -> new ArrayList<>()).add(c));
        }
        return result;
    }

    /** The filter as a query; empty when it can find nothing (no holder in scope). */
    private Optional<Specification<Certificate>> spec(CertificateFilter filter) {
        Collection<Long> holders = holders(filter);
        if (holders != null && holders.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return Optional.of((root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (holders != null) {
                where.add(root.get("userId").in(holders));
            }
            if (filter.programId() != null) {
                where.add(cb.equal(root.get("programId"), filter.programId()));
            }
            if (filter.issuedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("issuedOn"), filter.issuedFrom()));
            }
            if (filter.issuedTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("issuedOn"), filter.issuedTo()));
            }
            if (filter.state() != null) {
                jakarta.persistence.criteria.Path<LocalDate> until = root.get("validUntil");
                switch (filter.state()) {
                    case REVOKED -> where.add(cb.isNotNull(root.get("revokedAt")));
                    case EXPIRED -> where.add(cb.and(cb.isNull(root.get("revokedAt")), cb.lessThan(until, today)));
                    case VALID -> where.add(cb.and(cb.isNull(root.get("revokedAt")), cb.or(cb.isNull(until),
                            cb.greaterThanOrEqualTo(until, today))));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        });
    }

    /** The holders a filter may show; null for anyone (HR and administrators, no team or name chosen). */
    private @Nullable Collection<Long> holders(CertificateFilter filter) {
        String holder = filter.holder().toLowerCase(java.util.Locale.ROOT);
        if (filter.teamId() != null) {
            // refused unless the caller may see the team
            return people.agentsOfTeams(Set.of(filter.teamId()), holder).stream().map(TeamMember::userId).toList();
        }
        if (currentUser.hasAnyRole(Roles.HR, Roles.ADMIN)) {
            return holder.isEmpty() ? null : people.idsMatching(holder, MAX_HOLDERS);
        }
        return people.agentsOfVisibleTeams(PageRequest.of(0, MAX_HOLDERS)).stream()
                .filter(u -> holder.isEmpty() || u.displayName().toLowerCase(java.util.Locale.ROOT).contains(holder)
                        || u.username().contains(holder))
                .map(UserSummary::id).toList();
    }

    /** Revokes a certificate with a reason; its verification page then says "revoked". Revoking twice is refused. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public CertificateView revoke(long certificateId, String reason) {
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new ValidationException("Give a reason for revoking the certificate; it is kept with the record.");
        }
        if (why.length() > 500) {
            throw new ValidationException("The reason is too long (at most 500 characters).");
        }
        Certificate certificate = certificates.findById(certificateId)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (certificate.isRevoked()) {
            throw new ValidationException("This certificate was already revoked.");
        }
        Long by = SystemAuthentication.SYSTEM.equals(currentUser.username()) ? null : currentUser.id();
        certificate.revoke(clock.instant(), why, by);
        CertificateView revoked = views(List.of(certificate)).getFirst();
        audit.record(com.certdesk.security.AuditKind.CERTIFICATE_REVOKED, "certificate " + formatCode(revoked.code())
                + " of " + revoked.holderName() + " (" + revoked.programName() + ") revoked: " + why);
        events.publishEvent(new CertificateRevoked(certificate.getId(), certificate.getUserId(),
                certificate.getProgramId(), revoked.programName(),
                java.util.Objects.requireNonNull(certificate.getRevokedAt())));
        return revoked;
    }

    /**
     * The public check of a canonical verification code (see the verification page for normalising what people
     * type). Needs no sign-in and tells only the holder's name, the program, the dates and the status.
     */
    public Verification verify(String canonicalCode) {
        return certificates.findByCode(canonicalCode).map(c -> {
            CertificateView view = SystemAuthentication.callAsSystem(() -> views(List.of(c)).getFirst());
            LocalDate today = LocalDate.now(clock);
            VerificationStatus status = view.revoked() ? VerificationStatus.REVOKED
                    : today.isBefore(view.validFrom()) ? VerificationStatus.NOT_YET_VALID
                    : view.expiredOn(today) ? VerificationStatus.EXPIRED : VerificationStatus.VALID;
            return new Verification(status, formatCode(view.code()), view.holderName(), view.programName(),
                    view.issuedOn(), view.validFrom(), view.validUntil());
        }).orElse(Verification.NOT_FOUND);
    }

    /** A code in groups of four for print and display: {@code 7K3Q-9ZD2-...}. */
    public static String formatCode(String canonical) {
        return VerificationCode.format(canonical);
    }

    private List<CertificateView> views(List<Certificate> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> userIds = new HashSet<>();
        list.forEach(c -> userIds.add(c.getUserId()));
        Map<Long, String> names = people.names(userIds);
        Map<Long, CertificationProgram> programById = programs.findAllById(list.stream()
                .map(Certificate::getProgramId).toList()).stream()
                .collect(Collectors.toMap(CertificationProgram::getId, p -> p));
        return list.stream().map(c -> new CertificateView(c.getId(), c.getUserId(),
                names.getOrDefault(c.getUserId(), "Unknown"), c.getProgramId(),
                programById.containsKey(c.getProgramId()) ? programById.get(c.getProgramId()).getName()
                        : "Unknown program", c.getCode(), c.getIssuedOn(), c.getValidFrom(), c.getValidUntil(),
                c.getRevokedAt(), c.getRevokedReason(),
                c.getValidUntil() == null || !programById.containsKey(c.getProgramId()) ? null
                        : CertificationRules.windowOpens(c.getValidUntil(),
                                programById.get(c.getProgramId()).getWindowDays()))).toList();
    }
}
