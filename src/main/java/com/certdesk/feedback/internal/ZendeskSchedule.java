package com.certdesk.feedback.internal;

import com.certdesk.security.SystemAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The scheduled Zendesk sync: every {@code certdesk.feedback.zendesk.sync-every} (15 minutes by default) after the
 * previous one ended, on the scheduler thread, when the connection is enabled. The run guard in the database keeps
 * two nodes (or this run and an administrator's "Sync now") from syncing together.
 */
@Component
class ZendeskSchedule {

    private static final Logger log = LoggerFactory.getLogger(ZendeskSchedule.class);

    private final ZendeskStore store;
    private final ZendeskSync sync;
    private final ZendeskProperties properties;
    private final Clock clock;
    private final AtomicReference<Instant> nextRun;

    ZendeskSchedule(ZendeskStore store, ZendeskSync sync, ZendeskProperties properties, Clock clock) {
        this.store = store;
        this.sync = sync;
        this.properties = properties;
        this.clock = clock;
        this.nextRun = new AtomicReference<>(clock.instant().plus(properties.syncEvery()));
    }

    /** When this node runs its next scheduled sync (roughly: a long run pushes it back). */
    Instant nextRunAt() {
        return nextRun.get();
    }

    @Scheduled(fixedDelayString = "${certdesk.feedback.zendesk.sync-every:15m}",
            initialDelayString = "${certdesk.feedback.zendesk.sync-every:15m}")
    @SchedulerLock(name = "feedback.zendesk-sync", lockAtMostFor = "PT1H")
    void scheduledTrigger() {
        scheduledSync();
    }

    void scheduledSync() {
        try {
            if (store.connection().map(c -> c.enabled() && c.tokenCipher() != null).orElse(false)) {
                ZendeskSync.Outcome outcome = SystemAuthentication.callAsSystem(sync::runOnce);
                log.info("Scheduled Zendesk sync: {} {}", outcome.status(), outcome.message());
            }
        } finally {
            nextRun.set(clock.instant().plus(properties.syncEvery()));
        }
    }
}
