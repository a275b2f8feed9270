package news.dateline.newsroom;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How login attempts are slowed down and locked ({@code dateline.login.*}); see
 * {@link LoginThrottle}.
 *
 * @param failuresBeforeLock failures of one account from one address that lock that
 * account for that address
 * @param addressFailuresBeforeLock failures from one address, whatever the accounts, that
 * lock the address
 * @param accountFailuresBeforeLock failures of one account from anywhere after which only
 * its known addresses may try (slowed down) until the lock ends
 * @param lock how long a lock lasts
 * @param forgetAfter failures older than this no longer count
 * @param maxDelay the longest an attempt is held back
 * @param knownAddressFor how long an address stays known to an account after a successful
 * login from it
 */
@ConfigurationProperties("dateline.login")
public record LoginThrottleProperties(Integer failuresBeforeLock, Integer addressFailuresBeforeLock,
        Integer accountFailuresBeforeLock, Duration lock, Duration forgetAfter, Duration maxDelay,
        Duration knownAddressFor) {

    public LoginThrottleProperties {
        failuresBeforeLock = failuresBeforeLock == null ? 5 : failuresBeforeLock;
        addressFailuresBeforeLock = addressFailuresBeforeLock == null ? 20 : addressFailuresBeforeLock;
        accountFailuresBeforeLock = accountFailuresBeforeLock == null ? 20 : accountFailuresBeforeLock;
        lock = lock == null ? Duration.ofMinutes(15) : lock;
        forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
        maxDelay = maxDelay == null ? Duration.ofSeconds(2) : maxDelay;
        knownAddressFor = knownAddressFor == null ? Duration.ofDays(60) : knownAddressFor;
    }
}
