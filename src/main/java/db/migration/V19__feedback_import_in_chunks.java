package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A file's ratings are stored in chunks of their own transactions while its batch is IMPORTING (ADR 008): the batch
 * gets a heartbeat (a node that dies mid-import leaves it stale, and the clean-up removes what it stored) and a note
 * saying why an import ended without its ratings. feedback_record loses its foreign keys to feedback_batch, app_user
 * and team: they cost a third of the insert time, and none of those rows is ever deleted (batches stay as tombstones,
 * users are deactivated, not deleted, and teams are never deleted). Java, because the databases named those constraints differently (H2
 * CONSTRAINT_xx, PostgreSQL feedback_record_batch_id_fkey): the names are read from the information schema.
 */
public class V19__feedback_import_in_chunks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        ForeignKeys.drop(connection, "feedback_record");
        try (Statement s = connection.createStatement()) {
            s.execute("alter table feedback_batch add column heartbeat_at timestamp with time zone");
            s.execute("alter table feedback_batch add column note varchar(1000)");
        }
    }
}
