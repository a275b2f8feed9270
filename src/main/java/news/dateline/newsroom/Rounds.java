package news.dateline.newsroom;

import java.time.Duration;
import news.dateline.web.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * What the newsroom's scheduled rounds share (publishing the stories whose time has come,
 * removing unused uploads): each runs a fixed delay after the previous one ended, only
 * where scheduling is on ({@code dateline.scheduler.enabled}), and with several nodes on
 * one database a round does its work only on the node whose transaction takes the round's
 * advisory lock first.
 */
final class Rounds {

    private static final Logger log = LoggerFactory.getLogger(Rounds.class);

    private Rounds() {
    }

    /**
     * Runs {@code round} every {@code delay} after the previous run ended, if scheduling
     * is on.
     */
    static void schedule(SchedulerProperties scheduler, ScheduledTaskRegistrar tasks, Runnable round, Duration delay) {
        // something else may switch scheduling on (Spring Session's expired-session sweep
        // does)
        if (scheduler.enabled()) {
            tasks.addFixedDelayTask(() -> whileTheDatabaseAnswers(round, delay), delay);
        }
    }

    /**
     * Runs a round; when the database is away (stopped, restarting, unreachable), the
     * round is left to the next one with a WARN line instead of an error's stack trace
     * every {@code delay} until it is back.
     */
    static void whileTheDatabaseAnswers(Runnable round, Duration delay) {
        try {
            round.run();
        }
        catch (RuntimeException e) {
            if (!DatabaseFailures.unreachable(e)) {
                throw e;
            }
            log.warn("A scheduled round did not run, the database did not answer ({}); the next in {} s",
                    NestedExceptionUtils.getMostSpecificCause(e).getMessage(), delay.toSeconds());
        }
    }

    /**
     * Whether the current transaction took the advisory lock {@code lock} (any number,
     * the same on every node), held until it ends; false when another node's round holds
     * it.
     */
    static boolean mine(JdbcClient jdbc, long lock) {
        return Boolean.TRUE
            .equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(lock).query(Boolean.class).single());
    }

}
