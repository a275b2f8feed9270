package news.dateline.newsroom;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No default password anywhere. With no account yet: the admin named by
 * {@code DATELINE_ADMIN_USERNAME} and {@code DATELINE_ADMIN_PASSWORD}; else, on the
 * embedded database of a developer's machine only, an {@code admin} with a one-time
 * random password printed once at start-up. On a configured database with neither,
 * nobody: use {@code create-user}.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;

    private final Environment environment;

    private final TransactionTemplate transactions;

    FirstAdmin(Accounts accounts, Environment environment, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.environment = environment;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
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
            transactions
                .executeWithoutResult(tx -> accounts.create("system", "admin", "Administrator", oneTime, Role.ADMIN));
            log.warn("""

                    ************************************************************
                      First start: created the account 'admin' with the one-time
                      password {}
                      It is shown only this once. Log in at /login and create
                      your own accounts under /admin/accounts.
                    ************************************************************""", oneTime);
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
