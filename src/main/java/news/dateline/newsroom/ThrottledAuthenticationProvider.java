package news.dateline.newsroom;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The normal username and password check, behind {@link LoginThrottle}: the attempt is
 * counted first, then refused while locked, or held back and checked.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String WRONG = "Wrong user name or password.";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final AuthenticationProvider delegate;

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    /**
     * Spring Security's check of a stored password, which always runs the password hash:
     * a disabled account is only told after its password was checked (and told as a wrong
     * password), so that it answers in the time a wrong password takes.
     */
    static DaoAuthenticationProvider passwordCheck(UserDetailsService accounts, PasswordEncoder passwords) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(passwords);
        dao.setPreAuthenticationChecks(user -> {
        });
        dao.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return dao;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        LoginThrottle.Attempt attempt = throttle.attempt(username, address);
        if (!attempt.allowed()) {
            throw new Locked(attempt.lockedUntil());
        }
        if (!attempt.delay().isZero()) {
            try {
                Thread.sleep(attempt.delay());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BadCredentialsException(WRONG);
            }
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        }
        catch (BadCredentialsException | AccountStatusException e) {
            // a disabled account is told apart from a wrong password by nobody
            throw new BadCredentialsException(WRONG);
        }
        throttle.succeeded(username, address);
        return result;
    }

    /** Refused unchecked: too many failures, until {@code until}. */
    static final class Locked extends LockedException {

        private final transient Instant until;

        Locked(Instant until) {
            super("Too many failed attempts. Logging in is locked until " + TIME.format(until) + ".");
            this.until = until;
        }

        Instant until() {
            return until;
        }

    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
