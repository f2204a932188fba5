package com.certdesk.certification;

import com.certdesk.Fixtures;
import com.certdesk.TestClock;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.catalog.ModuleStatus;
import com.certdesk.certification.internal.Assignment;
import com.certdesk.certification.internal.AssignmentRepository;
import com.certdesk.certification.internal.Certificate;
import com.certdesk.certification.internal.CertificateRepository;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.PersonRef;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.SystemAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): one manager of {@code BENCH_AGENTS}
 * (default 200) agents in {@code BENCH_TEAMS} (default 4) teams, {@code BENCH_PROGRAMS} (default 20) programs over
 * the demo curriculum, certificates for about a third of the cells (certified, expiring, expired), team
 * assignments of half the programs (some overdue) and the demo's real learning progress and quiz attempts, on an
 * H2 file database like a real installation. Prints p50/p95 of what the matrix page asks for: the first page of 50
 * rows and the status counts.
 *
 * <p>Run: {@code ./mvnw -o test -Dtest=CertificationMatrixBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${BENCH_DB_URL:jdbc:h2:file:./target/bench/matrix-${random.uuid};QUERY_CACHE_SIZE=0}",
        "certdesk.demo.enabled=true", "certdesk.demo.teams=${BENCH_TEAMS:4}", "certdesk.demo.agents=${BENCH_AGENTS:200}",
        "logging.level.com.certdesk=warn"})
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class CertificationMatrixBenchmark {

    private static final int PROGRAMS = Integer.parseInt(System.getenv().getOrDefault("BENCH_PROGRAMS", "20"));
    private static final int WARM_UP = 30;
    private static final int ROUNDS = 200;

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    CertificationMatrixService matrix;
    @Autowired
    ProgramService programs;
    @Autowired
    ModuleDirectory modules;
    @Autowired
    TeamService teams;
    @Autowired
    PeopleDirectory people;
    @Autowired
    CertificateRepository certificates;
    @Autowired
    AssignmentRepository assignments;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    @Test
    void manager_of_many_agents_opens_the_matrix() {
        long managerId = SystemAuthentication.callAsSystem(() -> people.idOf("manager").orElseThrow());
        List<TeamSummary> all = SystemAuthentication.callAsSystem(teams::visibleTeams);
        SystemAuthentication.runAsSystem(() -> all.forEach(t -> {
            Set<Long> managers = t.managers().stream().map(PersonRef::id).collect(Collectors.toCollection(HashSet::new));
            managers.add(managerId);
            teams.update(t.id(), t.version(), t.name(), managers);
        }));
        List<Long> programIds = createPrograms();
        List<Long> agentIds = SystemAuthentication.callAsSystem(people::activeAgentIds);
        int certificateCount = createCertificates(agentIds, programIds);
        createAssignments(all, programIds);

        fixtures.signIn("manager");
        long rows = matrix.rows(MatrixFilter.ALL, PageRequest.of(0, 50)).getTotalElements();
        Map<CertStatus, Long> counts = matrix.counts(MatrixFilter.ALL);
        System.out.printf("%nMatrix benchmark: manager of %d agents in %d teams, %d programs, %d certificates%n",
                rows, all.size(), programIds.size(), certificateCount);
        System.out.println("  counts: " + counts);

        var page = new Samples();
        var count = new Samples();
        var both = new Samples();
        var overdue = new Samples();
        var filtered = new Samples();
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            boolean measure = i >= WARM_UP;
            long t0 = System.nanoTime();
            time(page, measure, () -> matrix.rows(MatrixFilter.ALL, PageRequest.of(0, 50)));
            time(count, measure, () -> matrix.counts(MatrixFilter.ALL));
            if (measure) {
                both.add(System.nanoTime() - t0);
            }
            time(filtered, measure, () -> matrix.rows(MatrixFilter.ALL.withStatus(CertStatus.OVERDUE),
                    PageRequest.of(0, 50)));
            time(overdue, measure, () -> matrix.overdue(null));
        }
        fixtures.signOut();
        page.print("rows, first page of 50");
        count.print("counts");
        both.print("rows + counts");
        filtered.print("rows, status = overdue");
        overdue.print("overdue list");
    }

    private static void time(Samples samples, boolean measure, Supplier<?> call) {
        long t = System.nanoTime();
        call.get();
        if (measure) {
            samples.add(System.nanoTime() - t);
        }
    }

    private List<Long> createPrograms() {
        List<Long> moduleIds = SystemAuthentication.callAsSystem(modules::all).stream()
                .filter(m -> m.status() == ModuleStatus.PUBLISHED).map(ModuleRef::id).toList();
        var random = new Random(7);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < PROGRAMS; i++) {
            int n = 1 + random.nextInt(3);
            List<Long> required = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                required.add(moduleIds.get((i + k * 3) % moduleIds.size()));
            }
            ids.add(certs.program("Benchmark program " + i, 12, 30, null, required.toArray(Long[]::new)).id());
        }
        return ids;
    }

    private int createCertificates(List<Long> agentIds, List<Long> programIds) {
        var random = new Random(11);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Certificate> batch = new ArrayList<>();
        for (long agent : agentIds) {
            for (long program : programIds) {
                if (random.nextInt(3) != 0) {
                    continue;
                }
                LocalDate from = today.minusDays(random.nextInt(450));
                char[] code = new char[20];
                Arrays.fill(code, '0');
                String serial = Long.toString(agent * 1000 + program, 32).toUpperCase();
                System.arraycopy(serial.toCharArray(), 0, code, 20 - serial.length(), serial.length());
                batch.add(new Certificate(agent, program, 1, new String(code), now, from, from,
                        from.plusMonths(12).minusDays(1), "bench"));
            }
        }
        tx.executeWithoutResult(s -> certificates.saveAll(batch));
        return batch.size();
    }

    private void createAssignments(List<TeamSummary> all, List<Long> programIds) {
        var random = new Random(13);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Assignment> batch = new ArrayList<>();
        for (TeamSummary team : all) {
            for (long program : programIds.subList(0, programIds.size() / 2)) {
                batch.add(new Assignment(AssignmentKind.PROGRAM, program, team.id(), null,
                        today.plusDays(random.nextInt(90) - 30), null, now));
            }
        }
        tx.executeWithoutResult(s -> assignments.saveAll(batch));
    }

    static final class Samples {

        private final List<Long> nanos = new ArrayList<>();

        void add(long value) {
            nanos.add(value);
        }

        void print(String label) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  %-24s n=%d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", label, sorted.length,
                    at(sorted, 0.50), at(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
        }

        private static double at(long[] sorted, double quantile) {
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
        }
    }
}
