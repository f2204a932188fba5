package com.certdesk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs the database tests on PostgreSQL instead of H2 when {@value #URL} names a server, e.g.
 * {@code -Dcertdesk.test.postgres=jdbc:postgresql://127.0.0.1:5432/} (what the {@code postgres-tests} Maven profile
 * passes on from {@code CERTDESK_TEST_PG_URL}). Each test application context then gets an empty database of its
 * own, created on the server when the context starts and dropped when the test JVM ends, just as each gets its own
 * in-memory H2 database otherwise: tests never see another context's rows. Contexts that name a database of their
 * own (a file database of a restart test, a benchmark's {@code BENCH_DB_URL}) keep it.
 *
 * <p>Registered in {@code META-INF/spring.factories} of the test resources.
 */
public final class PostgresTestDatabases implements ContextCustomizerFactory {

    /** The server's JDBC URL up to and including the slash before the database name. */
    public static final String URL = "certdesk.test.postgres";
    static final String USER = "certdesk.test.postgres.user";
    static final String PASSWORD = "certdesk.test.postgres.password";
    /** The database every test context gets unless told otherwise (application-test.properties). */
    private static final String IN_MEMORY_H2 = "jdbc:h2:mem:certdesk-";

    private static final Queue<String> created = new ConcurrentLinkedQueue<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestDatabases::dropCreated, "drop-test-databases"));
    }

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        String server = System.getProperty(URL, "").strip();
        if (server.isEmpty()) {
            return null;
        }
        if (!server.startsWith("jdbc:postgresql://") || !server.endsWith("/")) {
            throw new IllegalStateException(URL + " must look like jdbc:postgresql://host:port/ (was " + server + ")");
        }
        return new Customizer(server, user(), password());
    }

    /** Whether this JVM runs its database tests on PostgreSQL. */
    public static boolean active() {
        return !System.getProperty(URL, "").isBlank();
    }

    /** A fresh database on the server (dropped when the JVM ends); returns its JDBC URL. Only when {@link #active}. */
    public static String createDatabase() {
        String server = System.getProperty(URL, "").strip();
        String database = "certdesk_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(server, user(), password(), "create database " + database);
        created.add(database);
        return server + database;
    }

    /** The user and password of the server's databases. */
    public static String[] credentials() {
        return new String[] {user(), password()};
    }

    private record Customizer(String server, String user, String password) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            ConfigurableEnvironment environment = context.getEnvironment();
            String url = environment.getProperty("spring.datasource.url", "");
            if (!url.startsWith(IN_MEMORY_H2)) {
                return;
            }
            environment.getPropertySources().addFirst(new MapPropertySource("postgres-test-database", Map.of(
                    "spring.datasource.url", createDatabase(),
                    "spring.datasource.username", user,
                    "spring.datasource.password", password,
                    // up to 32 cached contexts share one server: each keeps one idle connection, not ten
                    "spring.datasource.hikari.minimum-idle", "1")));
        }
    }

    private static void dropCreated() {
        String server = System.getProperty(URL, "");
        for (String database : created) {
            try {
                execute(server, user(), password(),
                        "drop database if exists " + database + " with (force)");
            } catch (RuntimeException e) {
                System.err.println("Could not drop test database " + database + ": " + e.getMessage());
            }
        }
    }

    /** The user: {@value #USER}, else {@code CERTDESK_TEST_PG_USER}, else {@code postgres}. */
    private static String user() {
        return System.getProperty(USER, orElse(System.getenv("CERTDESK_TEST_PG_USER"), "postgres"));
    }

    /** The password: {@value #PASSWORD}, else {@code CERTDESK_TEST_PG_PASSWORD}, else none. */
    private static String password() {
        return System.getProperty(PASSWORD, orElse(System.getenv("CERTDESK_TEST_PG_PASSWORD"), ""));
    }

    private static String orElse(@Nullable String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static void execute(String server, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server + ": " + sql + " failed: " + e.getMessage(), e);
        }
    }
}
