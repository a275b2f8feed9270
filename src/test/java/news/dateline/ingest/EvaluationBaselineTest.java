package news.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import's scores on the evaluation corpus never fall below the committed baseline
 * ({@code evaluation/baseline.properties}); raise the baseline when the scores improve.
 */
@news.dateline.support.DatelineTest
class EvaluationBaselineTest {

    @Autowired
    EvaluateCommand command;

    @Autowired
    StoryImporter importer;

    @Test
    void noScoreFallsBelowTheBaseline() throws IOException {
        CorpusEvaluation.Result result = command.evaluate(Path.of(CorpusEvaluation.DEFAULT_DIR));
        var table = new ByteArrayOutputStream();
        EvaluateCommand.print(result, Path.of(CorpusEvaluation.DEFAULT_DIR),
                new PrintStream(table, true, StandardCharsets.UTF_8));
        System.out.println(table.toString(StandardCharsets.UTF_8));

        Properties baseline = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/evaluation/baseline.properties")) {
            baseline.load(in);
        }
        Map<String, Double> scores = result.total().named();
        assertThat(result.total().stories()).isGreaterThanOrEqualTo(60);
        SoftAssertions soft = new SoftAssertions();
        for (String name : baseline.stringPropertyNames()) {
            assertThat(scores).containsKey(name);
            soft.assertThat(scores.get(name))
                .as("%s (baseline %s)", name, baseline.getProperty(name))
                .isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty(name)));
        }
        soft.assertAll();
    }

    @Test
    void theCommandPrintsTheTableAndTheMistakes() {
        var out = new ByteArrayOutputStream();
        int code = command.run(List.of("evaluate"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("| headline |", "| people |", "| countries |",
                "| main event found |", "| KPL |", "mistakes (");
    }

    @Test
    void aDateWithoutItsYearIsReadAgainstTheEvaluationsFixedDayNotTheClock(@TempDir Path corpus) throws IOException {
        String story = "Ministers meet on the Mekong bridge\n\nVIENTIANE, Dec. 9 (KPL) – The two ministers met on the bridge"
                + " to review the works on the new crossing.\n";
        Files.writeString(corpus.resolve("001-kpl-bridge.txt"), story);
        Files.writeString(corpus.resolve("001-kpl-bridge.json"), """
                {"format": "KPL", "headline": "Ministers meet on the Mekong bridge", "published": "2025-12-09",
                 "source": "KPL", "dateline": "Vientiane", "language": "en", "people": [], "notPeople": [],
                 "countries": [], "event": null}
                """);

        CorpusEvaluation.Result result = command.evaluate(corpus);

        assertThat(CorpusEvaluation.TODAY).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(result.mistakes()).noneMatch(mistake -> mistake.contains("published"));
        assertThat(result.total().field("published").accuracy()).isEqualTo(1.0);
        // The same copy checked on another day reads another year: only the fixed day
        // keeps the score still.
        var input = List.of(new StoryImporter.Input("001-kpl-bridge.txt", story.getBytes(StandardCharsets.UTF_8)));
        Clock january2024 = Clock.fixed(Instant.parse("2024-01-05T12:00:00Z"), ZoneOffset.UTC);
        assertThat(importer.check(input, january2024).getFirst().story().published()).hasToString("2023-12-09");
        assertThat(importer.check(input, CorpusEvaluation.CLOCK).getFirst().story().published())
            .hasToString("2025-12-09");
    }

    @Test
    void aMissingCorpusIsABadUsage() {
        var err = new ByteArrayOutputStream();
        int code = command.run(List.of("evaluate", "no/such/corpus"), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no corpus directory");
    }

}
