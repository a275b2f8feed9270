package news.dateline.newsroom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar dateline.jar create-user NAME [--admin]}: the password is read from
 * the console (or from standard input, one line), never from the command line where shell
 * history keeps it.
 */
@Component
public class CreateUserCommand {

    public static final String NAME = "create-user";
    static final String USAGE = "usage: java -jar dateline.jar create-user NAME [--admin] (the password is read from standard input)";

    private final Accounts accounts;

    private final TransactionTemplate transactions;

    CreateUserCommand(Accounts accounts, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.transactions = transactions;
    }

    public int run(List<String> args, BufferedReader in, PrintStream out, PrintStream err) throws IOException {
        List<String> names = args.stream().filter(a -> !a.startsWith("-") && !a.equals(NAME)).toList();
        if (names.size() != 1 || args.stream().anyMatch(a -> a.startsWith("-") && !a.equals("--admin"))) {
            err.println(USAGE);
            return 2;
        }
        Role role = args.contains("--admin") ? Role.ADMIN : Role.EDITOR;
        String password;
        if (System.console() != null) {
            char[] typed = System.console()
                .readPassword("Password for %s (at least %d characters, hard to guess): ", names.getFirst(),
                        Accounts.MIN_PASSWORD_LENGTH);
            password = typed == null ? null : new String(typed);
        }
        else {
            password = in.readLine();
        }
        try {
            transactions
                .executeWithoutResult(tx -> accounts.create("create-user", names.getFirst(), null, password, role));
        }
        catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
        out.println("created " + role.name().toLowerCase(java.util.Locale.ROOT) + " " + names.getFirst());
        return 0;
    }

}
