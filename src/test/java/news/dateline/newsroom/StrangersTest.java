package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import news.dateline.support.DatelineTest;
import news.dateline.support.Editors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a stranger can do to the newsroom without an account (issue 14, items 1, 2 and 9):
 * nothing is kept for them, no session is made for them, their guesses are counted
 * exactly and they never lock the owner out.
 */
@DatelineTest
class StrangersTest {

    static final String PASSWORD = LoginTest.PASSWORD;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Editors editors;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    LoginThrottleProperties limits;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate transactions;

    String newEditor() {
        return editors.create("st", "St", PASSWORD, Role.EDITOR);
    }

    MvcTestResult login(String username, String password, String address) {
        return Editors.logIn(mvc, username, password, address);
    }

    static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void anAnonymousTwoMegabytePostToTheStoryFormKeepsNothingAndMakesNoSession() {
        String body = "x".repeat(2 * 1024 * 1024);
        MvcTestResult noMark = mvc.post()
            .uri("/admin/articles")
            .param("headline", "Memory for nothing")
            .param("body", body)
            .param("_csrf", "made-up")
            .exchange();
        MvcTestResult forgedMark = mvc.post()
            .uri("/admin/articles")
            .cookie(new Cookie(EditorMark.COOKIE, "YWRtaW4.99999999999.forged"))
            .param("headline", "Memory for nothing")
            .param("body", body)
            .exchange();

        for (MvcTestResult result : List.of(noMark, forgedMark)) {
            assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
            // (that no session is made at all is seen over real HTTP, in
            // HttpHardeningTest: MockMvc's
            // csrf() keeps tokens in sessions for every later request)
            var session = result.getRequest().getSession(false);
            if (session != null) {
                assertThat(session.getAttribute(RescuedDraft.ATTRIBUTE)).isNull();
                assertThat(session.getAttribute(RescuedDraft.MESSAGE)).isNull();
            }
        }
    }

    @Test
    void anAnonymousVisitorOfTheNewsroomIsSentBackThereAfterLoggingInButNeverOffTheSite() {
        MvcTestResult wanted = mvc.get().uri("/admin/people").exchange();
        assertThat(wanted.getResponse().getRedirectedUrl()).endsWith("/login");
        Cookie saved = wanted.getResponse().getCookie("REDIRECT_URI");
        assertThat(saved).isNotNull();

        String name = newEditor();
        MvcTestResult back = mvc.post()
            .uri("/login")
            .with(csrf())
            .cookie(saved)
            .param("username", name)
            .param("password", PASSWORD)
            .exchange();
        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/admin/people");

        Cookie forged = new Cookie("REDIRECT_URI", java.util.Base64.getEncoder()
            .encodeToString("https://evil.example/admin".getBytes(StandardCharsets.UTF_8)));
        MvcTestResult notThere = mvc.post()
            .uri("/login")
            .with(csrf())
            .cookie(forged)
            .param("username", name)
            .param("password", PASSWORD)
            .exchange();
        assertThat(notThere.getResponse().getRedirectedUrl()).isIn("/admin", "/admin/");
    }

    @Test
    void aRescuedStoryIsCappedInSize() {
        String name = newEditor();
        Cookie mark = login(name, PASSWORD, "192.0.2.150").getResponse().getCookie(EditorMark.COOKIE);
        assertThat(mark).isNotNull();

        MvcTestResult tooLong = mvc.post()
            .uri("/admin/articles")
            .session(new MockHttpSession())
            .cookie(mark)
            .param("headline", "A whole book")
            .param("body", "y".repeat(RescuedDraft.MAX_KEPT + 1))
            .param("_csrf", "stale")
            .exchange();

        assertThat(tooLong.getResponse().getRedirectedUrl()).isEqualTo("/login");
        var session = tooLong.getRequest().getSession(false);
        assertThat(session.getAttribute(RescuedDraft.ATTRIBUTE)).isNull();
        assertThat(String.valueOf(session.getAttribute(RescuedDraft.MESSAGE))).contains("too long to keep");
    }

