package com.certdesk.certification;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.StaleEditException;
import com.certdesk.base.ValidationException;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.certification.internal.CertificationProgram;
import com.certdesk.certification.internal.ProgramRepository;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Certification programs: administrators define them; everyone signed in can read them. */
@Service
@Transactional(readOnly = true)
public class ProgramService {

    static final String NOT_FOUND = "This certification program does not exist. It may have been removed.";

    private final ProgramRepository programs;
    private final ModuleDirectory modules;
    private final Clock clock;

    private final com.certdesk.security.AuditLog audit;

    ProgramService(ProgramRepository programs, ModuleDirectory modules, Clock clock, com.certdesk.security.AuditLog audit) {
        this.audit = audit;
        this.programs = programs;
        this.modules = modules;
        this.clock = clock;
    }

    /** Every program, archived ones included, by name. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<ProgramSummary> all() {
        return summaries(programs.findAllByName());
    }

    /** Programs that can be assigned and earned. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<ProgramSummary> active() {
        return summaries(programs.findActiveByName());
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    public ProgramSummary get(long id) {
        return summaries(List.of(find(id))).getFirst();
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public ProgramSummary create(ProgramDraft draft) {
        check(draft);
        if (programs.existsByNameIgnoreCase(draft.name())) {
            throw new ValidationException(nameTaken(draft));
        }
        var program = new CertificationProgram(draft.name(), draft.description(), clock.instant());
        apply(program, draft);
        ProgramSummary created = summaries(List.of(programs.save(program))).getFirst();
        audit.record(com.certdesk.security.AuditKind.CONTENT_CHANGED, "program '" + created.name() + "' created");
        return created;
    }

    /** Saves changes; refused when someone else saved the program since {@code expectedVersion} was read. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public ProgramSummary update(long id, long expectedVersion, ProgramDraft draft) {
        check(draft);
        CertificationProgram program = find(id);
        String what = "the program “" + program.getName() + "”";
        StaleEditException.check(what, expectedVersion, program.getVersion());
        if (programs.existsByNameIgnoreCaseAndIdNot(draft.name(), id)) {
            throw new ValidationException(nameTaken(draft));
        }
        apply(program, draft);
        ProgramSummary saved = summaries(List.of(StaleEditException.guard(what, () -> programs.saveAndFlush(program))))
                .getFirst();
        audit.record(com.certdesk.security.AuditKind.CONTENT_CHANGED, "program '" + saved.name() + "' changed");
        return saved;
    }

    /** Archived programs are no longer assigned or issued; certificates already earned stay valid. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public ProgramSummary setActive(long id, boolean active) {
        CertificationProgram program = find(id);
        program.setActive(active);
        audit.record(com.certdesk.security.AuditKind.CONTENT_CHANGED, "program '" + program.getName() + "' "
                + (active ? "reactivated" : "archived"));
        return summaries(List.of(program)).getFirst();
    }

    private static String nameTaken(ProgramDraft draft) {
        return "There is already a program called \"" + draft.name() + "\".";
    }

    private void check(ProgramDraft draft) {
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(String.join(" ", problems));
        }
        for (long moduleId : draft.moduleIds()) {
            if (modules.find(moduleId).isEmpty()) {
                throw new ValidationException("Module " + moduleId + " does not exist. It may have been removed.");
            }
        }
    }

    private static void apply(CertificationProgram program, ProgramDraft draft) {
        program.update(draft.name(), draft.description(), draft.moduleIds(), draft.validityMonths(),
                draft.windowDays(), draft.minScore());
    }

    private CertificationProgram find(long id) {
        return programs.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private List<ProgramSummary> summaries(List<CertificationProgram> list) {
        Map<Long, ModuleRef> byId = modules.all().stream()
                .collect(Collectors.toMap(ModuleRef::id, Function.identity()));
        return list.stream().map(p -> new ProgramSummary(p.getId(), p.getName(), p.getDescription(),
                p.getModuleIds().stream().map(byId::get).filter(Objects::nonNull).toList(), p.getValidityMonths(),
                p.getWindowDays(), p.getMinScore(), p.isActive(), p.getVersion())).toList();
    }
}
