package com.certdesk.insight.internal;

import com.certdesk.base.OrganizationTime;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.security.SystemAuthentication;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The benchmark data generator (benchmarks only, never the normal test suite): on top of the demo organization at
 * benchmark size (25 teams of 200 agents, one manager each: {@code certdesk.demo.teams=25},
 * {@code certdesk.demo.agents=5000}), {@code RATINGS} (2,000,000) ratings over the last 12 months from the same
 * {@link FeedbackSimulation} as the demo, stored through {@link FeedbackImports#store} in batches of 5,000; and a
 * canonical CSV of {@code CSV_ROWS} (1,000,000) further ratings of the same agents for the import benchmark. Deterministic
 * (seed {@value #SEED}); both are made once and reused (the database file and the CSV stay under target/bench).
 */
final class BenchmarkData {

    /** 2,000,000 unless {@code BENCH_RATINGS} says otherwise (a smaller run for a quick look). */
    static final long RATINGS = Long.parseLong(System.getenv().getOrDefault("BENCH_RATINGS", "2000000"));
    static final long CSV_ROWS = Long.parseLong(System.getenv().getOrDefault("BENCH_CSV_ROWS", "1000000"));
    static final long SEED = 20261201;
    /** Ratings per agent and average weekday that give just over {@code RATINGS} for 5,000 agents in a year. */
    static final double RATE = 1.40 * RATINGS / 2_000_000;
    static final String DB_URL = "jdbc:h2:file:./target/bench/feedback-2m;QUERY_CACHE_SIZE=0";

    private BenchmarkData() {
    }

    /** Stores the benchmark ratings unless they are there already; returns how many the database holds. */
    static long ensureRatings(DemoFeedback demo, FeedbackImports imports, OrganizationTime time) {
        return SystemAuthentication.callAsSystem(() -> {
            long stored = storedDemoRatings(imports);
            if (stored > 0) {
                System.out.printf("Benchmark data: %,d ratings already stored%n", stored);
                return stored;
            }
            long started = System.nanoTime();
            List<FeedbackSimulation.Agent> agents = demo.agents();
            long agentsTook = System.nanoTime() - started;
            long count = demo.store(settings(time, "bench-", RATE), agents, RATINGS);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Benchmark data: %,d ratings for %,d agents stored through FeedbackImports.store in "
                    + "%.1f s (%.1f s reading agents and certificates), %,.0f ratings/s%n", count, agents.size(),
                    seconds, agentsTook / 1e9, count / (seconds - agentsTook / 1e9));
            return count;
        });
    }

    static long storedDemoRatings(FeedbackImports imports) {
        long stored = 0;
        for (int page = 0; ; page++) {
            var batches = imports.batches(PageRequest.of(page, 500));
            stored += batches.stream().filter(b -> b.origin() == BatchOrigin.DEMO).mapToLong(b -> b.imported()).sum();
            if (!batches.hasNext()) {
                return stored;
            }
        }
    }

    static FeedbackSimulation.Settings settings(OrganizationTime time, String prefix, double rate) {
        LocalDate today = time.today();
        return new FeedbackSimulation.Settings(SEED, today.minusMonths(12), today, time.zone(), rate, 0.04, prefix);
    }

    /**
     * Writes {@code rows} canonical CSV rows (FEEDBACK_FORMAT.md v1) of these agents to {@code file}, unless it exists
     * already with that many rows: other ratings than the stored ones (their own record ids, another seed).
     */
    static Path ensureCsv(Path file, List<FeedbackSimulation.Agent> agents, OrganizationTime time, long rows) {
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            var settings = new FeedbackSimulation.Settings(SEED + 1, time.today().minusMonths(12), time.today(),
                    time.zone(), rows * 1.05 / (agents.size() * 365 * 0.88 * 0.9), 0.04, "csv-");
            var simulation = new FeedbackSimulation(settings, FeedbackSimulation.loadComments());
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                var csv = new CanonicalCsvWriter(out);
                long[] written = {0};
                for (FeedbackSimulation.Agent agent : agents) {
                    if (written[0] >= rows) {
                        break;
                    }
                    simulation.generate(agent, r -> {
                        if (written[0] < rows) {
                            csv.accept(r);
                            written[0]++;
                        }
                    });
                }
                if (written[0] < rows) {
                    throw new IllegalStateException("the simulation gave only " + written[0] + " rows");
                }
            }
            Files.move(partial, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Canonical CSV v1 rows, RFC 4180 quoting. */
    static final class CanonicalCsvWriter implements Consumer<com.certdesk.feedback.RatingInput> {
        static final String HEADER = "source_system,source_record_id,metric,scale_min,scale_max,source_score_raw,"
                + "score,responded_at,ticket_id,agent_id,agent_email,team_id,channel,survey_id,question_id,comment,"
                + "reason,language";
        private final BufferedWriter out;

        CanonicalCsvWriter(BufferedWriter out) throws IOException {
            this.out = out;
            out.write(HEADER);
            out.write("\r\n");
        }

        @Override
        public void accept(com.certdesk.feedback.RatingInput r) {
            try {
                String[] cells = {r.sourceSystem(), r.sourceRecordId(), r.metric().name(),
                    Integer.toString(r.scaleMin()), Integer.toString(r.scaleMax()), r.sourceScoreRaw(),
                    r.score() == null ? null : r.score().toString(), r.respondedAt().toString(), r.ticketId(),
                    r.agentId(), r.agentEmail(), r.teamId(), r.channel(), r.surveyId(), r.questionId(), r.comment(),
                    r.reason(), r.language()};
                for (int i = 0; i < cells.length; i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(quote(cells[i]));
                }
                out.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String quote(@Nullable String cell) {
            if (cell == null) {
                return "";
            }
            if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
                return cell;
            }
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
    }
}
