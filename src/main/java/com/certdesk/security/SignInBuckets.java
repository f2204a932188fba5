package com.certdesk.security;

import com.certdesk.security.spi.FailedSignIns;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The login throttle's buckets for usernames without an account, in the database (table {@code sign_in_bucket},
 * V35) so that every node counts into the same buckets and a lock made on one node holds on all. All 4,096 rows
 * exist from the migration on: a failure is counted by conditional updates of its row, atomic on H2 and PostgreSQL
 * alike, never by an insert that could race another node's.
 */
@Component
class SignInBuckets {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    SignInBuckets(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Until when this bucket is locked, or null; a lock that has ended counts as none. */
    @Nullable Instant lockedUntil(int bucket, Instant now) {
        List<Timestamp> until = jdbc.queryForList(
                "select locked_until from sign_in_bucket where bucket = ? and locked_until > ?", Timestamp.class,
                bucket, at(now));
        return until.isEmpty() || until.getFirst() == null ? null : until.getFirst().toInstant();
    }

    /**
     * Counts one failure in the bucket: a lock that has ended is forgotten first; a locked bucket counts nothing
     * more; reaching {@code maxFailures} locks it until {@code lockUntil}.
     */
    FailedSignIns recordFailure(int bucket, Instant now, int maxFailures, Instant lockUntil) {
        return tx.execute(status -> {
            jdbc.update("update sign_in_bucket set failures = 0, locked_until = null where bucket = ? "
                    + "and locked_until <= ?", bucket, at(now));
            jdbc.update("update sign_in_bucket set failures = failures + 1 where bucket = ? and locked_until is null",
                    bucket);
            boolean lockedNow = jdbc.update("update sign_in_bucket set locked_until = ? where bucket = ? "
                    + "and locked_until is null and failures >= ?", at(lockUntil), bucket, maxFailures) == 1;
            return jdbc.queryForObject("select failures, locked_until from sign_in_bucket where bucket = ?",
                    (rs, row) -> {
                        Timestamp until = rs.getTimestamp(2);
                        return new FailedSignIns(rs.getInt(1), until == null ? null : until.toInstant(), lockedNow);
                    }, bucket);
        });
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
