package news.dateline.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar dateline.jar evaluate [DIR]}: runs the import's dry run over the
 * evaluation corpus (default {@code corpus/stories}) and prints precision, recall and F1
 * for each field, overall and per agency, then every mistake. Saves nothing. Dates
 * written without their year are read as of {@link CorpusEvaluation#TODAY}, never the
 * machine's clock, so the scores never move with the calendar.
 */
@Component
public class EvaluateCommand {

    public static final String NAME = "evaluate";

    static final String USAGE = "usage: java -jar dateline.jar evaluate [DIR]   (default: "
            + CorpusEvaluation.DEFAULT_DIR + ")";

    private final StoryImporter importer;

    EvaluateCommand(StoryImporter importer) {
        this.importer = importer;
    }

    /** Runs the command; returns the exit code (0 done, 2 bad usage or no corpus). */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path directory = Path.of(CorpusEvaluation.DEFAULT_DIR);
        for (String arg : args) {
            if (arg.equals(NAME)) {
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return 0;
            }
            if (arg.startsWith("-")) {
                err.println("unknown option " + arg + "\n" + USAGE);
                return 2;
            }
            directory = Path.of(arg);
        }
        if (!Files.isDirectory(directory)) {
            err.println("no corpus directory " + directory + "\n" + USAGE);
            return 2;
        }
        CorpusEvaluation.Result result = evaluate(directory);
        print(result, directory, out);
        out.flush();
        return 0;
    }

    /** The evaluation of the corpus in this folder. */
    public CorpusEvaluation.Result evaluate(Path directory) {
        return CorpusEvaluation.evaluate(directory,
                importer.check(CorpusEvaluation.stories(directory), CorpusEvaluation.CLOCK));
    }

    static void print(CorpusEvaluation.Result result, Path directory, PrintStream out) {
        CorpusEvaluation.Scores total = result.total();
        out.printf(Locale.ROOT, "evaluate: %d stories in %s%n%n", total.stories(), directory);
        out.println("| field | right | precision | recall | F1 |");
        out.println("| --- | ---: | ---: | ---: | ---: |");
        for (String field : CorpusEvaluation.FIELDS) {
            CorpusEvaluation.Count count = total.field(field);
            out.printf(Locale.ROOT, "| %s | %.3f (%d/%d) | %.3f | %.3f | %.3f |%n", field, count.accuracy(),
                    count.right, count.total, count.precision(), count.recall(), count.f1());
        }
        row(out, "people", total.people());
        out.printf(Locale.ROOT, "| people's roles | %.3f (%d/%d) | | | |%n", total.roles().accuracy(),
                total.roles().right, total.roles().total);
        row(out, "countries", total.countries());
        out.printf(Locale.ROOT, "| main event found | %.3f (%d/%d) | | | |%n", total.mainEvent().accuracy(),
                total.mainEvent().right, total.mainEvent().total);
        out.printf(Locale.ROOT, "| event suggestions that are noun phrases naming a happening | %.3f (%d/%d) | | | |%n",
                total.suggestions().accuracy(), total.suggestions().right, total.suggestions().total);
        out.printf(Locale.ROOT, "| body paragraphs that read as text | %.3f (%d/%d) | | | |%n", total.body().accuracy(),
                total.body().right, total.body().total);

        out.println();
        out.println("| agency | stories | headline | published | source | dateline | people P | people R | people F1"
                + " | countries F1 | main event |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Map.Entry<String, CorpusEvaluation.Scores> entry : result.byAgency().entrySet()) {
            CorpusEvaluation.Scores s = entry.getValue();
            out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                    entry.getKey(), s.stories(), s.field("headline").accuracy(), s.field("published").accuracy(),
                    s.field("source").accuracy(), s.field("dateline").accuracy(), s.people().precision(),
                    s.people().recall(), s.people().f1(), s.countries().f1(), s.mainEvent().accuracy());
        }
        out.println();
        out.println("mistakes (" + result.mistakes().size() + "):");
        result.mistakes().forEach(mistake -> out.println("  " + mistake));
    }

    private static void row(PrintStream out, String name, CorpusEvaluation.Count count) {
        out.printf(Locale.ROOT, "| %s | tp %d, fp %d, fn %d | %.3f | %.3f | %.3f |%n", name, count.tp, count.fp,
                count.fn, count.precision(), count.recall(), count.f1());
    }

}
