package news.dateline.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a data directory's {@code postmaster.pid} left by an earlier start means, settled
 * before the embedded PostgreSQL starts on it:
 * <ul>
 * <li>no file, or a pid no process has: nothing to do (PostgreSQL removes such a
 * file);</li>
 * <li>the pid of a live PostgreSQL serving this very directory, and no Dateline holding
 * the directory's lock: an orphan left by a Dateline that was killed ({@code kill -9}).
 * It is asked to shut down (SIGTERM, PostgreSQL's smart shutdown; its clients died with
 * that JVM) and awaited, so the start that follows gets the directory;</li>
 * <li>the pid of any other live process (pids are reused after a reboot or a crash): that
 * process is left alone, never signalled, and the stale file removed.</li>
 * </ul>
 * Whether a process is this directory's postmaster is read from Linux's
 * {@code /proc/<pid>/cmdline} and {@code /proc/<pid>/cwd} (a postmaster runs in its data
 * directory); where these cannot be read, a live process is never taken for ours and the
 * start stops with advice instead.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    static final String PID_FILE = "postmaster.pid";

    /**
     * The lock file io.zonky's embedded PostgreSQL holds while it runs a data directory.
     */
    static final String LOCK_FILE = "epg-lock";

    private static final long ORPHAN_STOP_SECONDS = 60;

    private StalePostmaster() {
    }

    /** What {@link #settle(Path)} found. */
    enum Outcome {

        /** No pid file, or its process is gone. */
        NONE,
        /** An orphaned PostgreSQL of this directory was stopped. */
        ORPHAN_STOPPED,
        /** The pid belonged to an unrelated process, left alone; the file was removed. */
        FOREIGN_PID_REMOVED

    }

    /**
     * Settles a leftover {@code postmaster.pid} in {@code dataDir} (see the class
     * comment).
     * @throws IllegalStateException when another process holds the directory's lock (a
     * Dateline is running on it) or a live process cannot be identified
     */
    static Outcome settle(Path dataDir) {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return Outcome.NONE;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another Dateline is running on " + dataDir
                        + " (it holds its lock): stop it first, or give this one another "
                        + "--dateline.embedded-postgres.data-dir");
            }
            return settleUnlocked(dataDir, pidFile);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pidFile, e);
        }
    }

    private static Outcome settleUnlocked(Path dataDir, Path pidFile) throws IOException {
        long pid;
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            pid = lines.isEmpty() ? -1 : Long.parseLong(lines.getFirst().trim());
        }
        catch (NoSuchFileException e) {
            return Outcome.NONE;
        }
        catch (NumberFormatException e) {
            pid = -1;
        }
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                : Optional.empty();
        if (process.isEmpty()) {
            return Outcome.NONE;
        }
        Identity identity = identify(pid, dataDir);
        if (identity == Identity.OURS) {
            stopOrphan(process.get(), dataDir);
            return Outcome.ORPHAN_STOPPED;
        }
        if (identity == Identity.UNKNOWN) {
            throw new IllegalStateException(pidFile + " names the running process " + pid
                    + ", which cannot be told apart from a PostgreSQL on this directory. Stop it if it is one "
                    + "(pg_ctl stop -D " + dataDir + "), else delete " + pidFile);
        }
        Files.deleteIfExists(pidFile);
        log.info("Removed a stale {} naming pid {}, which is not this directory's PostgreSQL (left alone)", pidFile,
                pid);
        return Outcome.FOREIGN_PID_REMOVED;
    }

    private static void stopOrphan(ProcessHandle postmaster, Path dataDir) {
        log.info("PostgreSQL (pid {}) was still running on {}, left by a Dateline that did not stop: stopping it",
                postmaster.pid(), dataDir);
        postmaster.destroy();
        try {
            postmaster.onExit().get(ORPHAN_STOP_SECONDS, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL " + postmaster.pid(),
                    e);
        }
        catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The orphaned PostgreSQL " + postmaster.pid() + " on " + dataDir
                    + " did not stop within " + ORPHAN_STOP_SECONDS + " s: stop it (pg_ctl stop -D " + dataDir + ")",
                    e);
        }
    }

    enum Identity {

        OURS, FOREIGN, UNKNOWN

    }

    /** Whether the live process {@code pid} is a PostgreSQL serving {@code dataDir}. */
    static Identity identify(long pid, Path dataDir) {
        Path proc = Path.of("/proc", Long.toString(pid));
        byte[] cmdline;
        try {
            cmdline = Files.readAllBytes(proc.resolve("cmdline"));
        }
        catch (IOException e) {
            return Files.isDirectory(Path.of("/proc/self")) ? Identity.FOREIGN : Identity.UNKNOWN;
        }
        List<String> args = Arrays.asList(new String(cmdline, StandardCharsets.UTF_8).split("\0"));
        boolean postgres = !args.isEmpty() && Path.of(args.getFirst()).getFileName() != null
                && Path.of(args.getFirst()).getFileName().toString().equals("postgres");
        if (!postgres) {
            return Identity.FOREIGN;
        }
        try {
            return Files.isSameFile(proc.resolve("cwd"), dataDir) ? Identity.OURS : Identity.FOREIGN;
        }
        catch (IOException e) {
            // cwd unreadable (another user's process): the command line must name the
            // directory
            int d = args.indexOf("-D");
            boolean named = d >= 0 && d + 1 < args.size()
                    && Path.of(args.get(d + 1))
                        .toAbsolutePath()
                        .normalize()
                        .equals(dataDir.toAbsolutePath().normalize());
            return named ? Identity.OURS : Identity.FOREIGN;
        }
    }

}
