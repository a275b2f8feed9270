package news.dateline.newsroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repeated failed logins for one account or from one address are slowed down, then locked
 * for a while. Counted in PostgreSQL, so that a restart or a second instance does not
 * reset them.
 */
@Service
public class LoginThrottle {

    private final JdbcClient jdbc;

    private final Clock clock;

    private final LoginThrottleProperties limits;

    LoginThrottle(JdbcClient jdbc, Clock clock, LoginThrottleProperties limits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
    }

    /** When the account or the address may try again, if either is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String address) {
        return jdbc.sql("select max(locked_until) from login_throttle where key in (?, ?) and locked_until > ?")
            .params(userKey(username), addressKey(address), java.sql.Timestamp.from(clock.instant()))
            .query((rs, n) -> rs.getTimestamp(1))
            .optional()
            .filter(java.util.Objects::nonNull)
            .map(java.sql.Timestamp::toInstant);
    }

    /** How long to hold a login attempt back: doubling with each recent failure. */
    @Transactional(readOnly = true)
    public Duration delay(String username, String address) {
        int failures = jdbc
            .sql("select coalesce(max(failures), 0) from login_throttle where key in (?, ?) and last_failure > ?")
            .params(userKey(username), addressKey(address),
                    java.sql.Timestamp.from(clock.instant().minus(limits.forgetAfter())))
            .query(Integer.class)
            .single();
        if (failures == 0) {
            return Duration.ZERO;
        }
        long millis = Math.min(limits.maxDelay().toMillis(), 125L << Math.min(failures, 10));
        return Duration.ofMillis(millis);
    }

    @Transactional
    public void failed(String username, String address) {
        for (String key : new String[] { userKey(username), addressKey(address) }) {
            jdbc.sql(
                    """
                            insert into login_throttle (key, failures, last_failure, locked_until) values (:key, 1, :now, null)
                            on conflict (key) do update set
                              failures = case when login_throttle.last_failure < :forget
                                               or (login_throttle.locked_until is not null and login_throttle.locked_until <= :now)
                                              then 1 else login_throttle.failures + 1 end,
                              last_failure = :now""")
                .param("key", key)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("forget", java.sql.Timestamp.from(clock.instant().minus(limits.forgetAfter())))
                .update();
            jdbc.sql(
                    "update login_throttle set locked_until = :until where key = :key and failures >= :max and (locked_until is null or locked_until <= :now)")
                .param("key", key)
                .param("until", java.sql.Timestamp.from(clock.instant().plus(limits.lock())))
                .param("max", limits.failuresBeforeLock())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        }
    }

    @Transactional
    public void succeeded(String username, String address) {
        jdbc.sql("delete from login_throttle where key in (?, ?)")
            .params(userKey(username), addressKey(address))
            .update();
    }

    /**
     * No account name is longer than 60 characters, so a longer one is cut: its failures
     * still count, under one key.
     */
    private static String userKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return "user:" + (name.length() > 100 ? name.substring(0, 100) : name);
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }

}
