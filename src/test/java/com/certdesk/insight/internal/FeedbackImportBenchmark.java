package com.certdesk.insight.internal;

import com.certdesk.Fixtures;
import com.certdesk.TestClock;
import com.certdesk.base.OrganizationTime;
import com.certdesk.feedback.FeedbackFormat;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.FormatMapping;
import com.certdesk.feedback.ImportFile;
import com.certdesk.feedback.ImportCheck;
import com.certdesk.feedback.ImportProgress;
import com.certdesk.feedback.ImportResult;
import com.certdesk.security.SystemAuthentication;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark, not a test: a 1,000,000-row canonical CSV through the real check (preview) and
 * confirm, into the benchmark database of {@link FeedbackFiguresBenchmark} (5,000 agents, its ratings), in a JVM
 * limited to 512 MB. Prints rows/s of check, confirm and both, and the peak heap: the highest heap in use seen by a
 * sampling thread (every 20 ms) and the highest heap left after a garbage collection (the live data). The imported
 * batch is deleted afterwards, so the database stays as it was (the deletion is timed too).
 *
 * <p>Run (after FeedbackFiguresBenchmark has made the data):
 * {@code ./mvnw -o test -Dtest=FeedbackImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.jvm=-Xmx512m}
 */
@SpringBootTest(properties = {"spring.datasource.url=${BENCH_DB_URL:" + BenchmarkData.DB_URL + "}",
        "certdesk.demo.enabled=true", "certdesk.demo.teams=25", "certdesk.demo.agents=5000",
        "certdesk.demo.feedback.enabled=false", "logging.level.com.certdesk=warn"})
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class FeedbackImportBenchmark {

    @Autowired
    DemoFeedback demo;
    @Autowired
    FeedbackImports imports;
    @Autowired
    com.certdesk.feedback.FeedbackFiles files;
    @Autowired
    OrganizationTime time;
    @Autowired
    Fixtures fixtures;

    @Test
    void a_million_row_canonical_csv_imports_in_constant_memory() throws Exception {
        List<FeedbackSimulation.Agent> agents = SystemAuthentication.callAsSystem(demo::agents);
        long t0 = System.nanoTime();
        Path file = BenchmarkData.ensureCsv(Path.of("target/bench/canonical-1m.csv"), agents, time,
                BenchmarkData.CSV_ROWS);
        System.out.printf("%nImport benchmark: %s (%,d bytes, ready in %.1f s), max heap %d MB%n", file,
                java.nio.file.Files.size(file), (System.nanoTime() - t0) / 1e9,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));

        System.gc();
        var heap = new HeapWatch();
        heap.start();
        fixtures.signIn("admin");
        ImportProgress quiet = (fraction, message) -> { };
        long start = System.nanoTime();
        List<ImportFile> input = List.of(new ImportFile("canonical-1m.csv", file));
        ImportCheck check = imports.check(FeedbackFormat.CANONICAL_CSV, "benchmark canonical-1m.csv",
                files.open(FeedbackFormat.CANONICAL_CSV, FormatMapping.NONE, input), quiet);
        long checked = System.nanoTime();
        ImportResult result = imports.confirm(check.batchId(),
                files.open(FeedbackFormat.CANONICAL_CSV, FormatMapping.NONE, input), false, quiet);
        long confirmed = System.nanoTime();
        heap.stop();
        double checkS = (checked - start) / 1e9;
        double confirmS = (confirmed - checked) / 1e9;
        System.out.printf("  check:   %,d rows read, %,d problems, %,d duplicates in %.1f s (%,.0f rows/s)%n",
                check.rowsRead(), check.problemCount(), check.duplicates(), checkS, check.rowsRead() / checkS);
        System.out.printf("  confirm: %,d imported in %.1f s (%,.0f rows/s)%n", result.imported(), confirmS,
                result.imported() / confirmS);
        System.out.printf("  check + confirm: %.1f s, %,.0f rows/s (target < 30 s)%n", checkS + confirmS,
                check.rowsRead() / (checkS + confirmS));
        System.out.printf("  peak heap in use %d MB (sampled every 20 ms), peak heap after a collection %d MB (an upper "
                + "bound of the live data: a young collection leaves the old generation's garbage), of %d MB%n",
                heap.peakUsed.get() >> 20, heap.peakAfterGc.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        long d0 = System.nanoTime();
        long removed = imports.deleteBatch(check.batchId());
        System.out.printf("  delete batch: %,d ratings removed in %.1f s%n", removed, (System.nanoTime() - d0) / 1e9);
        fixtures.signOut();
    }

    /** Peak heap in use (sampled) and peak heap after each garbage collection (GC notifications). */
    static final class HeapWatch {
        final AtomicLong peakUsed = new AtomicLong();
        final AtomicLong peakAfterGc = new AtomicLong();
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final java.util.Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .map(java.lang.management.MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());
        private final NotificationListener listener = (notification, handback) -> {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                // the heap's pools only (the map has Metaspace and the code cache too)
                long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                peakAfterGc.accumulateAndGet(after, Math::max);
            }
        };
        private volatile boolean running;
        private Thread sampler;

        void start() {
            running = true;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
            }
            sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void stop() throws Exception {
            running = false;
            sampler.join();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            }
        }
    }
}
