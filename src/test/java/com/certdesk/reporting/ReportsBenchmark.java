package com.certdesk.reporting;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.certdesk.Fixtures;
import com.certdesk.TestClock;
import com.certdesk.certification.CertificateFilter;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.ApiScope;
import com.certdesk.security.ApiTokenService;
import com.certdesk.security.CreatedApiToken;
import com.certdesk.security.NewApiToken;
import com.certdesk.security.SystemAuthentication;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): the database side of the reports and the
 * HR API at contact-centre size. The demo organization at benchmark size (25 teams of 200 agents, one manager each,
 * the demo's four programs, learning progress, quiz attempts, assignments and certificates), plus the certificates
 * of earlier cycles that a contact centre carries after some years (see {@link #ensureHistory}): up to
 * {@value #TARGET} certificates in all (96,130 with the default seed), in an H2 file database
 * {@code target/bench/reports-5k} ({@code QUERY_CACHE_SIZE=0}) built
 * once and reused (delete it to start over). Measures, as HR:
 * <ol>
 * <li>the certificate register: count, the first preview page, and the full CSV and XLSX export through
 * {@link CertificateRegisterReport#export} (bytes counted, not kept) with the peak heap in use sampled every 20 ms;
 * <li>the progress report (20,000 rows) and the module progress report: rows, and rows written as CSV;
 * <li>the HR API through the real filter chain with a {@code reports:read} token: the first page of each list
 * (limit 100 and 1000) on a cold change feed (the first sync: everything derived and stored) and warm (a second
 * listing, nothing changed: everything derived and compared), and paging through all certificates 1,000 at a time.
 * </ol>
 * Each after a warm-up, median of {@code BENCH_ROUNDS} (default 5); SQL statements counted at the JDBC connection
 * (prepared statements executed, batches once; the scheduled jobs of the application may add a few).
 *
 * <p>Run: {@code ./mvnw -o test -Dtest=ReportsBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (the first run
 * builds the data: about 12 minutes on 2 cores); one part: {@code -Dtest='ReportsBenchmark#certificate_register'}
 * ({@code progress_reports}, {@code hr_api}), the register in a small heap with {@code -Dbench.jvm=-Xmx256m}.
 * {@code BENCH_API_LISTS=certificates} measures only those lists of the HR API. {@code BENCH_DB_URL} for another
 * database.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${BENCH_DB_URL:jdbc:h2:file:./target/bench/reports-5k;QUERY_CACHE_SIZE=0}",
        "certdesk.demo.enabled=true", "certdesk.demo.teams=25", "certdesk.demo.agents=5000",
        "certdesk.demo.feedback.enabled=false", "certdesk.demo.engagement.enabled=false",
        "certdesk.api.refresh-interval=0s", "logging.level.com.certdesk=warn"})
@ActiveProfiles("test")
@Import({TestClock.Config.class, ReportsBenchmark.StatementCounting.class})
class ReportsBenchmark {

    /** Certificates in the benchmark organization, the demo's and the earlier cycles' together. */
    static final int TARGET = Integer.parseInt(System.getenv().getOrDefault("BENCH_CERTIFICATES", "100000"));
    private static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "5"));
    private static final long SEED = 20261203;
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificateRegisterReport register;
    @Autowired
    ProgressReport progress;
    @Autowired
    ModuleProgressReport modules;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    WebApplicationContext context;

    /** Collects the figures of one part, printing each as it comes and all of them again at the end. */
    private final List<String> lines = new ArrayList<>() {
        @Override
        public boolean add(String line) {
            System.out.println(line);
            return super.add(line);
        }
    };

    private void header(String part) {
        ensureHistory();
        Runtime rt = Runtime.getRuntime();
        lines.add(String.format(Locale.ROOT, "Reports benchmark, %s: %,d agents, %,d certificates, %d programs; max "
                + "heap %d MB, %d cores; median of %d after a warm-up", LocalDate.now(clock),
                jdbc.queryForObject("select count(*) from user_role where role = 'AGENT'", Long.class),
                jdbc.queryForObject("select count(*) from certificate", Long.class),
                jdbc.queryForObject("select count(*) from cert_program", Long.class), rt.maxMemory() >> 20,
                rt.availableProcessors(), ROUNDS));
        lines.add(part);
    }

    @AfterEach
    void summary() {
        fixtures.signOut();
        System.out.println();
        System.out.println("--- summary");
        lines.forEach(System.out::println);
        System.out.println();
    }

    @Test
    void certificate_register() throws Exception {
        header("1. Certificate register (as HR, all certificates; a manager's team)");
        fixtures.signIn("hr");
        lines.add(measure("count", () -> register.count(CertificateFilter.ALL)));
        lines.add(measure("first page of 50", () -> register.page(CertificateFilter.ALL, PageRequest.of(0, 50))
                .getTotalElements()));
        lines.add(export("CSV export", ExportFormat.CSV, ROUNDS));
        lines.add(export("XLSX export", ExportFormat.XLSX, Math.min(ROUNDS, 3)));
        fixtures.signIn("manager");
        TeamSummary team = register.teams().getFirst();
        CertificateFilter teamFilter = new CertificateFilter(team.id(), null, null, null, null, "");
        lines.add(measure("manager, one team: count", () -> register.count(teamFilter)));
        lines.add(measure("manager, one team: first page of 50", () -> register.page(teamFilter,
                PageRequest.of(0, 50)).getTotalElements()));
    }

    @Test
    void progress_reports() {
        header("2. Progress reports (as HR, all teams, all programs or modules)");
        fixtures.signIn("hr");
        lines.add(measure("progress: rows", () -> (long) progress.rows(ProgressFilter.ALL).size()));
        lines.add(measure("progress: CSV export", () -> progress.export(ProgressFilter.ALL, ExportFormat.CSV,
                new BenchmarkMeters.Counting())));
        var everyModule = new ModuleProgressReport.Filter(null, null, null, null, null, "");
        lines.add(measure("module progress: rows", () -> (long) modules.rows(everyModule).size()));
        lines.add(measure("module progress: CSV export", () -> modules.export(everyModule, ExportFormat.CSV,
                new BenchmarkMeters.Counting())));
    }

    @Test
    void hr_api() {
        header("3. HR API (MockMvc through the security filter chain, reports:read token)");
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        CreatedApiToken token = SystemAuthentication.callAsSystem(() -> tokens.create(new NewApiToken(
                "Benchmark " + System.nanoTime(), Set.of(ApiScope.REPORTS_READ), tokens.defaultValidUntil())));
        Api api = new Api(mvc, token.secret());
        for (String resource : System.getenv().getOrDefault("BENCH_API_LISTS", "people,progress,certificates")
                .split(",")) {
            for (int limit : new int[] {100, 1000}) {
                forget(resource);
                lines.add(once(resource + " first page, limit " + limit + ", cold", () -> api.first(resource, limit)));
            }
            for (int limit : new int[] {100, 1000}) {
                lines.add(measure(resource + " first page, limit " + limit + ", warm", () -> api.first(resource,
                        limit)));
            }
        }
        lines.add(measure("certificates, every page of 1000", () -> api.all("certificates", 1000)));
    }

    // ---- measuring

    private String measure(String label, Supplier<Long> call) {
        call.get();
        return rounds(label, call, ROUNDS);
    }

    private String once(String label, Supplier<Long> call) {
        return rounds(label, call, 1);
    }

    private String rounds(String label, Supplier<Long> call, int rounds) {
        double[] ms = new double[rounds];
        long result = 0;
        long statements = 0;
        for (int i = 0; i < rounds; i++) {
            long before = StatementCounting.COUNT.get();
            long t = System.nanoTime();
            result = call.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
            statements = StatementCounting.COUNT.get() - before;
        }
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "   %-44s %9.1f ms  (%.1f-%.1f)  %,9d rows/items  %,6d SQL", label,
                ms[rounds / 2], ms[0], ms[rounds - 1], result, statements);
    }

    private String export(String label, ExportFormat format, int rounds) throws InterruptedException {
        register.export(CertificateFilter.ALL, format, new BenchmarkMeters.Counting());
        double[] ms = new double[rounds];
        long peak = 0;
        long bytes = 0;
        long rows = 0;
        long statements = 0;
        for (int i = 0; i < rounds; i++) {
            try (var heap = new BenchmarkMeters.HeapPeak()) {
                var out = new BenchmarkMeters.Counting();
                long before = StatementCounting.COUNT.get();
                long t = System.nanoTime();
                rows = register.export(CertificateFilter.ALL, format, out);
                ms[i] = (System.nanoTime() - t) / 1e6;
                statements = StatementCounting.COUNT.get() - before;
                peak = Math.max(peak, heap.peak());
                bytes = out.bytes;
            }
        }
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "   %-44s %9.1f ms  (%.1f-%.1f)  %,9d rows/items  %,6d SQL  %.1f MB, peak "
                + "heap in use %d MB", label, ms[rounds / 2], ms[0], ms[rounds - 1], rows, statements, bytes / 1e6,
                peak >> 20);
    }

    /** Counts bytes and forgets them. */
    /** The HR API as a client calls it. */
    private record Api(MockMvc mvc, String secret) {

        JsonNode page(String resource, String query) {
            try {
                MockHttpServletResponse response = mvc.perform(get("/api/v1/" + resource + "?" + query)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)).andReturn().getResponse();
                if (response.getStatus() != 200) {
                    throw new IllegalStateException(resource + " answered " + response.getStatus() + ": "
                            + response.getContentAsString());
                }
                return JSON.readTree(response.getContentAsString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        long first(String resource, int limit) {
            return page(resource, "limit=" + limit).get("items").size();
        }

        long all(String resource, int limit) {
            long items = 0;
            String query = "limit=" + limit;
            while (true) {
                JsonNode page = page(resource, query);
                items += page.get("items").size();
                if (page.get("next").isNull()) {
                    return items;
                }
                query = "limit=" + limit + "&cursor=" + page.get("next").asString();
            }
        }
    }

    /** A cold change feed: what a first sync finds (nothing served yet). */
    private void forget(String resource) {
        tx.executeWithoutResult(s -> {
            jdbc.update("delete from api_sync_item where resource = ?", resource);
            jdbc.update("update api_sync_resource set refreshed_at = null where resource = ?", resource);
        });
    }

    // ---- the data

    private record Program(long id, @Nullable Integer months, int windowDays) {
    }

    /** The first certificate the demo gave an agent in a program (null: none), and how many it gave. */
    private record Existing(LocalDate firstIssued, int count) {
    }

    private record Historic(long userId, long programId, LocalDate issuedOn, LocalDate validFrom,
            @Nullable LocalDate validUntil, boolean revoked) {
    }

    /**
     * Adds the certificates of earlier cycles, unless the database holds {@value #TARGET} already: for every agent
     * a tenure of 5 to 12 years and, in each program that expires, the chain of certificates from then until the
     * first one the demo gave them (or, for those it gave none, until one that lapsed 2 weeks to 7 months ago):
     * mostly renewed inside the recertification window (valid from the day after the one before ran out), some
     * lapsed and recertified 10 to 90 days later; 1 % revoked. In the program that never expires, one agent in ten
     * holds an earlier certificate revoked as issued in error. The oldest are dropped to meet {@value #TARGET}.
     * Every one of them ended before the demo's certificates begin (so none is valid today, as the demo's rules
     * want), and they take the first sequence numbers of their agent and program, as the issuer numbers them.
     * Inserted by JDBC batches in the columns the issuer writes (code: 20 Crockford Base32 characters; a salt).
     */
    private void ensureHistory() {
        long have = jdbc.queryForObject("select count(*) from certificate", Long.class);
        if (have >= TARGET * 0.95) {
            System.out.printf("Benchmark data: %,d certificates already stored%n", have);
            return;
        }
        long started = System.nanoTime();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        List<Program> programs = jdbc.query("select id, validity_months, window_days from cert_program order by id",
                (rs, n) -> new Program(rs.getLong(1), (Integer) rs.getObject(2), rs.getInt(3)));
        Map<String, Existing> existing = new HashMap<>();
        jdbc.query("select user_id, program_id, min(issued_on), count(*) from certificate group by user_id, "
                + "program_id", rs -> {
                    existing.put(rs.getLong(1) + ":" + rs.getLong(2), new Existing(rs.getDate(3).toLocalDate(),
                            rs.getInt(4)));
                });
        List<Long> agents = jdbc.queryForList("select u.id from app_user u join user_role r on r.user_id = u.id "
                + "where r.role = 'AGENT' order by u.id", Long.class);
        long admin = jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
        List<Historic> history = new ArrayList<>();
        for (long agent : agents) {
            Random random = new Random(SEED * 31 + agent);
            LocalDate since = today.minusYears(5).minusDays(random.nextInt(7 * 365));
            for (Program program : programs) {
                Existing first = existing.get(agent + ":" + program.id());
                if (program.months() == null) {
                    if (random.nextInt(10) == 0) {
                        LocalDate issued = (first == null ? today : first.firstIssued()).minusDays(
                                30 + random.nextInt(700));
                        history.add(new Historic(agent, program.id(), issued, issued, null, true));
                    }
                    continue;
                }
                LocalDate end = first != null ? first.firstIssued() : today.minusDays(15 + random.nextInt(200));
                List<Historic> chain = new ArrayList<>();
                LocalDate from = since;
                LocalDate issued = since;
                while (true) {
                    LocalDate until = from.plusMonths(program.months()).minusDays(1);
                    if (!until.isBefore(end) || !issued.isBefore(end)) {
                        break;
                    }
                    chain.add(new Historic(agent, program.id(), issued, from, until, random.nextInt(100) == 0));
                    if (random.nextInt(10) < 7) {
                        // renewed inside the window: from the day after the old one ran out
                        issued = until.minusDays(random.nextInt(Math.max(1, program.windowDays())));
                        from = until.plusDays(1);
                    } else {
                        issued = until.plusDays(10 + random.nextInt(81));
                        from = issued;
                    }
                }
                history.addAll(chain);
            }
        }
        long room = TARGET - have;
        if (history.size() > room) {
            history.sort(Comparator.comparing(Historic::issuedOn));
            history = new ArrayList<>(history.subList((int) (history.size() - room), history.size()));
        }
        Map<String, List<Historic>> byPair = new HashMap<>();
        history.forEach(h -> byPair.computeIfAbsent(h.userId() + ":" + h.programId(), k -> new ArrayList<>()).add(h));
        Random codes = new Random(SEED);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> shifts = new ArrayList<>();
        byPair.forEach((pair, list) -> {
            list.sort(Comparator.comparing(Historic::issuedOn));
            int seq = 0;
            for (Historic h : list) {
                char[] code = new char[20];
                for (int i = 0; i < code.length; i++) {
                    code[i] = CROCKFORD.charAt(codes.nextInt(CROCKFORD.length()));
                }
                byte[] salt = new byte[16];
                codes.nextBytes(salt);
                Timestamp issuedAt = Timestamp.from(h.issuedOn().atTime(9, 0).atZone(zone).toInstant());
                inserts.add(new Object[] {h.userId(), h.programId(), ++seq, new String(code), issuedAt,
                    Date.valueOf(h.issuedOn()), Date.valueOf(h.validFrom()), h.validUntil() == null ? null
                        : Date.valueOf(h.validUntil()), HexFormat.of().formatHex(salt), h.revoked()
                        ? Timestamp.from(h.issuedOn().plusDays(20).atTime(11, 0).atZone(zone).toInstant()) : null,
                    h.revoked() ? "Issued in error: the quiz results were entered twice." : null,
                    h.revoked() ? admin : null});
            }
            if (existing.containsKey(pair)) {
                shifts.add(new Object[] {seq - 1000, list.getFirst().userId(), list.getFirst().programId()});
            }
        });
        tx.executeWithoutResult(s -> {
            // the demo's certificates follow the earlier ones: out of the way first, then after them
            jdbc.update("update certificate set seq = seq + 1000");
            jdbc.batchUpdate("update certificate set seq = seq + ? where user_id = ? and program_id = ?", shifts);
            jdbc.update("update certificate set seq = seq - 1000 where seq > 1000");
            for (int from = 0; from < inserts.size(); from += 1000) {
                jdbc.batchUpdate("insert into certificate (user_id, program_id, seq, code, issued_at, issued_on, "
                        + "valid_from, valid_until, badge_salt, revoked_at, revoked_reason, revoked_by) values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts.subList(from, Math.min(inserts.size(),
                        from + 1000)));
            }
        });
        System.out.printf("Benchmark data: %,d certificates of earlier cycles added to the demo's %,d by JDBC batches "
                + "in %.1f s%n", inserts.size(), have, (System.nanoTime() - started) / 1e9);
    }

    // ---- counting SQL statements

    /** Wraps the application's data source so that every statement executed is counted (batches once). */
    @TestConfiguration(proxyBeanMethods = false)
    static class StatementCounting {

        static final AtomicLong COUNT = new AtomicLong();

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource ds) {
                        return proxy(DataSource.class, ds, (m, result) -> result instanceof Connection c
                                ? proxy(Connection.class, c, (m2, r2) -> r2 instanceof Statement st
                                        ? proxy(interfaceOf(st), st, (m3, r3) -> {
                                            if (m3.startsWith("execute")) {
                                                COUNT.incrementAndGet();
                                            }
                                            return r3;
                                        }) : r2)
                                : result);
                    }
                    return bean;
                }
            };
        }

        private static Class<? extends Statement> interfaceOf(Statement statement) {
            if (statement instanceof java.sql.CallableStatement) {
                return java.sql.CallableStatement.class;
            }
            return statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class
                    : Statement.class;
        }

        private interface After {
            Object apply(String method, Object result);
        }

        private static Object proxy(Class<?> type, Object target, After after) {
            InvocationHandler handler = (p, method, args) -> {
                if (method.getName().equals("equals") && args != null && args.length == 1) {
                    return p == args[0];
                }
                if (method.getName().equals("hashCode") && args == null) {
                    return System.identityHashCode(p);
                }
                if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c
                        && c.isInstance(target)) {
                    return target;
                }
                try {
                    Object result = method.invoke(target, args);
                    return after.apply(method.getName(), result);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return Proxy.newProxyInstance(ReportsBenchmark.class.getClassLoader(), new Class<?>[] {type},
                    handler);
        }
    }
}
