package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import news.dateline.support.DatelineTest;
import news.dateline.support.Editors;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Real form logins against accounts in PostgreSQL. */
@DatelineTest
class LoginTest {

    static final String PASSWORD = "quiet ferrets debate marmalade";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Editors editors;

    @Autowired
    LoginThrottleProperties limits;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String newEditor() {
        return editors.create("ed", "Ed", PASSWORD, Role.EDITOR);
    }

    MvcTestResult login(String username, String password, String address) {
        return Editors.logIn(mvc, username, password, address);
    }

    @Test
    void controlCharactersInTheUserNameAreALoginLikeAnyOther() {
        String name = newEditor();

        MvcTestResult wrong = login("nobody\u0000", "whatever", "192.0.2.77");
        MvcTestResult right = login(name + "\u0000", PASSWORD, "192.0.2.78");

        assertThat(wrong.getResponse().getRedirectedUrl()).contains("/login?error");
        assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/admin");
    }

    @Test
    void absurdlyLongCredentialsAreAWrongLoginNotAnError() {
        String name = newEditor();

        MvcTestResult longName = login("u".repeat(20_000), "p".repeat(100_000), "192.0.2.79");
        MvcTestResult longPassword = login(name, "p".repeat(100_000), "192.0.2.80");

        assertThat(longName.getResponse().getRedirectedUrl()).contains("/login?error");
        assertThat(longPassword.getResponse().getRedirectedUrl()).contains("/login?error");
    }

