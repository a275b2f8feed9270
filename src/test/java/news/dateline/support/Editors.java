package news.dateline.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import news.dateline.newsroom.Accounts;
import news.dateline.newsroom.Role;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Newsroom accounts for tests (a bean of {@link DatelineTest.Clocks}): each under a name
 * no other test uses (the prefix and eight random characters, "away-1a2b3c4d"), since the
 * tests share one database, created in a transaction of its own; and a login through the
 * form.
 */
public final class Editors {

    private final Accounts accounts;

    private final TransactionTemplate transactions;

    Editors(Accounts accounts, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.transactions = transactions;
    }

    /** A new account with this password and role; its name is returned. */
    public String create(String prefix, String displayName, String password, Role role) {
        String name = unique(prefix);
        transactions.executeWithoutResult(tx -> accounts.create("test", name, displayName, password, role));
        return name;
    }

    /**
     * A new account whose password is a one-time password, to be replaced at the first
     * login; its name is returned.
     */
    public String createWithOneTimePassword(String prefix, String displayName, String password, Role role) {
        String name = unique(prefix);
        transactions
            .executeWithoutResult(tx -> accounts.createWithOneTimePassword("test", name, displayName, password, role));
        return name;
    }

    /** A post of the login form, with its token, from {@code address}. */
    public static MvcTestResult logIn(MockMvcTester mvc, String username, String password, String address) {
        return mvc.post().uri("/login").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("username", username).param("password", password).exchange();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

}
