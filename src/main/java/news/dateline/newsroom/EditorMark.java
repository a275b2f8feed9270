package news.dateline.newsroom;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed cookie that marks a browser where an editor logged in, for {@link #LIFETIME}:
 * when its session has expired, it is what tells the post of an editor (whose story is
 * kept, {@link RescuedDraft}) from a stranger's (kept nowhere). It names the account and
 * when it ends, signed with HMAC-SHA256 under a key every node shares
 * ({@code site_secret}); it opens nothing by itself.
 */
@Component
class EditorMark {

    static final String COOKIE = "dateline_editor";

    static final Duration LIFETIME = Duration.ofHours(12);

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final Clock clock;

    private volatile SecretKeySpec key;

    EditorMark(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    void issue(HttpServletRequest request, HttpServletResponse response, String username) {
        String payload = ENCODER.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "."
                + clock.instant().plus(LIFETIME).getEpochSecond();
        set(request, response, payload + "." + sign(payload, key()), LIFETIME);
    }

    void clear(HttpServletRequest request, HttpServletResponse response) {
        set(request, response, "", Duration.ZERO);
    }

    /** Whether the request carries a mark this site signed and that has not ended. */
    boolean present(HttpServletRequest request) {
        return present(request, key());
    }

    /**
     * The same, without asking the database: false when this node has not read the key
     * yet (it reads it once it is ready to serve, {@link #readKey}).
     */
    boolean presentWithoutDatabase(HttpServletRequest request) {
        SecretKeySpec known = key;
        return known != null && present(request, known);
    }

    /**
     * Reads (or makes) the key as soon as the server is ready, so that the mark can be
     * checked while the database is away ({@link UnsavedStory}).
     */
    @EventListener
    void readKey(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        try {
            key();
        }
        catch (RuntimeException e) {
            LoggerFactory.getLogger(EditorMark.class)
                .warn("The editor mark's key could not be read yet: {}", e.getMessage());
        }
    }

    private boolean present(HttpServletRequest request, SecretKeySpec with) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && valid(cookie.getValue(), with)) {
                return true;
            }
        }
        return false;
    }

    private boolean valid(String value, SecretKeySpec with) {
        int last = value == null ? -1 : value.lastIndexOf('.');
        if (last < 0 || value.length() > 400) {
            return false;
        }
        String payload = value.substring(0, last);
        byte[] expected = sign(payload, with).getBytes(StandardCharsets.US_ASCII);
        byte[] given = value.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return false;
        }
        try {
            long until = Long.parseLong(payload.substring(payload.lastIndexOf('.') + 1));
            return clock.instant().getEpochSecond() < until;
        }
        catch (NumberFormatException e) {
            return false;
        }
    }

    private static void set(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
        response.addHeader(HttpHeaders.SET_COOKIE,
                ResponseCookie.from(COOKIE, value)
                    .path("/")
                    .httpOnly(true)
                    .secure(request.isSecure())
                    .sameSite("Lax")
                    .maxAge(maxAge)
                    .build()
                    .toString());
    }

    private static String sign(String payload, SecretKeySpec with) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(with);
            return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared key, made by the first node that needs it. */
    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            byte[] value = transactions.execute(tx -> {
                jdbc.sql(
                        "insert into site_secret (name, value) values ('editor-mark', ?) on conflict (name) do nothing")
                    .param(fresh)
                    .update();
                return jdbc.sql("select value from site_secret where name = 'editor-mark'")
                    .query(byte[].class)
                    .single();
            });
            known = new SecretKeySpec(value, "HmacSHA256");
            key = known;
        }
        return known;
    }

}
