package news.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import's scores on the evaluation corpus never fall below the committed baseline
 * ({@code evaluation/baseline.properties}); raise the baseline when the scores improve.
 */
@news.dateline.support.DatelineTest
class EvaluationBaselineTest {

    @Autowired
    EvaluateCommand command;

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
    void aMissingCorpusIsABadUsage() {
        var err = new ByteArrayOutputStream();
        int code = command.run(List.of("evaluate", "no/such/corpus"), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no corpus directory");
    }

}
