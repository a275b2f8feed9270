package news.dateline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL's life across runs (issue 14, item 6): a {@code postmaster.pid}
 * naming a live process that is not this directory's PostgreSQL is never signalled, and a
 * PostgreSQL left running on the directory by a Dateline that was killed is stopped at
 * the next start; both starts succeed.
 */
class StalePostmasterTest {

    @TempDir
    Path directory;

    private Process sleeper;

    @AfterEach
    void stopSleeper() {
        if (sleeper != null) {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void aStalePidFileNamingAnUnrelatedLiveProcessLeavesThatProcessAloneAndTheServerStarts() throws Exception {
        Path dataDir = directory.resolve("postgres");
        EmbeddedDatabase.start(dataDir, 0, false).stop();
        sleeper = new ProcessBuilder("sleep", "600").start();
        Path pidFile = Files.writeString(dataDir.resolve("postmaster.pid"),
                sleeper.pid() + "\n" + dataDir + "\n1700000000\n5432\n/tmp\nlocalhost\n  5432001  0\nready   \n");

        EmbeddedDatabase again = EmbeddedDatabase.start(dataDir, 0, false);
        try {
            assertThat(selectOne(again)).isOne();
        }
        finally {
            again.stop();
        }

        assertThat(sleeper.isAlive()).isTrue();
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void aPostgresLeftRunningOnTheDirectoryByAKilledRunIsStoppedAndTheServerStarts() throws Exception {
        Path dataDir = directory.resolve("orphaned");
        EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, 0, false);
        Path binaries = Path.of(commandLine(postmasterPid(dataDir))[0]).getParent();
        first.stop();
        // what a kill -9 of the JVM leaves: a postmaster on the directory that no
        // Dateline holds
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // PostgreSQL refuses root; io.zonky
                                                      // does the same
        }
        command.addAll(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-o",
                "-p " + freePort() + " -c listen_addresses=localhost", "-w", "start"));
        Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(directory.resolve("pg_ctl.log").toFile())
            .start();
        assertThat(pgCtl.waitFor()).as(Files.readString(directory.resolve("pg_ctl.log"))).isZero();
        long orphan = postmasterPid(dataDir);
        assertThat(StalePostmaster.identify(orphan, dataDir)).isEqualTo(StalePostmaster.Identity.OURS);

        EmbeddedDatabase again = EmbeddedDatabase.start(dataDir, 0, false);
        try {
            assertThat(selectOne(again)).isOne();
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
        }
        finally {
            again.stop();
        }
    }

    @Test
    void aPostgresThatWentAwayWhileThePortalRunsIsStartedAgainOnTheSamePort() throws Exception {
        Path dataDir = directory.resolve("restarted");
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0, false);
        try {
            String url = database.jdbcUrl();
            ProcessHandle postmaster = ProcessHandle.of(postmasterPid(dataDir)).orElseThrow();
            postmaster.destroy();
            postmaster.onExit().get();

            database.restartIfGone(); // or its watch already did

            assertThat(database.jdbcUrl()).isEqualTo(url);
            assertThat(selectOne(database)).isOne();
            assertThat(postmasterPid(dataDir)).isNotEqualTo(postmaster.pid());
        }
        finally {
            database.stop();
        }
    }

    private static int selectOne(EmbeddedDatabase database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                ResultSet one = connection.createStatement().executeQuery("select 1")) {
            one.next();
            return one.getInt(1);
        }
    }

    private static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim());
    }

    private static String[] commandLine(long pid) throws IOException {
        return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
            .split("\0");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
