package news.dateline.newsroom;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * What the login page says after a failed login, and the user name typed, carried across
 * the redirect in a short cookie rather than a session: a failed login creates no session
 * on the server, so a stream of them costs no memory. Only a code and a time travel; the
 * message itself is made here.
 *
 * @param message the sentence shown
 * @param username the user name typed, at most 60 characters
 */
public record LoginNotice(String message, String username) {

    static final String COOKIE = "dateline_login";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    static void remember(HttpServletRequest request, HttpServletResponse response, Instant lockedUntil,
            String username) {
        String name = username == null ? "" : username.strip();
        name = name.length() > 60 ? name.substring(0, 60) : name;
        String value = (lockedUntil == null ? "wrong" : "locked-" + lockedUntil.getEpochSecond()) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(name.getBytes(StandardCharsets.UTF_8));
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, value, 120));
    }

    /** The notice the last failed login left, once (the cookie is cleared). */
    public static Optional<LoginNotice> take(HttpServletRequest request, HttpServletResponse response) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", 0));
                return read(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<LoginNotice> read(String value) {
        String[] parts = value == null ? new String[0] : value.split("\\.", -1);
        if (parts.length != 2 || value.length() > 200) {
            return Optional.empty();
        }
        try {
            String username = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            if (parts[0].equals("wrong")) {
                return Optional.of(new LoginNotice(ThrottledAuthenticationProvider.WRONG, username));
            }
            if (parts[0].startsWith("locked-")) {
                Instant until = Instant.ofEpochSecond(Long.parseLong(parts[0].substring("locked-".length())));
                return Optional.of(new LoginNotice(
                        "Too many failed attempts. Logging in is locked until " + TIME.format(until) + ".", username));
            }
        }
        catch (IllegalArgumentException | java.time.DateTimeException e) {
            // a damaged cookie says nothing
        }
        return Optional.empty();
    }

    private static String cookie(HttpServletRequest request, String value, int maxAge) {
        return ResponseCookie.from(COOKIE, value)
            .path("/login")
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .maxAge(maxAge)
            .build()
            .toString();
    }

}