    @Test
    void passwordsAreStoredHashed() {
        String name = newEditor();

        String hash = jdbc.sql("select password_hash from editor where username = ?")
            .param(name)
            .query(String.class)
            .single();

        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    void theRightPasswordLogsIn() {
        String name = newEditor();
        MockHttpSession session = new MockHttpSession();

        MvcTestResult result = mvc.post()
            .uri("/login")
            .session(session)
            .with(csrf())
            .param("username", name)
            .param("password", PASSWORD)
            .exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin");
        var after = result.getRequest().getSession(false);
        assertThat(after).isNotNull();
        assertThat(after.getAttribute("SPRING_SECURITY_CONTEXT")).isNotNull();
    }

    @Test
    void twentyWrongPasswordsNeverGetInAreSlowedAndLockTheAccountUntilTheLockExpires() {
        String name = newEditor();
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            MvcTestResult result = login(name, "wrong password " + i, "10.9.9." + i);
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(elapsedMillis).as("failures are slowed down").isGreaterThan(1000);

        MvcTestResult locked = login(name, PASSWORD, "10.9.9.99");
        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(loginPageAfter(locked)).contains("locked until");

        clock.advance(limits.lock().plus(Duration.ofMinutes(1)));
        MvcTestResult afterLock = login(name, PASSWORD, "10.9.9.100");
        assertThat(afterLock.getResponse().getRedirectedUrl()).isEqualTo("/admin");
    }

    @Test
    void oneAddressTryingManyAccountsIsLockedToo() {
        for (int i = 0; i < limits.addressFailuresBeforeLock(); i++) {
            login("nobody-" + i, "guess", "10.8.8.8");
        }
        String name = newEditor();

        MvcTestResult result = login(name, PASSWORD, "10.8.8.8");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void aStoryTypedWhenTheSessionExpiredIsStillThereAfterLoggingInAgain() {
        String name = newEditor();
        MvcTestResult earlier = mvc.post()
            .uri("/login")
            .with(csrf())
            .param("username", name)
            .param("password", PASSWORD)
            .exchange();
        Cookie mark = earlier.getResponse().getCookie(EditorMark.COOKIE);
        assertThat(mark).isNotNull();
        MockHttpSession expired = new MockHttpSession();

        MvcTestResult post = mvc.post()
            .uri("/admin/articles")
            .session(expired)
            .cookie(mark)
            .param("headline", "Written before lunch")
            .param("body", "Three paragraphs nobody wants to type twice.")
            .param("publishedDate", "2025-12-10")
            .param("status", "DRAFT")
            .param("_csrf", "stale-token")
            .exchange();
        assertThat(post.getResponse().getRedirectedUrl()).isEqualTo("/login");

        MockHttpSession session = (MockHttpSession) post.getRequest().getSession();
        MvcTestResult login = mvc.post()
            .uri("/login")
            .session(session)
            .with(csrf())
            .param("username", name)
            .param("password", PASSWORD)
            .exchange();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles/rescued");

        MvcTestResult form = mvc.get()
            .uri("/admin/articles/rescued")
            .session((MockHttpSession) login.getRequest().getSession())
            .exchange();
        assertThat(form).hasStatusOk();
        assertThat(form).bodyText()
            .contains("Written before lunch")
            .contains("Three paragraphs nobody wants to type twice.");
    }

    @Test
    void anAdminDisablesEnablesPromotesAndResetsAnAccountButNeverTheirOwn() throws Exception {
        String name = newEditor();
        var admin = user("chief").roles("EDITOR", "ADMIN");

        assertThat(setEnabled(name, false, admin)).hasStatus3xxRedirection();
        assertThat(login(name, PASSWORD, "192.0.2.90").getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        assertThat(setEnabled(name, true, admin)).hasStatus3xxRedirection();
        assertThat(mvc.post()
            .uri("/admin/accounts/" + name + "/role")
            .param("role", "ADMIN")
            .with(admin)
            .with(csrf())
            .exchange()).hasStatus3xxRedirection();
        MvcTestResult tooShort = mvc.post()
            .uri("/admin/accounts/" + name + "/password")
            .param("password", "short")
            .with(admin)
            .with(csrf())
            .exchange();
        assertThat(tooShort).hasStatusOk().bodyText().contains("A password has at least 12 characters.");
        assertThat(mvc.post()
            .uri("/admin/accounts/" + name + "/password")
            .param("password", "a brand new passphrase")
            .with(admin)
            .with(csrf())
            .exchange()).hasStatus3xxRedirection();

        assertThat(login(name, PASSWORD, "192.0.2.91").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(login(name, "a brand new passphrase", "192.0.2.92").getResponse().getRedirectedUrl())
            .isEqualTo("/admin");
        assertThat(jdbc.sql("select role from editor where username = ?").param(name).query(String.class).single())
            .isEqualTo("ADMIN");
        assertThat(jdbc.sql(
                "select string_agg(action, ',' order by id) from audit_log where entity_type = 'ACCOUNT' and summary like ?")
            .param(name + "%")
            .query(String.class)
            .single()).isEqualTo("CREATED,DISABLED,ENABLED,ROLE_CHANGED,PASSWORD_SET");

        MvcTestResult own = setEnabled(name, false, user(name).roles("EDITOR", "ADMIN"));
        assertThat(own).hasStatusOk().bodyText().contains("You cannot disable your own account");
        assertThat(setEnabled(name, false, user("plain").roles("EDITOR")))
            .hasStatus(org.springframework.http.HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/accounts/nobody-at-all").with(admin).exchange())
            .hasStatus(org.springframework.http.HttpStatus.NOT_FOUND);
    }

    @Test
    void disablingAnAccountEndsTheSessionsItHasOpenAndAStoryBeingSavedIsKept() {
        String name = newEditor();
        MvcTestResult login = mvc.post()
            .uri("/login")
            .session(new MockHttpSession())
            .with(csrf())
            .param("username", name)
            .param("password", PASSWORD)
            .exchange();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(mvc.get().uri("/admin").session(session).exchange()).hasStatusOk();

        assertThat(setEnabled(name, false, user("chief").roles("EDITOR", "ADMIN"))).hasStatus3xxRedirection();

        MvcTestResult after = mvc.post()
            .uri("/admin/articles")
            .session(session)
            .with(csrf())
            .param("headline", "Typed while an admin changed the account")
            .param("body", "Kept.")
            .exchange();
        assertThat(after).hasStatus3xxRedirection();
        assertThat(after.getResponse().getRedirectedUrl()).isEqualTo("/login");
        var fresh = (MockHttpSession) after.getRequest().getSession(false);
        assertThat(mvc.get().uri("/login").session(fresh).exchange()).bodyText()
            .contains("An admin changed your account")
            .contains("The story you were writing is kept.");
        assertThat(mvc.get().uri("/admin").session(fresh).exchange()).hasStatus3xxRedirection();

        assertThat(setEnabled(name, true, user("chief").roles("EDITOR", "ADMIN"))).hasStatus3xxRedirection();
        MvcTestResult again = mvc.post()
            .uri("/login")
            .session(fresh)
            .with(csrf())
            .param("username", name)
            .param("password", PASSWORD)
            .exchange();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles/rescued");
    }

    /** The login page the browser shows after {@code failed}, with the cookies it set. */
    String loginPageAfter(MvcTestResult failed) {
        return new String(mvc.get()
            .uri(failed.getResponse().getRedirectedUrl())
            .cookie(failed.getResponse().getCookies())
            .exchange()
            .getResponse()
            .getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An account's "enabled" form, posted by {@code actor}. */
    private MvcTestResult setEnabled(String account, boolean enabled, RequestPostProcessor actor) {
        return mvc.post()
            .uri("/admin/accounts/" + account + "/enabled")
            .param("enabled", String.valueOf(enabled))
            .with(actor)
            .with(csrf())
            .exchange();
    }

}
