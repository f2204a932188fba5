package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * feedback_daily loses its foreign key to app_user, for the reason feedback_record lost its own (V19, ADR 008): users
 * are deactivated, never deleted, and the key costs every rollup row an extra index entry on H2 (the index H2 made
 * for it besides the unique key that starts with user_id) and a trigger call on PostgreSQL. A million-rating import
 * adds some 200,000 rollup rows in its last transaction.
 */
public class V21__feedback_daily_without_foreign_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ForeignKeys.drop(context.getConnection(), "feedback_daily");
    }
}
