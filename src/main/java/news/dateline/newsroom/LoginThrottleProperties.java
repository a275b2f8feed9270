package news.dateline.newsroom;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed logins are slowed down and locked ({@code dateline.login.*}).
 *
 * @param failuresBeforeLock failures of one account or from one address that lock it
 * @param lock how long a lock lasts
 * @param forgetAfter failures older than this no longer count
 * @param maxDelay the longest a failing login is held back
 */
@ConfigurationProperties("dateline.login")
public record LoginThrottleProperties(Integer failuresBeforeLock, Duration lock, Duration forgetAfter,
        Duration maxDelay) {

    public LoginThrottleProperties {
        failuresBeforeLock = failuresBeforeLock == null ? 5 : failuresBeforeLock;
        lock = lock == null ? Duration.ofMinutes(15) : lock;
        forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
        maxDelay = maxDelay == null ? Duration.ofSeconds(2) : maxDelay;
    }
}
