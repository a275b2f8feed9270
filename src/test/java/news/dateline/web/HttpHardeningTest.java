package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.dateline.newsroom.Role;
import news.dateline.support.DatelineTest;
import news.dateline.support.Editors;
import news.dateline.support.MutableClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal over real HTTP, as a stranger meets it (issue 14, items 1, 3, 4 and 7): no
 * redirect leaves the site, malformed requests get a 400 page and one rate-limited WARN
 * line, nobody gets a session before logging in, and forwarded headers count only from a
 * trusted proxy (loopback, 127.0.0.1, by default; these tests also speak from 127.0.0.2,
 * which is not trusted).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "dateline.scheduler.enabled=false", "dateline.http.bad-requests-logged-per-minute=5" })
@Import(DatelineTest.Clocks.class)
@ExtendWith(OutputCaptureExtension.class)
class HttpHardeningTest {

    static final String PASSWORD = "quiet ferrets debate marmalade";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Editors editors;

    @Autowired
    JdbcClient jdbc;

    /** An answer: its status, its headers as sent, its body. */
    record Answer(int status, List<String> headers, String body) {

        Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(h -> h.substring(prefix.length()).strip())
                .findFirst();
        }

        List<String> cookies() {
            return headers.stream()
                .filter(h -> h.toLowerCase(Locale.ROOT).startsWith("set-cookie:"))
                .map(h -> h.substring("set-cookie:".length()).strip())
                .toList();
        }

        Optional<String> cookie(String name) {
            return cookies().stream().filter(c -> c.startsWith(name + "=")).findFirst();
        }

