package com.certdesk.feedback.internal;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a batch's ratings are in feedback_record: ids above {@code records_after} and up to {@code records_upto} (V20),
 * with the batch's own id. There is no index on batch_id (an index entry per rating cost a million-rating import
 * seconds, ADR 009):
 * the id range is read through the primary key, and the batch_id condition leaves out ratings that other batches
 * stored meanwhile. Unknown bounds (null) stand for "from the first id" and "to the last".
 *
 * @param after  every rating of the batch has a larger id
 * @param upto   none has a larger id
 */
record BatchRecords(long batchId, long after, long upto) {

    /** The condition on feedback_record {@code r}, with {@link #args()} as its parameters in this order. */
    static final String CONDITION = "r.id > ? and r.id <= ? and r.batch_id = ?";

    static BatchRecords of(JdbcTemplate jdbc, long batchId) {
        return jdbc.query("select coalesce(records_after, -1), coalesce(records_upto, " + Long.MAX_VALUE
                        + ") from feedback_batch where id = ?", (rs, i) -> new BatchRecords(batchId, rs.getLong(1),
                        rs.getLong(2)), batchId).stream().findFirst()
                .orElse(new BatchRecords(batchId, -1, Long.MAX_VALUE));
    }

    /** The largest id stored now (0 when none): an id given to a rating inserted after this is larger. */
    static long newestId(JdbcTemplate jdbc) {
        Long newest = jdbc.queryForObject("select coalesce(max(id), 0) from feedback_record", Long.class);
        return newest == null ? 0 : newest;
    }

    Object[] args() {
        return new Object[] {after, upto, batchId};
    }

    /** The same range starting above {@code id} (what is below it was read already). */
    BatchRecords above(long id) {
        return new BatchRecords(batchId, Math.max(after, id), upto);
    }
}
