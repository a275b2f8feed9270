package news.dateline.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM. Several Spring contexts in
 * one JVM (the tests) share it.
 * <p>
 * Its life: before it starts, a {@code postmaster.pid} left by an earlier run is settled
 * ({@link StalePostmaster}: an orphan of this directory is stopped, a foreign process is
 * never signalled). A kept data directory is stopped by the application context that uses
 * it ({@link EmbeddedDatabaseConfiguration}), after the connection pool has closed, which
 * is after Tomcat has drained its requests; a JVM shutdown hook is only the fallback when
 * no context took it over (a failed start), and stops a throw-away directory (tests).
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private static final String DATABASE = "postgres";

    private static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private final Path dataDir;

    private final boolean ephemeral;

    private final AtomicBoolean stopped = new AtomicBoolean();

    private volatile boolean ownedByContext;

    private long startedIn;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, boolean ephemeral) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.ephemeral = ephemeral;
    }

    public static EmbeddedDatabase start(Path dataDir, int port, boolean ephemeral) {
        return RUNNING.computeIfAbsent(normalized(dataDir), dir -> launch(dir, port, ephemeral));
    }

    /** The server running on {@code dataDir} in this JVM, if any. */
    static @Nullable EmbeddedDatabase running(Path dataDir) {
        return RUNNING.get(normalized(dataDir));
    }

    private static Path normalized(Path dataDir) {
        return dataDir.toAbsolutePath().normalize();
    }

    private static EmbeddedDatabase launch(Path dataDir, int port, boolean ephemeral) {
        try {
            Files.createDirectories(dataDir.getParent());
            StalePostmaster.settle(dataDir);
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(ephemeral)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "60")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("fsync", ephemeral ? "off" : "on")
                .setServerConfig("synchronous_commit", ephemeral ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDir, ephemeral);
            database.startedIn = (System.nanoTime() - started) / 1_000_000;
            Runtime.getRuntime().addShutdownHook(new Thread(database::stopAtJvmExit, "embedded-postgres-stop"));
            return database;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir
                    + " (is another Dateline already running on it? Stop it, or set SPRING_DATASOURCE_URL)", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public String username() {
        return USER;
    }

    /** What a start-up log says about this server. */
    public String description() {
        return "Embedded PostgreSQL on port " + postgres.getPort() + " with data in " + dataDir + " (started in "
                + startedIn + " ms)";
    }

    boolean ephemeral() {
        return ephemeral;
    }

    /**
     * An application context stops this server when it closes (a kept data directory
     * only: a throw-away one is shared by the tests' contexts and stops with the JVM).
     */
    void ownedByContext() {
        ownedByContext = true;
    }

    private void stopAtJvmExit() {
        if (!ownedByContext) {
            stop();
        }
    }

    /**
     * Stops the server (once); its data stays, unless the directory is a throw-away one.
     */
    void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        RUNNING.remove(dataDir, this);
        try {
            postgres.close();
            if (!ephemeral) {
                log.info("Embedded PostgreSQL stopped; its data is kept in {}", dataDir);
            }
        }
        catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

}
