package news.dateline.newsroom;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import news.dateline.shared.BeforeTheServer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No default password anywhere. With no account yet: the admin named by
 * {@code DATELINE_ADMIN_USERNAME} and {@code DATELINE_ADMIN_PASSWORD}; else, on the
 * embedded database of a developer's machine only, an {@code admin} with a one-time
 * random password printed once at start-up. On a configured database with neither,
 * nobody: use {@code create-user}.
 * <p>
 * The account is created while the context starts, before the web server opens; the
 * one-time password is printed when the application is ready, as the last thing of the
 * start-up, in a box with the address to log in at.
 */
@Component
class FirstAdmin extends BeforeTheServer {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;

    private final Environment environment;

    private final TransactionTemplate transactions;

    private final ApplicationArguments args;

    private volatile @Nullable String oneTimePassword;

    FirstAdmin(Accounts accounts, Environment environment, TransactionTemplate transactions,
            ApplicationArguments args) {
        this.accounts = accounts;
        this.environment = environment;
        this.transactions = transactions;
        this.args = args;
    }

    @Override
    protected void once() {
        createFirstAccount();
    }

    /**
     * The last word of the start-up: after "Started ...", the seeds and everything else.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void showOneTimePassword() {
        String password = oneTimePassword;
        if (password == null) {
            return;
        }
        oneTimePassword = null;
        String login = "http://localhost:" + environment.getProperty("local.server.port", "8080") + "/login";
        log.info(box("First start: the account 'admin' was created with the one-time password", "", "    " + password,
                "", "Log in at " + login + ": it works for one login only, which asks for",
                "a password of your own; then create accounts under /admin/accounts.",
                "This password is shown only this once."));
    }

    /** Lines in a frame of #, wide enough for the longest, on lines of their own. */
    static String box(String... lines) {
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.length());
        }
        String edge = "#".repeat(width + 8);
        StringBuilder box = new StringBuilder("\n\n").append(edge).append('\n').append(edge).append('\n');
        for (String line : lines) {
            box.append("##  ").append(line).append(" ".repeat(width - line.length())).append("  ##\n");
        }
        return box.append(edge).append('\n').append(edge).append('\n').toString();
    }

    private void createFirstAccount() {
        if (args.getNonOptionArgs().contains("import") || args.getNonOptionArgs().contains("create-user")
                || args.getNonOptionArgs().contains("generate") || accounts.anyAccount()) {
            return;
        }
        String username = environment.getProperty("DATELINE_ADMIN_USERNAME",
                environment.getProperty("dateline.admin.username"));
        String password = environment.getProperty("DATELINE_ADMIN_PASSWORD",
                environment.getProperty("dateline.admin.password"));
        if (username != null && password != null) {
            try {
                transactions
                    .executeWithoutResult(tx -> accounts.create("system", username, null, password, Role.ADMIN));
            }
            catch (InvalidAccountException e) {
                // the same rules as every other password: a weak one stops the start
                throw new IllegalStateException(
                        "DATELINE_ADMIN_USERNAME / DATELINE_ADMIN_PASSWORD refused: " + e.getMessage(), e);
            }
            log.info("Created the first admin account, {}, from the environment", username);
        }
        else if (environment.containsProperty("dateline.embedded-postgres.active")) {
            String oneTime = randomPassword();
            transactions.executeWithoutResult(
                    tx -> accounts.createWithOneTimePassword("system", "admin", "Administrator", oneTime, Role.ADMIN));
            oneTimePassword = oneTime;
        }
        else {
            log.warn("No editor account exists. Create one with: java -jar dateline.jar create-user NAME --admin "
                    + "(or set DATELINE_ADMIN_USERNAME and DATELINE_ADMIN_PASSWORD)");
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
