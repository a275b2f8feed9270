package news.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import command of the README, on the real database that the first start seeded. */
@news.dateline.support.DatelineTest
class ImportCommandTest {

    @Autowired
    ImportCommand command;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    news.dateline.web.ReaderCache.Evictor caches;

    record Run(int exitCode, String out, String err) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(out);
        }
    }

    Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    long articles() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }

    @Test
    void dryRunPrintsOneJsonObjectPerSeedInTheShapeOfTheDesignAndSavesNothing() {
        long before = articles();

        Run run = run("import", "--dry-run", "--json", "seeds");

        assertThat(run.exitCode()).isZero();
        JsonNode array = run.json();
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(5);
        List<String> fields = new ArrayList<>(array.get(0).propertyNames());
        assertThat(fields).containsExactly("file", "title", "publishedAt", "source", "dateline", "language", "people",
                "countries", "events", "duplicateOf", "warnings");
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void dryRunReadsEverySeedRight() {
        JsonNode array = run("import", "--dry-run", "--json", "seeds").json();

        JsonNode kpl = array.get(0);
        assertThat(kpl.get("file").asString()).isEqualTo("000_258e50e98d528126.txt");
        assertThat(kpl.get("title").asString())
            .isEqualTo("Laos, Azerbaijan Mark 30 Years with Stronger Bilateral Ties");
        assertThat(kpl.get("publishedAt").asString()).isEqualTo("2025-12-10T10:34:00+07:00");
        assertThat(kpl.get("source").asString()).isEqualTo("KPL");
        assertThat(kpl.get("dateline").isNull()).isTrue();
        assertThat(kpl.get("language").asString()).isEqualTo("en");
        assertThat(texts(kpl.get("people"))).contains("Elnur Mammadov", "Heydar Aliyev", "Ilham Aliyev",
                "Thongloun Sisoulith");
        assertThat(texts(kpl.get("countries"))).contains("LA", "AZ", "CN", "VN", "TH");

        JsonNode consultation = array.get(1);
        assertThat(consultation.get("title").asString())
            .isEqualTo("Laos and Azerbaijan Hold First Political Consultation to Boost Ties");
        assertThat(consultation.get("publishedAt").asString()).isEqualTo("2025-12-10T13:05:00+07:00");
        assertThat(texts(consultation.get("people"))).containsExactlyInAnyOrder("Maithong Thammavongsa",
                "Elnur Mammadov", "Thongloun Sisoulith", "Ilham Aliyev", "Sounthone Xayachak",
                "Thongsavanh Phomvihane");
        // the other-news list names Vietnam, Kaysone Phomvihane and Uong Chu Luu: none of
        // them is a mention
        assertThat(texts(consultation.get("countries"))).containsExactlyInAnyOrder("LA", "AZ");
        assertThat(texts(consultation.get("events").findValues("date"))).contains("2025-12-08");

        JsonNode trend = array.get(2);
        assertThat(trend.get("publishedAt").asString()).isEqualTo("2025-12-09");
        assertThat(trend.get("source").asString()).isEqualTo("Trend News Agency");
        assertThat(trend.get("title").asString()).isNotBlank().hasSizeLessThanOrEqualTo(115);
        assertThat(texts(trend.get("people"))).contains("Elnur Mammadov", "Maithong Thammavongsa", "Sounthone Xayachak",
                "Thongsavanh Phomvihane");

        JsonNode vna = array.get(3);
        assertThat(vna.get("publishedAt").asString()).isEqualTo("2025-05-06");
        assertThat(vna.get("source").asString()).isEqualTo("Vietnam News Agency");
        assertThat(vna.get("dateline").asString()).isEqualTo("Moscow");
        assertThat(texts(vna.get("people"))).contains("Ilham Aliyev", "Tô Lâm", "Trương Tấn Sang")
            .doesNotContain("Heydar Aliyev");
        assertThat(texts(vna.get("countries"))).contains("AZ", "VN");

        JsonNode azertac = array.get(4);
        assertThat(azertac.get("publishedAt").asString()).isEqualTo("2025-05-07");
        assertThat(azertac.get("source").isNull()).isTrue();
        assertThat(texts(azertac.get("people"))).contains("Ilham Aliyev", "Tô Lâm", "Ho Chi Minh", "Heydar Aliyev");
    }

    @Test
    void importingTheSeedsAgainChangesNothing() {
        long before = articles();

        Run run = run("import", "seeds");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("total: 5 files, 0 imported").contains("5 duplicates");
        assertThat(articles()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from article where source_file like '00%.txt'").query(Long.class).single())
            .isEqualTo(5);
    }

    @Test
    void badFilesGetAWarningAndNeverStopTheOthers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a_empty.txt"), "");
        Files.write(dir.resolve("b_binary.txt"),
                new byte[] { 0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, (byte) 0xff, 0 });
        Files.writeString(dir.resolve("c_undated.txt"), """
                Undated Story Has No Time

                A delegation visited Vientiane to discuss cooperation with Laos.
                """);
        Files.writeString(dir.resolve("d_good.txt"),
                """
                        Azerbaijan and Laos Sign Culture Plan

                         date 2025-12-20 MENAFN - Trend News Agency)Azerbaijan and Laos signed a plan on cultural exchange in Baku on Friday, Trend reports.
                        """);
        try {
            Run run = run("import", "--json", dir.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            JsonNode array = run.json();
            assertThat(array).hasSize(4);
            assertThat(array.get(0).get("warnings").toString()).containsIgnoringCase("empty");
            assertThat(array.get(1).get("warnings").toString()).containsIgnoringCase("binary");
            assertThat(array.get(2).get("publishedAt").isNull()).isTrue();
            assertThat(array.get(2).get("warnings").toString()).containsIgnoringCase("date");
            assertThat(array.get(3).get("publishedAt").asString()).isEqualTo("2025-12-20");
            assertThat(jdbc.sql("select count(*) from article where source_file = 'd_good.txt'")
                .query(Long.class)
                .single()).isEqualTo(1);
            assertThat(jdbc.sql(
                    "select count(*) from article where source_file in ('a_empty.txt', 'b_binary.txt', 'c_undated.txt')")
                .query(Long.class)
                .single()).isZero();
        }
        finally {
            jdbc.sql("delete from article where source_file = 'd_good.txt'").update();
            caches.evictAll();
        }
    }

    @Test
    void aDirectoryGivesItsTextAndHtmlFilesAndNothingElse(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Laos deal\n\nVIENTIANE, Dec 2, 2025 (KPL) - Laos signed a deal.\n");
        Files.writeString(dir.resolve("b.HTML"), "<html><body><h1>Vietnam deal</h1><p>HANOI, Dec 3, 2025 (VNA) - "
                + "Vietnam signed a deal.</p></body></html>");
        Files.writeString(dir.resolve("c.json"), "{\"headline\": \"not copy\"}");
        Files.writeString(dir.resolve(".d.txt"), "Hidden\n\nVIENTIANE, Dec 2, 2025 (KPL) - A hidden file.\n");

        Run run = run("import", "--dry-run", "--json", dir.toString());

        assertThat(run.json()).extracting(node -> node.get("file").asString()).containsExactly("a.txt", "b.HTML");
        assertThat(run.json().get(1).get("title").asString()).isEqualTo("Vietnam deal");
    }

    @Test
    void undatedCopyIsDatedOnTheDayTheImportIsToldAndSaysSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("reuters.txt"),
                """
                        Azerbaijan's SOCAR signs LNG deal with PetroVietnam

                        BAKU (Reuters) - Azerbaijan's state energy company SOCAR signed a preliminary agreement on Tuesday to supply gas to Vietnam, the company said.

                        (Reporting by Nailia Bagirova; Editing by Kirsten Donovan)
                        """);
        try {
            Run refused = run("import", "--json", dir.toString());
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.json().get(0).get("warnings").toString()).contains("--undated-on");

            Run dated = run("import", "--json", "--undated-on", "2024-12-03", dir.toString());

            assertThat(dated.exitCode()).isZero();
            JsonNode story = dated.json().get(0);
            assertThat(story.get("publishedAt").asString()).isEqualTo("2024-12-03");
            assertThat(story.get("source").asString()).isEqualTo("Reuters");
            assertThat(story.get("warnings").toString()).contains("dated 2024-12-03");
            assertThat(jdbc.sql("select count(*) from article where source_file = 'reuters.txt'")
                .query(Long.class)
                .single()).isEqualTo(1);
        }
        finally {
            jdbc.sql("delete from article where source_file = 'reuters.txt'").update();
            caches.evictAll();
        }

        Run badDay = run("import", "--undated-on", "3 December", dir.toString());
        assertThat(badDay.exitCode()).isEqualTo(2);
        assertThat(badDay.err()).contains("--undated-on needs a day as YYYY-MM-DD");
    }

    @Test
    void aMissingPathOrAnUnknownOptionIsSaidClearly() {
        Run missing = run("import", "--dry-run", "no/such/dir");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).contains("no such file or directory");

        Run unknown = run("import", "--frobnicate", "seeds");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown option --frobnicate").contains("usage:");
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> values = new ArrayList<>();
        nodes.forEach(node -> values.add(node.asString()));
        return values;
    }

}
