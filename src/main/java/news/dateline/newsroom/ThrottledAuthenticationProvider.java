package news.dateline.newsroom;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The normal username and password check, behind {@link LoginThrottle}. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final DaoAuthenticationProvider delegate;

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        var locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            throw new LockedException(
                    "Too many failed attempts. Logging in is locked until " + until(locked.get()) + ".");
        }
        try {
            Thread.sleep(throttle.delay(username, address));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        }
        catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw new BadCredentialsException("Wrong user name or password.");
        }
    }

    private static String until(Instant instant) {
        return TIME.format(instant);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
