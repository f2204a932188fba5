package com.certdesk;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An empty database with every migration applied, without the application: for tests of a component that needs its
 * tables and nothing else, e.g. two instances of it playing two application nodes on one database. In-memory H2, or
 * a fresh PostgreSQL database in the PostgreSQL pass ({@link PostgresTestDatabases}); tests using it are tagged
 * {@code database} so that they run in both.
 */
public record MigratedDatabase(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate tx) {

    public static MigratedDatabase create() {
        // pooled: a PostgreSQL connection per statement would cost more than the statement
        var dataSource = new HikariDataSource();
        dataSource.setMaximumPoolSize(8);
        dataSource.setMinimumIdle(1);
        if (PostgresTestDatabases.active()) {
            String[] credentials = PostgresTestDatabases.credentials();
            dataSource.setJdbcUrl(PostgresTestDatabases.createDatabase());
            dataSource.setUsername(credentials[0]);
            dataSource.setPassword(credentials[1]);
        } else {
            dataSource.setJdbcUrl("jdbc:h2:mem:migrated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            dataSource.setUsername("sa");
        }
        Flyway.configure().dataSource(dataSource).load().migrate();
        return new MigratedDatabase(dataSource, new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }
}
