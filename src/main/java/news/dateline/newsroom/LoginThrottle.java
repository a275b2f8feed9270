package news.dateline.newsroom;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guessing passwords is slowed down and locked, without letting a stranger lock the owner
 * out. Every attempt is counted, in one statement, before its password is checked, under
 * three keys:
 * <ul>
 * <li>the account from this address: {@code failuresBeforeLock} (5) failures lock this
 * account for this address only;</li>
 * <li>the address: {@code addressFailuresBeforeLock} (20) failures, whatever the
 * accounts, lock the address;</li>
 * <li>the account from anywhere: after {@code accountFailuresBeforeLock} (20) failures
 * (guesses spread over many addresses) only addresses known to the account (a successful
 * login from there within {@code knownAddressFor}) may try, and they are slowed down,
 * never locked.</li>
 * </ul>
 * Each earlier failure under any key doubles a delay before the check (up to
 * {@code maxDelay}). A lock lasts {@code lock}; failures older than {@code forgetAfter}
 * no longer count. A success clears its pair and takes its own attempt off the other two
 * counts. Counted in PostgreSQL: shared by every node, kept across restarts. The address
 * is the client's as Tomcat sees it, from forwarded headers only when a trusted proxy
 * sent them ({@code dateline.http.trusted-proxies}).
 */
@Service
public class LoginThrottle {

    private static final String COUNT = """
            with attempt (ord, key, lim) as (values (1, :pair, :pairMax), (2, :ip, :ipMax), (3, :user, :userMax))
            insert into login_throttle as t (key, failures, last_failure, locked_until)
            select key, 1, :now, case when lim <= 1 then cast(:until as timestamptz) end from attempt order by ord
            on conflict (key) do update set
              failures = case when t.last_failure < :forget or t.locked_until <= :now then 1 else t.failures + 1 end,
              locked_until = case
                  when t.locked_until > :now then t.locked_until
                  when (case when t.last_failure < :forget or t.locked_until <= :now then 1 else t.failures + 1 end)
                       >= (case when t.key like 'pair:%' then :pairMax when t.key like 'ip:%' then :ipMax else :userMax end)
                    then cast(:until as timestamptz)
                  end,
              last_failure = :now
            returning key, failures, locked_until, last_success""";

    private final JdbcClient jdbc;

    private final Clock clock;

    private final LoginThrottleProperties limits;

    LoginThrottle(JdbcClient jdbc, Clock clock, LoginThrottleProperties limits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * What became of one attempt: checked after {@code delay}, or refused until
     * {@code lockedUntil}.
     */
    public record Attempt(boolean allowed, @Nullable Instant lockedUntil, Duration delay) {
    }

    private record Count(String key, int failures, @Nullable Instant lockedUntil, @Nullable Instant lastSuccess) {
    }

    /**
     * Counts an attempt to log in as {@code username} from {@code address} (as a failure,
     * until {@link #succeeded} says otherwise) and says whether its password may be
     * checked. One statement: concurrent attempts each get their own count.
     */
    @Transactional
    public Attempt attempt(String username, String address) {
        Instant now = clock.instant();
        String pair = pairKey(username, address);
        List<Count> counts = jdbc.sql(COUNT)
            .param("pair", pair)
            .param("ip", addressKey(address))
            .param("user", userKey(username))
            .param("pairMax", limits.failuresBeforeLock())
            .param("ipMax", limits.addressFailuresBeforeLock())
            .param("userMax", limits.accountFailuresBeforeLock())
            .param("now", Timestamp.from(now))
            .param("until", Timestamp.from(now.plus(limits.lock())))
            .param("forget", Timestamp.from(now.minus(limits.forgetAfter())))
            .query((rs, n) -> new Count(rs.getString(1), rs.getInt(2), instant(rs.getTimestamp(3)),
                    instant(rs.getTimestamp(4))))
            .list();
        Count pairCount = counts.stream().filter(c -> c.key().equals(pair)).findFirst().orElseThrow();
        boolean known = pairCount.lastSuccess() != null
                && pairCount.lastSuccess().isAfter(now.minus(limits.knownAddressFor()));
        Instant lockedUntil = null;
        int before = 0;
        for (Count count : counts) {
            before = Math.max(before, count.failures() - 1);
            boolean account = count.key().startsWith("user:");
            if (count.failures() > max(count.key()) && !(account && known) && count.lockedUntil() != null
                    && (lockedUntil == null || count.lockedUntil().isAfter(lockedUntil))) {
                lockedUntil = count.lockedUntil();
            }
        }
        Duration delay = before == 0 ? Duration.ZERO
                : Duration.ofMillis(Math.min(limits.maxDelay().toMillis(), 125L << Math.min(before, 10)));
        return new Attempt(lockedUntil == null, lockedUntil, lockedUntil == null ? delay : Duration.ZERO);
    }

    /**
     * The password was right: the pair's failures are forgotten, its address becomes
     * known to the account, and this attempt no longer counts against the address or the
     * account.
     */
    @Transactional
    public void succeeded(String username, String address) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update login_throttle set failures = 0, locked_until = null, last_success = ? where key = ?")
            .params(now, pairKey(username, address))
            .update();
        jdbc.sql("update login_throttle set failures = greatest(failures - 1, 0) where key in (?, ?)")
            .params(addressKey(address), userKey(username))
            .update();
    }

    /** Rows that no longer count for anything are deleted, hourly. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @Transactional
    public int forgetOld() {
        Instant now = clock.instant();
        return jdbc
            .sql("""
                    delete from login_throttle where last_failure < :forget and (locked_until is null or locked_until < :now)
                      and (last_success is null or last_success < :known)""")
            .param("forget", Timestamp.from(now.minus(limits.forgetAfter())))
            .param("now", Timestamp.from(now))
            .param("known", Timestamp.from(now.minus(limits.knownAddressFor())))
            .update();
    }

    private int max(String key) {
        return key.startsWith("pair:") ? limits.failuresBeforeLock()
                : key.startsWith("ip:") ? limits.addressFailuresBeforeLock() : limits.accountFailuresBeforeLock();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * No account name is longer than 60 characters, so a longer one is cut: its failures
     * still count, under one key.
     */
    private static String name(@Nullable String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String userKey(@Nullable String username) {
        return "user:" + name(username);
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }

    private static String pairKey(@Nullable String username, String address) {
        return "pair:" + name(username) + "|" + address;
    }

}
