package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
        List<String> foreignKeys = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select constraint_name from information_schema.table_constraints "
                        + "where lower(table_name) = 'feedback_record' and constraint_type = 'FOREIGN KEY' "
                        + "and table_schema = current_schema")) {
            while (rs.next()) {
                foreignKeys.add(rs.getString(1));
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String name : foreignKeys) {
                s.execute("alter table feedback_record drop constraint \"" + name.replace("\"", "\"\"") + "\"");
            }
            s.execute("alter table feedback_batch add column heartbeat_at timestamp with time zone");
            s.execute("alter table feedback_batch add column note varchar(1000)");
        }
    }
}
