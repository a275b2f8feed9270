package news.dateline.newsroom;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens in the session when there is one (an editor's), else in an HttpOnly,
 * SameSite=Lax cookie (the login form's): showing the login form creates no session, and
 * every form still needs its token. Logging in and out clears both, and the new session's
 * token lives in the session.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokenRepository() {
        cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            sessions.saveToken(null, request, response);
            if (hasCookie(request)) {
                cookies.saveToken(null, request, response);
            }
        }
        else if (request.getSession(false) != null) {
            sessions.saveToken(token, request, response);
        }
        else {
            cookies.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        CsrfToken token = request.getSession(false) == null ? null : sessions.loadToken(request);
        if (token != null) {
            return token;
        }
        return cookies.loadToken(request);
    }

    private static boolean hasCookie(HttpServletRequest request) {
        Cookie[] all = request.getCookies();
        return all != null && Arrays.stream(all).anyMatch(c -> "XSRF-TOKEN".equals(c.getName()));
    }

}
