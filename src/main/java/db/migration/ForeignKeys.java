package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops a table's foreign keys by the names the database gave them (H2 CONSTRAINT_xx, PostgreSQL
 * table_column_fkey): they differ, so they are read from the information schema.
 */
final class ForeignKeys {

    private ForeignKeys() {
    }

    static void drop(Connection connection, String table) throws SQLException {
        List<String> foreignKeys = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select constraint_name from information_schema.table_constraints "
                        + "where lower(table_name) = '" + table + "' and constraint_type = 'FOREIGN KEY' "
                        + "and table_schema = current_schema")) {
            while (rs.next()) {
                foreignKeys.add(rs.getString(1));
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String name : foreignKeys) {
                s.execute("alter table " + table + " drop constraint \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
    }
}
