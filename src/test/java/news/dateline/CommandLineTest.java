package news.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commands as {@code java -jar dateline.jar import ...} starts them: the application
 * without its web server and without the newsroom's web security, printing the JSON
 * array.
 */
class CommandLineTest {

    @Test
    void importDryRunJsonPrintsOnlyTheJsonArrayOnStandardOutput() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = DatelineApplication.runCommand(new String[] { "import", "--dry-run", "--json", "seeds" },
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        var json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(5);
        assertThat(json.get(0).get("source").asString()).isEqualTo("KPL");
    }

}
