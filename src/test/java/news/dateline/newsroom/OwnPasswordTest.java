package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import news.dateline.support.DatelineTest;
import news.dateline.support.Editors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every editor's own password: the first admin's one-time password must be replaced at
 * the first login, anyone changes theirs by typing the current one, and no admin locks
 * themselves out.
 */
@DatelineTest
class OwnPasswordTest {

    static final String ONE_TIME = "printed-once-walnut-harbour-kite";

    static final String OWN = "a password only I know";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Editors editors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    String account(boolean oneTime, Role role) {
        return oneTime ? editors.createWithOneTimePassword("own", null, ONE_TIME, role)
                : editors.create("own", null, ONE_TIME, role);
    }

    MvcTestResult change(RequestPostProcessor who, String current, String password, String repeated) {
        return mvc.post()
            .uri("/admin/password")
            .with(who)
            .with(csrf())
            .param("current", current)
            .param("password", password)
            .param("repeated", repeated)
            .exchange();
    }

    static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String hash(String name) {
        return jdbc.sql("select password_hash from editor where username = ?").param(name).query(String.class).single();
    }

    @Test
    void theFirstAdminsPrintedPasswordMustBeReplacedBeforeAnythingElse() throws Exception {
        assertThat(accounts.mustChangePassword("admin")).as("the first start's admin").isTrue();
        String name = account(true, Role.ADMIN);
        RequestPostProcessor admin = user(name).roles("EDITOR", "ADMIN");

        for (String page : new String[] { "/admin", "/admin/articles/new", "/admin/accounts" }) {
            MvcTestResult sent = mvc.get().uri(page).with(admin).exchange();
            assertThat(sent).hasStatus3xxRedirection();
            assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/admin/password");
        }
        Document page = html(mvc.get().uri("/admin/password").with(admin).exchange());
        assertThat(page.select(".must-change").text()).contains("Choose your own before anything else");

        MvcTestResult changed = change(admin, ONE_TIME, OWN, OWN);

        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/admin");
        assertThat(mvc.get().uri("/admin").with(admin).exchange()).hasStatusOk();
        assertThat(passwords.matches(OWN, hash(name))).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'PASSWORD_CHANGED' and actor = ?")
            .param(name)
            .query(Long.class)
            .single()).isOne();
    }

    @Test
    void anEditorChangesTheirOwnPasswordOnlyWithTheCurrentOneAndTheNewOneTwice() throws Exception {
        String name = account(false, Role.EDITOR);
        RequestPostProcessor editor = user(name).roles("EDITOR");
        assertThat(mvc.get().uri("/admin").with(editor).exchange()).hasStatusOk();

        Document wrong = html(change(editor, "not my password", OWN, OWN));
        assertThat(wrong.select("#current-error").text()).isEqualTo("That is not your current password.");
        Document differ = html(change(editor, ONE_TIME, OWN, OWN + "!"));
        assertThat(differ.select("#repeated-error").text()).startsWith("The two new passwords differ");
        Document tooShort = html(change(editor, ONE_TIME, "short", "short"));
        assertThat(tooShort.select("#password-error").text()).contains("at least 12 characters");
        assertThat(passwords.matches(ONE_TIME, hash(name))).isTrue();

        MvcTestResult changed = change(editor, ONE_TIME, OWN, OWN);

        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/admin/password");
        assertThat(passwords.matches(OWN, hash(name))).isTrue();
    }

    @Test
    void anAdminCannotSetTheirOwnPasswordDisableOrDemoteThemselvesFromTheAccountsPages() throws Exception {
        String name = account(false, Role.ADMIN);
        RequestPostProcessor admin = user(name).roles("EDITOR", "ADMIN");

        Document own = html(mvc.get().uri("/admin/accounts/" + name).with(admin).exchange());
        assertThat(own.select(".notice").text()).contains("This is your own account");
        assertThat(own.select("form[action$=/password], form[action$=/enabled], form[action$=/role]")).isEmpty();

        MvcTestResult set = mvc.post()
            .uri("/admin/accounts/" + name + "/password")
            .with(admin)
            .with(csrf())
            .param("password", OWN)
            .exchange();

        assertThat(html(set).select("#password-error").text()).contains("your own page");
        assertThat(passwords.matches(ONE_TIME, hash(name))).isTrue();
        mvc.post()
            .uri("/admin/accounts/" + name + "/enabled")
            .with(admin)
            .with(csrf())
            .param("enabled", "false")
            .exchange();
        mvc.post().uri("/admin/accounts/" + name + "/role").with(admin).with(csrf()).param("role", "EDITOR").exchange();
        assertThat(accounts.find(name).orElseThrow().enabled()).isTrue();
        assertThat(accounts.find(name).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

}