    /** The provider the login form uses, with a password check that counts its calls. */
    AuthenticationProvider counted(AtomicInteger checks) {
        AuthenticationProvider real = ThrottledAuthenticationProvider.passwordCheck(accounts, passwords);
        return new ThrottledAuthenticationProvider(new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                checks.incrementAndGet();
                return real.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        }, throttle);
    }

    static Authentication attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    /** Runs every attempt at once; how many got in. */
    static int concurrently(AuthenticationProvider provider, List<Authentication> attempts) throws Exception {
        // fewer threads than the connection pool holds (10): each attempt waits for its
        // turn at the
        // throttle's row, never for a connection (a 2 s wait for one fails the attempt on
        // a loaded machine)
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (Authentication attempt : attempts) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return provider.authenticate(attempt).isAuthenticated();
                    }
                    catch (AuthenticationException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int in = 0;
            for (Future<Boolean> result : results) {
                in += result.get() ? 1 : 0;
            }
            return in;
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneHundredFiftyConcurrentGuessesFromOneAddressAreCountedExactly() throws Exception {
        String name = newEditor();
        AtomicInteger checks = new AtomicInteger();
        List<Authentication> guesses = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            guesses.add(attempt(name, "guess number " + i, "198.51.100.7"));
        }

        assertThat(concurrently(counted(checks), guesses)).isZero();

        assertThat(checks).as("passwords checked").hasValue(limits.failuresBeforeLock());
    }

    @Test
    void guessesSpreadOverManyAddressesAreCheckedNoMoreThanTheAccountAllows() throws Exception {
        String name = newEditor();
        AtomicInteger checks = new AtomicInteger();
        List<Authentication> guesses = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            guesses.add(attempt(name, i == 99 ? PASSWORD : "guess number " + i, "203.0.113." + i));
        }

        concurrently(counted(checks), guesses);

        assertThat(checks.get()).as("passwords checked").isEqualTo(limits.accountFailuresBeforeLock());
    }

    @Test
    void aStrangersFailuresNeverStopTheOwnerLoggingInFromWhereTheyDoBefore() throws Exception {
        String owner = newEditor();
        assertThat(login(owner, PASSWORD, "192.0.2.200").getResponse().getRedirectedUrl()).isEqualTo("/admin");
        AtomicInteger checks = new AtomicInteger();
        AuthenticationProvider provider = counted(checks);
        List<Authentication> strangers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            strangers.add(attempt(owner, "guess number " + i, "203.0.113." + (i % 60)));
        }
        for (int i = 0; i < 30; i++) {
            strangers.add(attempt(owner, "guess number " + i, "198.51.100.9"));
        }
        concurrently(provider, strangers);

        MvcTestResult ownerAgain = login(owner, PASSWORD, "192.0.2.200");
        assertThat(ownerAgain.getResponse().getRedirectedUrl()).isEqualTo("/admin");
        MvcTestResult strangerWithThePassword = login(owner, PASSWORD, "198.51.100.10");
        assertThat(strangerWithThePassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void aDisabledAccountIsCheckedLikeAnyOtherAndAnswersAsAWrongPassword() {
        String name = newEditor();
        transactions.executeWithoutResult(tx -> accounts.setEnabled("chief", name, false));
        AtomicInteger hashes = new AtomicInteger();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwords.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashes.incrementAndGet();
                return passwords.matches(raw, encoded);
            }
        };
        AuthenticationProvider provider = new ThrottledAuthenticationProvider(
                ThrottledAuthenticationProvider.passwordCheck(accounts, counting), throttle);

        String right = message(provider, attempt(name, PASSWORD, "192.0.2.210"));
        String wrong = message(provider, attempt(name, "not the password", "192.0.2.211"));

        assertThat(hashes).as("the password hash ran both times").hasValue(2);
        assertThat(right).isEqualTo(wrong).isEqualTo("Wrong user name or password.");
        MvcTestResult page = login(name, PASSWORD, "192.0.2.212");
        MockHttpServletResponse response = page.getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
    }

    static String message(AuthenticationProvider provider, Authentication attempt) {
        try {
            provider.authenticate(attempt);
            return "logged in";
        }
        catch (AuthenticationException e) {
            return e.getMessage();
        }
    }

}
