package news.dateline.archive;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar dateline.jar generate --stories N [--seed S] [--until YYYY-MM-DD] [--append]}:
 * a generated archive of N stories over the 15 years before {@code --until} (today by
 * default), the same for the same seed and date. Refuses a database that already has
 * stories unless {@code --append}.
 */
@Component
public class GenerateCommand {

    public static final String NAME = "generate";
    static final String USAGE = "usage: java -jar dateline.jar generate --stories N [--seed S] [--until YYYY-MM-DD] [--append]";

    private final ArchiveGenerator generator;

    private final Clock clock;

    GenerateCommand(ArchiveGenerator generator, Clock clock) {
        this.generator = generator;
        this.clock = clock;
    }

    /**
     * Runs the command; returns the exit code (0 done, 1 failed, 2 bad usage or a
     * database that has stories).
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Integer stories = null;
        long seed = 42;
        LocalDate until = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        boolean append = false;
        try {
            java.util.Iterator<String> it = args.iterator();
            while (it.hasNext()) {
                String arg = it.next();
                int eq = arg.indexOf('=');
                String name = arg.startsWith("--") && eq > 0 && !isSpringProperty(arg) ? arg.substring(0, eq) : arg;
                java.util.function.Supplier<String> value = () -> {
                    if (eq > 0) {
                        return arg.substring(eq + 1);
                    }
                    if (!it.hasNext()) {
                        throw new IndexOutOfBoundsException(name + " needs a value");
                    }
                    return it.next();
                };
                switch (name) {
                    case NAME -> {
                    }
                    case "--stories" -> stories = Integer.parseInt(value.get().replace("_", "").replace(",", ""));
                    case "--seed" -> seed = Long.parseLong(value.get());
                    case "--until" -> until = LocalDate.parse(value.get());
                    case "--append" -> append = true;
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (!isSpringProperty(arg)) {
                            err.println("unknown argument " + arg + "\n" + USAGE);
                            return 2;
                        }
                    }
                }
            }
        }
        catch (NumberFormatException | DateTimeParseException | IndexOutOfBoundsException e) {
            err.println("bad value: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (stories == null || stories < 1) {
            err.println("--stories must be a positive number\n" + USAGE);
            return 2;
        }
        long existing = generator.existingStories();
        if (existing > 0 && !append) {
            err.println(new ArchiveGenerator.NotEmpty(existing).getMessage());
            return 2;
        }
        out.printf("generating %,d stories (seed %d, 15 years to %s)%s%n", stories, seed, until,
                existing > 0 ? ", after the " + existing + " already there" : "");
        try {
            ArchiveGenerator.Summary s = generator.generate(new ArchiveGenerator.Settings(stories, seed, until, append),
                    line -> {
                        out.println("  " + line);
                        out.flush();
                    });
            out.printf(
                    """
                            generated %,d stories in %.1f s: %,d published, %,d drafts, %,d scheduled, %,d deleted, %,d renamed slugs;
                              %,d country, %,d person and %,d event links; %d countries, %d people, %d events%n""",
                    s.stories(), s.took().toMillis() / 1000.0, s.published(), s.drafts(), s.scheduled(), s.deleted(),
                    s.redirects(), s.countryLinks(), s.personLinks(), s.eventLinks(), s.countries(), s.people(),
                    s.events());
            out.flush();
            return 0;
        }
        catch (ArchiveGenerator.NotEmpty e) {
            err.println(e.getMessage());
            return 2;
        }
        catch (SQLException | RuntimeException e) {
            err.println("generation failed, nothing was saved: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Spring properties given on the command line
     * ({@code --dateline.embedded-postgres.data-dir=...}).
     */
    private static boolean isSpringProperty(String arg) {
        return arg.startsWith("--") && arg.contains("=") && arg.indexOf('.') > 0 && arg.indexOf('.') < arg.indexOf('=');
    }

}
