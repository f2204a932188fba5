package com.certdesk.feedback;

import com.certdesk.Fixtures;
import com.certdesk.TestClock;
import com.certdesk.security.SystemAuthentication;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark, not a test (not run by {@code ./mvnw verify}): a canonical CSV of {@code BENCH_ROWS} (default
 * 1,000,000) ratings of 200 agents, written to target/bench, through the real reader, check (preview) and import
 * into an H2 file database (as in production, query cache off). Prints the time and rows/s of each step and the
 * peak heap in use (sampled every 10 ms). {@code BENCH_DB_URL} (with {@code SPRING_DATASOURCE_USERNAME}) runs it against
 * another database, e.g. PostgreSQL. Run in a 512 MB JVM:
 * {@code ./mvnw -o test -Dtest=FeedbackImportSpeedBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.jvm=-Xmx512m}
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${BENCH_DB_URL:jdbc:h2:file:./target/bench/import-speed-${random.uuid};QUERY_CACHE_SIZE=0}",
        "logging.level.com.certdesk=warn", "logging.level.com.certdesk.feedback.internal.FeedbackImportService=info"})
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class FeedbackImportSpeedBenchmark {

    private static final int ROWS = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROWS", "1000000"));
    private static final int AGENTS = 200;

    @Autowired
    Fixtures fixtures;
    @Autowired
    FeedbackImports imports;
    @Autowired
    FeedbackFiles files;

    @Test
    void a_million_row_canonical_csv_is_checked_and_imported() throws Exception {
        long team = fixtures.team("Bench");
        String[] agents = new String[AGENTS];
        for (int i = 0; i < AGENTS; i++) {
            agents[i] = Fixtures.unique("bench");
            fixtures.agentWithExternalId("bench", team, agents[i]);
        }
        Path file = Path.of("target/bench/canonical-" + ROWS + ".csv");
        Files.createDirectories(file.getParent());
        write(file, agents);
        List<ImportFile> input = List.of(new ImportFile(file.getFileName().toString(), file));

        System.gc();
        AtomicLong peak = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        var memory = ManagementFactory.getMemoryMXBean();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t0 = System.nanoTime();
        ImportCheck check = SystemAuthentication.callAsSystem(() -> imports.check(FeedbackFormat.CANONICAL_CSV,
                file.getFileName().toString(), files.open(FeedbackFormat.CANONICAL_CSV, FormatMapping.NONE, input),
                ImportProgress.NONE));
        long t1 = System.nanoTime();
        ImportResult result = SystemAuthentication.callAsSystem(() -> imports.confirm(check.batchId(),
                files.open(FeedbackFormat.CANONICAL_CSV, FormatMapping.NONE, input), false, ImportProgress.NONE));
        long t2 = System.nanoTime();
        running.set(false);
        sampler.join();
        double checkS = (t1 - t0) / 1e9;
        double importS = (t2 - t1) / 1e9;
        System.out.printf("%nIMPORT BENCHMARK (%d cores, max heap %d MB, %,d bytes)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, Files.size(file));
        System.out.printf("  check:  %,d rows, %,d problems in %.1f s (%,.0f rows/s)%n", check.rowsRead(),
                check.problemCount(), checkS, check.rowsRead() / checkS);
        System.out.printf("  import: %,d ratings stored in %.1f s (%,.0f rows/s)%n", result.imported(), importS,
                result.imported() / importS);
        System.out.printf("  check + import: %.1f s, %,.0f rows/s (target: under 30 s); peak heap in use %d MB%n",
                checkS + importS, check.rowsRead() / (checkS + importS), peak.get() >> 20);
        if (result.imported() != ROWS || check.problemCount() != 0) {
            throw new AssertionError("expected every row imported: " + result + ", " + check.problemCount());
        }
    }

    private static void write(Path file, String[] agents) throws Exception {
        // a source system of its own per run, so that a run against a kept database (BENCH_DB_URL) finds no duplicates
        String source = Fixtures.unique("bench");
        String[] channels = {"email", "chat", "phone", "web", "social"};
        Instant start = Instant.now().minus(365, ChronoUnit.DAYS);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("source_system,source_record_id,metric,scale_min,scale_max,source_score_raw,score,responded_at,"
                    + "ticket_id,agent_id,agent_email,team_id,channel,survey_id,question_id,comment,reason,language\n");
            for (int i = 0; i < ROWS; i++) {
                String metric;
                String scale;
                int score;
                switch (i % 3) {
                    case 0 -> { metric = "CSAT"; scale = "1,5"; score = 1 + (i * 7) % 5; }
                    case 1 -> { metric = "NPS"; scale = "0,10"; score = (i * 13) % 11; }
                    default -> { metric = "CES"; scale = "1,7"; score = 1 + (i * 11) % 7; }
                }
                Instant at = start.plusSeconds(i * 31L);
                out.write(source + "," + i + "," + metric + "," + scale + "," + score + "," + score + "," + at + ",T" + i
                        + "," + agents[i % agents.length] + ",,," + channels[i % channels.length] + ",s1,q1,"
                        + (i % 9 == 0 ? "\"Helpful, thanks\"" : "") + ",,en\n");
            }
        }
    }
}
