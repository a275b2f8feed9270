package news.dateline.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar dateline.jar import [--dry-run] [--json] [--undated-on DAY] FILE_OR_DIR...}:
 * directories are read for their {@code *.txt}, {@code *.text}, {@code *.htm} and
 * {@code *.html} files, in name order. A bad file gives a warning and never stops the
 * others.
 */
@Component
public class ImportCommand {

    public static final String NAME = "import";
    static final String USAGE = "usage: java -jar dateline.jar import [--dry-run] [--json] [--undated-on YYYY-MM-DD] "
            + "FILE_OR_DIR...\n  --undated-on DAY  date copy that gives no date of its own on DAY (else it is not "
            + "imported)";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final StoryImporter importer;

    ImportCommand(StoryImporter importer) {
        this.importer = importer;
    }

    /**
     * Runs the command; returns the exit code (0 all good, 1 some file not imported, 2
     * bad usage).
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean dryRun = false;
        boolean json = false;
        LocalDate undatedOn = null;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case NAME -> {
                }
                case "--dry-run" -> dryRun = true;
                case "--json" -> json = true;
                case "--undated-on" -> {
                    String day = i + 1 < args.size() ? args.get(++i) : "";
                    try {
                        undatedOn = LocalDate.parse(day);
                    }
                    catch (DateTimeParseException e) {
                        err.println("--undated-on needs a day as YYYY-MM-DD, not \"" + day + "\"\n" + USAGE);
                        return 2;
                    }
                }
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (arg.startsWith("-")) {
                        err.println("unknown option " + arg + "\n" + USAGE);
                        return 2;
                    }
                    paths.add(Path.of(arg));
                }
            }
        }
        if (paths.isEmpty()) {
            err.println("no file or directory given\n" + USAGE);
            return 2;
        }
        List<StoryImporter.Input> inputs = new ArrayList<>();
        List<ImportReport> unreadable = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : expand(path, unreadable)) {
                try {
                    inputs.add(new StoryImporter.Input(file.getFileName().toString(), Files.readAllBytes(file)));
                }
                catch (IOException e) {
                    unreadable.add(ImportReport.rejected(file.toString(), "cannot read the file: " + e.getMessage()));
                }
            }
        }
        long start = System.nanoTime();
        List<ImportReport> reports = new ArrayList<>(importer.importAll(inputs, dryRun, undatedOn));
        double seconds = (System.nanoTime() - start) / 1e9;
        long imported = reports.stream().filter(r -> r.outcome() == ImportReport.Outcome.IMPORTED).count();
        if (!dryRun) {
            err.printf(Locale.ROOT, "imported %d of %d files in %.2f s: %.0f stories a second%n", imported,
                    inputs.size(), seconds, seconds > 0 ? imported / seconds : 0);
        }
        reports.addAll(unreadable);
        if (json) {
            out.println(JSON.writeValueAsString(reports));
        }
        else {
            reports.forEach(report -> out.println(report.summaryLine()));
            out.println(ImportSummary.of(reports));
        }
        out.flush();
        return reports.stream().anyMatch(r -> r.outcome() == ImportReport.Outcome.REJECTED) ? 1 : 0;
    }

    /** The files of a directory that hold copy: text, or HTML saved from a site. */
    private static boolean isCopy(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return !name.startsWith(".")
                && (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".htm") || name.endsWith(".html"));
    }

    private static List<Path> expand(Path path, List<ImportReport> problems) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                return files.filter(Files::isRegularFile).filter(ImportCommand::isCopy).sorted().toList();
            }
            catch (IOException e) {
                problems.add(ImportReport.rejected(path.toString(), "cannot list the directory: " + e.getMessage()));
                return List.of();
            }
        }
        problems.add(ImportReport.rejected(path.toString(), "no such file or directory"));
        return List.of();
    }

}
