package news.dateline.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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

    /**
     * The postmaster's command line, read from /proc at start; empty where there is none.
     */
    private List<String> postmasterCommand = List.of();

    private long postmasterPid = -1;

    private @Nullable ScheduledExecutorService watch;

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

    /**
     * PostgreSQL's own cache: a quarter of the machine's memory (of the container's,
     * where there is a limit), at least PostgreSQL's default of 128 MB and at most 4 GB.
     * With the default, a search at a million stories read most of its pages from the
     * operating system's cache (a read call each) instead of PostgreSQL's. Memory is only
     * taken as pages are read: a portal of a few stories stays small.
     */
    static String sharedBuffers() {
        long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
            .getOperatingSystemMXBean()).getTotalMemorySize();
        long megabytes = Math.clamp(total / 4 / (1024 * 1024), 128, 4096);
        return megabytes + "MB";
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
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("fsync", ephemeral ? "off" : "on")
                .setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
                .setServerConfig("shared_buffers", ephemeral ? "128MB" : sharedBuffers());
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDir, ephemeral);
            database.startedIn = (System.nanoTime() - started) / 1_000_000;
            database.rememberPostmaster();
            if (!ephemeral) {
                database.watch();
            }
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
     * Reads the running postmaster's pid and command line (Linux), to start it again if
     * it goes.
     */
    private void rememberPostmaster() {
        try {
            postmasterPid = Long
                .parseLong(Files.readAllLines(dataDir.resolve(StalePostmaster.PID_FILE), StandardCharsets.UTF_8)
                    .getFirst()
                    .trim());
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(postmasterPid), "cmdline"));
            postmasterCommand = List.of(new String(cmdline, StandardCharsets.UTF_8).split("\0"));
        }
        catch (IOException | RuntimeException e) {
            postmasterCommand = List.of();
        }
    }

    /**
     * Checks every 2 s that the postmaster is alive, and starts it again if it is not.
     */
    private void watch() {
        if (postmasterCommand.isEmpty()) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-watch");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::restartIfGone, 2, 2, TimeUnit.SECONDS);
        watch = executor;
    }

    /**
     * Starts the postmaster again, on the same port and directory, when it is gone
     * (killed, stopped by hand, crashed); the pool reconnects by itself once it answers.
     * @return whether it had to be started again
     */
    synchronized boolean restartIfGone() {
        if (stopped.get() || postmasterCommand.isEmpty()
                || ProcessHandle.of(postmasterPid).filter(ProcessHandle::isAlive).isPresent()) {
            return false;
        }
        log.warn("The embedded PostgreSQL (pid {}) is gone: starting it again on {}", postmasterPid, dataDir);
        Path postgresBinary = Path.of(postmasterCommand.getFirst());
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // PostgreSQL refuses root, as
                                                      // io.zonky knows
        }
        List<String> options = new ArrayList<>(postmasterCommand.subList(1, postmasterCommand.size()));
        int d = options.indexOf("-D");
        if (d >= 0 && d + 1 < options.size()) {
            options.subList(d, d + 2).clear();
        }
        command.addAll(List.of(postgresBinary.resolveSibling("pg_ctl").toString(), "-D", dataDir.toString(), "-o",
                String.join(" ", options), "-w", "-t", "60", "start"));
        try {
            Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
            if (pgCtl.waitFor() != 0) {
                log.warn("The embedded PostgreSQL did not start again (pg_ctl exit code {}); trying again in 2 s",
                        pgCtl.exitValue());
                return false;
            }
            rememberPostmaster();
            log.info("The embedded PostgreSQL runs again (pid {})", postmasterPid);
            return true;
        }
        catch (IOException e) {
            log.warn("The embedded PostgreSQL did not start again ({}); trying again in 2 s", e.getMessage());
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Stops the server (once); its data stays, unless the directory is a throw-away one.
     */
    void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        ScheduledExecutorService executor = watch;
        if (executor != null) {
            executor.shutdownNow();
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
