package com.certdesk.certification.internal;

import com.certdesk.base.PublicAddress;
import com.certdesk.certification.CertificationSettings;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.security.SystemAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Publishes certificates as Open Badges 2.0 hosted assertions: the issuer profile, one badge class per program and
 * one assertion per certificate, at stable public URLs. The recipient is the holder's email, salted and hashed, so
 * the assertion reveals nobody's address. A revoked certificate answers with the spec's revocation document.
 */
@Component
@Transactional(readOnly = true)
public class BadgePublisher {

    /** The reason published for a revoked assertion; the administrator's own reason stays internal. */
    static final String PUBLIC_REVOCATION_REASON = "Revoked by the issuer";

    private final OpenBadges badges;
    private final ProgramRepository programs;
    private final CertificateRepository certificates;
    private final PeopleDirectory people;
    private final CertificationSettings settings;
    private final Clock clock;
    private final PublicAddress address;
    private final Map<Long, byte[]> images = new ConcurrentHashMap<>();

    BadgePublisher(ObjectMapper json, ProgramRepository programs, CertificateRepository certificates,
            PeopleDirectory people, CertificationSettings settings, Clock clock,
            PublicAddress address) {
        this.badges = new OpenBadges(address, json);
        this.programs = programs;
        this.certificates = certificates;
        this.people = people;
        this.settings = settings;
        this.clock = clock;
        this.address = address;
    }

    /** A published document: HTTP status (200, or 410 for a revoked assertion) and JSON-LD. */
    public record Published(int status, String json) {
    }

    public String issuer() {
        return badges.issuer(settings.issuerName(), address.baseUrl(), settings.issuerEmail());
    }

    public Optional<String> badgeClass(long programId) {
        return programs.findById(programId).map(p -> badges.badgeClass(p.getId(), p.getName(),
                p.getDescription().isBlank() ? p.getName() : p.getDescription(), criteria(p)));
    }

    public Optional<byte[]> image(long programId) {
        return programs.findById(programId)
                .map(p -> images.computeIfAbsent(p.getId(), id -> badges.badgeImage(p.getName())));
    }

    public Optional<Published> assertion(String canonicalCode) {
        return certificates.findByCode(canonicalCode).map(c -> {
            if (c.isRevoked()) {
                return new Published(410, badges.revokedAssertion(c.getCode(), PUBLIC_REVOCATION_REASON));
            }
            String email = SystemAuthentication.callAsSystem(() -> people.person(c.getUserId()).email());
            Instant expires = c.getValidUntil() == null ? null
                    : c.getValidUntil().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            return new Published(200, badges.assertion(c.getCode(), c.getProgramId(), email, c.getBadgeSalt(),
                    c.getIssuedAt(), expires));
        });
    }

    public String assertionUrl(String canonicalCode) {
        return badges.assertionUrl(canonicalCode);
    }

    private static String criteria(CertificationProgram program) {
        String validity = program.getValidityMonths() == null ? "The certificate does not expire."
                : "The certificate is valid for " + program.getValidityMonths() + " months.";
        String score = program.getMinScore() == null ? "" : " Each quiz must be passed with at least "
                + program.getMinScore() + " %.";
        return "Complete every lesson of the program's " + program.getModuleIds().size()
                + " required modules and pass each module's quiz." + score + " " + validity;
    }
}
