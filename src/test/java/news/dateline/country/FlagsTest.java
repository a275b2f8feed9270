package news.dateline.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The flag set: one per ISO country, each a plain picture with nothing that runs or
 * loads.
 */
class FlagsTest {

    private static final Path FLAGS = Path.of("src/main/resources/static/flags");

    /**
     * A script, an event handler, a link out of the file, an embedded document or
     * picture.
     */
    private static final Pattern ACTIVE = Pattern.compile(
            "<script|\\son[a-z]+\\s*=|javascript:|<foreignObject|<image|href\\s*=\\s*\"[^#]|@import|url\\((?!#)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyIsoCountryHasItsFlagAndAnUnknownCodeTheBlankOne() {
        for (String code : Locale.getISOCountries()) {
            assertThat(Flags.of(code)).isEqualTo("/flags/" + code.toLowerCase(Locale.ROOT) + ".svg");
        }
        assertThat(Flags.of("QQ")).isEqualTo(Flags.UNKNOWN);
        assertThat(Flags.of("../x")).isEqualTo(Flags.UNKNOWN);
        assertThat(Flags.of(null)).isEqualTo(Flags.UNKNOWN);
    }

    @Test
    void noFlagHoldsAScriptOrReachesOutside() throws Exception {
        try (var files = Files.list(FLAGS)) {
            var svgs = files.filter(f -> f.toString().endsWith(".svg")).toList();
            assertThat(svgs).hasSizeGreaterThan(249);
            for (Path svg : svgs) {
                assertThat(ACTIVE.matcher(Files.readString(svg)).find()).as(svg.toString()).isFalse();
            }
        }
        assertThat(Files.readString(FLAGS.resolve("LICENSE"))).contains("MIT");
        assertThat(Files.readString(FLAGS.resolve("NOTICE"))).contains("flag-icons");
    }

}