        /** {@code name=value} of a cookie set, for a Cookie header. */
        String pair(String name) {
            String cookie = cookie(name).orElseThrow(() -> new AssertionError("no cookie " + name + " in " + headers));
            return cookie.substring(0, cookie.indexOf(';'));
        }

    }

    @BeforeEach
    void aNewMinute() throws Exception {
        // each test starts a new minute of the bad-request log, on a servlet already
        // initialized
        clock.advance(Duration.ofMinutes(2));
        get("/");
    }

    Answer raw(String request) throws Exception {
        return raw(request, "127.0.0.1");
    }

    /** A request sent as written, from {@code from} (a loopback address). */
    Answer raw(String request, String from) throws Exception {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            List<String> head = end < 0 ? text.lines().toList() : text.substring(0, end).lines().toList();
            int status = Integer.parseInt(head.getFirst().split(" ")[1]);
            return new Answer(status, head.subList(1, head.size()), end < 0 ? "" : text.substring(end + 4));
        }
    }

    Answer get(String target, String... headers) throws Exception {
        return raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + lines(headers) + "\r\n");
    }

    Answer post(String target, String form, String... headers) throws Exception {
        return postFrom("127.0.0.1", target, form, headers);
    }

    Answer postFrom(String from, String target, String form, String... headers) throws Exception {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        return raw("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n"
                + lines(headers) + "\r\n" + form, from);
    }

    static String lines(String... headers) {
        StringBuilder all = new StringBuilder();
        for (String header : headers) {
            all.append(header).append("\r\n");
        }
        return all.toString();
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void noRedirectLeavesTheSite() throws Exception {
        for (String target : List.of("//evil.example/", "///evil.example/", "//evil.example/x/", "/\\evil.example/",
                "/%2F%2Fevil/", "/%5Cevil.example/", "/%2F/evil.example/", "//evil.example/?next=//evil.example/",
                "//evil.example/Articles/X")) {
            Answer answer = get(target);
            if (answer.status() >= 300 && answer.status() < 400) {
                String location = answer.header("Location").orElseThrow();
                assertThat(location).as(target).startsWith("/").doesNotStartWith("//").doesNotContain("\\");
                assertThat(URI.create("http://localhost:" + port + "/").resolve(location).getHost()).as(target)
                    .isEqualTo("localhost");
            }
            else {
                assertThat(answer.status()).as(target).isIn(400, 404);
            }
        }
        assertThat(get("/countries/laos/").header("Location")).hasValue("/countries/laos");
    }

    @Test
    void aMalformedRequestGetsA400PageAndOneWarningLine(CapturedOutput output) throws Exception {
        StringBuilder many = new StringBuilder("/search?q=x");
        for (int i = 0; i < 1001; i++) {
            many.append("&p").append(i).append("=1");
        }
        String multipart = "--xx\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nbroken";
        List<ThrowingRequest> requests = List.of(() -> get("/search?q=%ff"), () -> get(many.toString()),
                () -> post("/login", "q=" + "x".repeat(3 * 1024 * 1024)),
                () -> raw("POST /admin/articles HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                        + "Content-Type: multipart/form-data; boundary=xx\r\nContent-Length: " + multipart.length()
                        + "\r\n\r\n" + multipart));
        for (ThrowingRequest request : requests) {
            int before = output.length();
            Answer answer = request.send();
            String logged = output.toString().substring(before);

            assertThat(answer.status()).isEqualTo(400);
            assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo("Request not understood");
            List<String> lines = logged.lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as(logged).hasSize(1);
            assertThat(lines.getFirst()).contains("WARN").contains("Bad request from 127.0.0.1");
            assertThat(logged).doesNotContain("ERROR").doesNotContain("\tat ");
        }
    }

    /**
     * Addresses Tomcat refuses before any filter sees them (issue 14): an escape that is
     * not UTF-8 in the path, a lone {@code %}, characters no request line may hold. Each
     * gets the portal's 400 page (the site's name and style sheet, a link home), not
     * Tomcat's, and one WARN line.
     */
    @Test
    void anAddressTomcatRefusesGetsThePortals400PageAndOneWarningLine(CapturedOutput output) throws Exception {
        for (String target : List.of("/articles/%ff", "/%", "/articles/%zz", "/a{b}", "/a\"b", "/a\u0001b")) {
            // a minute of its own in the rate-limited log
            clock.advance(Duration.ofMinutes(2));
            int before = output.length();
            Answer answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String logged = output.toString().substring(before);

            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(target).hasValue("text/html;charset=UTF-8");
            assertThat(answer.header("Server")).as(target).isEmpty();
            var page = Jsoup.parse(answer.body());
            assertThat(page.select("h1").text()).as(answer.body()).isEqualTo("Request not understood");
            assertThat(page.title()).isEqualTo("Request not understood · Dateline");
            assertThat(page.select("a.brand").text()).isEqualTo("Dateline");
            assertThat(page.select("a.brand").attr("href")).isEqualTo("/");
            assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/site.css");
            assertThat(answer.body()).doesNotContainIgnoringCase("tomcat")
                .doesNotContain("HTTP Status")
                .doesNotContain("Exception");
            List<String> lines = logged.lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as(logged).hasSize(1);
            assertThat(lines.getFirst()).contains("WARN").contains("Bad request from 127.0.0.1");
            assertThat(logged).doesNotContain("ERROR").doesNotContain("\tat ");
        }
    }

    interface ThrowingRequest {

        Answer send() throws Exception;

    }

    @Test
    void aFloodOfMalformedRequestsIsLoggedAtMostSoManyLinesAMinute(CapturedOutput output) throws Exception {
        int before = output.length();
        for (int i = 0; i < 12; i++) {
            assertThat(get("/search?q=%ff&n=" + i).status()).isEqualTo(400);
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(get("/search?q=%fe").status()).isEqualTo(400);

        List<String> lines = output.toString().substring(before).lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines.stream().filter(l -> l.contains("Bad request from"))).hasSize(5 + 1);
        assertThat(lines.stream().filter(l -> l.contains("7 more bad requests were not logged"))).hasSize(1);
        assertThat(lines).hasSize(5 + 1 + 1);
    }

    String newEditor() {
        return editors.create("http", "Http", PASSWORD, Role.EDITOR);
    }

    @Test
    void nobodyGetsASessionBeforeLoggingInAndTheLoginFormStillNeedsItsToken() throws Exception {
        for (String path : List.of("/", "/login", "/search?q=Laos", "/countries/laos", "/admin", "/admin/people",
                "/articles/no-such-story", "/feed.xml")) {
            assertThat(get(path).cookie("JSESSIONID")).as(path).isEmpty();
        }
        Answer stranger = post("/admin/articles", "headline=x&body=" + "y".repeat(2_000_000) + "&_csrf=made-up");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.cookie("JSESSIONID")).isEmpty();

        Answer form = get("/login");
        String token = Jsoup.parse(form.body()).select("input[name=_csrf]").val();
        String tokenCookie = form.pair("XSRF-TOKEN");
        assertThat(form.cookie("XSRF-TOKEN").orElseThrow()).contains("HttpOnly").contains("SameSite=Lax");
        String name = newEditor();
        String credentials = "username=" + name + "&password=" + encoded(PASSWORD);

        assertThat(post("/login", credentials, "Cookie: " + tokenCookie).status()).isEqualTo(403);
        assertThat(post("/login", credentials + "&_csrf=" + encoded(token)).status()).isEqualTo(403);
        Answer wrong = post("/login", "username=" + name + "&password=nope&_csrf=" + encoded(token),
                "Cookie: " + tokenCookie);
        assertThat(wrong.header("Location").orElseThrow()).endsWith("/login?error");
        assertThat(wrong.cookie("JSESSIONID")).as("a failed login makes no session").isEmpty();

        Answer right = post("/login", credentials + "&_csrf=" + encoded(token), "Cookie: " + tokenCookie);
        assertThat(right.status()).isEqualTo(302);
        assertThat(right.header("Location").orElseThrow()).endsWith("/admin");
        assertThat(right.cookie("JSESSIONID").orElseThrow()).contains("HttpOnly")
            .contains("SameSite=Lax")
            .doesNotContain("Secure");
        assertThat(get("/admin", "Cookie: " + right.pair("JSESSIONID")).status()).isEqualTo(200);
    }

    @Test
    void behindATrustedTlsProxyEveryCookieIsSecureRedirectsStayOnHttpsAndHstsIsSent() throws Exception {
        String[] viaProxy = { "X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.60" };
        Answer form = get("/login", viaProxy);
        assertThat(form.header("Strict-Transport-Security"))
            .hasValueSatisfying(h -> assertThat(h).contains("max-age="));
        assertThat(form.cookie("XSRF-TOKEN").orElseThrow()).contains("Secure").contains("SameSite=Lax");
        Answer wanted = get("/admin", viaProxy);
        assertThat(wanted.header("Location").orElseThrow()).satisfiesAnyOf(l -> assertThat(l).startsWith("/login"),
                l -> assertThat(l).startsWith("https://"));
        assertThat(wanted.cookie("REDIRECT_URI").orElseThrow()).contains("Secure");

        String name = newEditor();
        Answer right = post("/login",
                "username=" + name + "&password=" + encoded(PASSWORD) + "&_csrf="
                        + encoded(Jsoup.parse(form.body()).select("input[name=_csrf]").val()),
                "Cookie: " + form.pair("XSRF-TOKEN") + "; " + wanted.pair("REDIRECT_URI"), viaProxy[0], viaProxy[1]);
        assertThat(right.status()).isEqualTo(302);
        assertThat(right.header("Location").orElseThrow()).satisfiesAnyOf(l -> assertThat(l).isEqualTo("/admin"),
                l -> assertThat(l).startsWith("https://localhost"));
        assertThat(right.header("Location").orElseThrow()).doesNotStartWith("http:");
        for (String cookie : right.cookies()) {
            assertThat(cookie).as(cookie).contains("Secure").contains("SameSite=Lax");
        }
        assertThat(right.cookie("JSESSIONID")).isPresent();
        assertThat(right.cookie("dateline_editor")).isPresent();
        assertThat(jdbc.sql("select count(*) from login_throttle where key = ?")
            .param("pair:" + name + "|203.0.113.60")
            .query(Long.class)
            .single()).as("the client's address, from the trusted proxy").isOne();

        Answer plain = get("/login");
        assertThat(plain.header("Strict-Transport-Security")).isEmpty();
        assertThat(plain.cookie("XSRF-TOKEN").orElseThrow()).doesNotContain("Secure");
    }

    @Test
    void forwardedHeadersFromAnyoneElseAreIgnored() throws Exception {
        String untrusted = "127.0.0.2";
        String[] forged = { "X-Forwarded-Proto: https", "X-Forwarded-For: 198.51.100.99" };
        Answer form = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + lines(forged) + "\r\n",
                untrusted);
        assertThat(form.header("Strict-Transport-Security")).isEmpty();
        assertThat(form.cookie("XSRF-TOKEN").orElseThrow()).doesNotContain("Secure");

        String name = newEditor();
        Answer wrong = postFrom(untrusted, "/login",
                "username=" + name + "&password=nope&_csrf="
                        + encoded(Jsoup.parse(form.body()).select("input[name=_csrf]").val()),
                "Cookie: " + form.pair("XSRF-TOKEN"), forged[0], forged[1]);
        assertThat(wrong.status()).isEqualTo(302);
        List<String> keys = new ArrayList<>(jdbc.sql("select key from login_throttle where key like ?")
            .param("pair:" + name + "|%")
            .query(String.class)
            .list());
        assertThat(keys).containsExactly("pair:" + name + "|" + untrusted);
    }

}
