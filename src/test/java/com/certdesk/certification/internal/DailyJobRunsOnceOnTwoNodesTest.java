package com.certdesk.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Application;
import com.certdesk.TestClock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * Two nodes (two whole application contexts) on one database: when the daily reminders' trigger fires on both at the
 * same moment, the reminders run once, on the node that took the {@code certification.reminders} lock row; the other
 * node skips the run. Removing {@code @SchedulerLock} from {@link CertificationReminders#daily()} makes this fail.
 */
@ExtendWith(OutputCaptureExtension.class)
class DailyJobRunsOnceOnTwoNodesTest {

    static final String RUN_LINE = "Certification reminders: ";

    /** One in-memory H2 database shared by both contexts; {@code -Dnodes.db.url=jdbc:postgresql://...} for a fresh PostgreSQL one. */
    final String url = System.getProperty("nodes.db.url",
            "jdbc:h2:mem:nodes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0");
    ConfigurableApplicationContext first;
    ConfigurableApplicationContext second;

    @AfterEach
    void close() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    ConfigurableApplicationContext node() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class, TestClock.Config.class)
                .profiles("test")
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext())
                .initializers(c -> ((GenericWebApplicationContext) c).setServletContext(new MockServletContext()))
                .run("--spring.datasource.url=" + url, "--spring.main.banner-mode=off",
                        "--spring.datasource.username=" + System.getProperty("nodes.db.user", "sa"));
        return context;
    }

    @Test
    void the_daily_reminders_run_once_when_both_nodes_trigger_them_together(CapturedOutput output) throws Exception {
        first = node();
        second = node();
        // the system account the job runs as, set once, must reach the method security of both contexts in this JVM
        SecurityContextHolder.setContextHolderStrategy(new BothNodes(
                first.getBean(SecurityContextHolderStrategy.class), second.getBean(SecurityContextHolderStrategy.class)));
        int runsBefore = runs(output);

        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Void>> triggers = List.of(first, second).stream()
                .map(node -> node.getBean(CertificationReminders.class))
                .map(reminders -> CompletableFuture.runAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    reminders.daily(); // the scheduled entry point, through the bean as the scheduler calls it
                }))
                .toList();
        go.countDown();
        CompletableFuture.allOf(triggers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        assertThat(runs(output) - runsBefore).as("the reminders ran on one node only").isEqualTo(1);
        List<Map<String, Object>> locks = new JdbcTemplate(first.getBean(javax.sql.DataSource.class))
                .queryForList("select name, locked_by, lock_until, locked_at from shedlock");
        assertThat(locks).hasSize(1);
        assertThat(locks.getFirst().get("name")).isEqualTo("certification.reminders");

        // the same trigger a moment later on either node (a late clock) finds the lock still held: no second run
        second.getBean(CertificationReminders.class).daily();
        assertThat(runs(output) - runsBefore).as("a late trigger within lockAtLeastFor does not run again").isEqualTo(1);
    }

    static int runs(CapturedOutput output) {
        String all = output.getAll();
        int count = 0;
        for (int i = all.indexOf(RUN_LINE); i >= 0; i = all.indexOf(RUN_LINE, i + 1)) {
            count++;
        }
        return count;
    }

    /** Two nodes in one JVM: what a caller puts in the security context, each node's method security sees. */
    record BothNodes(SecurityContextHolderStrategy one, SecurityContextHolderStrategy other)
            implements SecurityContextHolderStrategy {

        @Override
        public void clearContext() {
            one.clearContext();
            other.clearContext();
        }

        @Override
        public SecurityContext getContext() {
            return one.getContext();
        }

        @Override
        public void setContext(SecurityContext context) {
            one.setContext(context);
            other.setContext(context);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return one.createEmptyContext();
        }
    }
}
