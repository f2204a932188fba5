package com.certdesk;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An empty database with every migration applied, without the application: for tests of a component that needs its
 * tables and nothing else, e.g. two instances of it playing two application nodes on one database. In-memory H2, or
 * a fresh PostgreSQL database in the PostgreSQL pass ({@link PostgresTestDatabases}); tests using it are tagged
 * {@code database} so that they run in both.
 */
public record MigratedDatabase(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate tx) {

    public static MigratedDatabase create() {
        DriverManagerDataSource dataSource;
        if (PostgresTestDatabases.active()) {
            String[] credentials = PostgresTestDatabases.credentials();
            dataSource = new DriverManagerDataSource(PostgresTestDatabases.createDatabase(), credentials[0],
                    credentials[1]);
        } else {
            dataSource = new DriverManagerDataSource(
                    "jdbc:h2:mem:migrated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        Flyway.configure().dataSource(dataSource).load().migrate();
        return new MigratedDatabase(dataSource, new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }
}
