package news.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imports of several stories at once, on the real database. */
@news.dateline.support.DatelineTest
class StoryImporterTest {

    @Autowired
    StoryImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    news.dateline.web.ReaderCache.Evictor caches;

    private static StoryImporter.Input story(String name, String headline, String lead) {
        return new StoryImporter.Input(name, """
                %s

                 date 2025-11-20 MENAFN - Trend News Agency)%s

                The two countries agreed to meet again next year, Trend reports.
                """.formatted(headline, lead).getBytes(StandardCharsets.UTF_8));
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aStoryThatCannotBeSavedInTheMiddleOfAnImportIsReportedAndLeavesNothingWhileTheOthersAreImported() {
        StoryImporter.Input first = story("batch_a.txt", "Azerbaijan and Laos Open a Trade Office in Baku",
                "Azerbaijan and Laos opened a trade office in Baku on Thursday.");
        // The file name is longer than article.source_file holds: the story's save fails
        // in the database.
        StoryImporter.Input bad = story("b".repeat(301) + ".txt", "Laos and Azerbaijan Agree on a Culture Year",
                "Culture Minister Zarina Qolbekova of Azerbaijan and her Lao counterpart agreed on a culture year.");
        StoryImporter.Input last = story("batch_c.txt", "Laos Sends Rice Experts to Azerbaijan",
                "Laos sent a team of rice experts to Azerbaijan on Friday.");
        // what the bad story would add to the graph, were it saved
        assertThat(importer.check(List.of(bad)).getFirst().found().people())
            .anyMatch(hit -> hit.isNew() && hit.name().equals("Zarina Qolbekova"));
        try {
            List<ImportReport> reports = importer.importAll(List.of(first, bad, last), false);

            assertThat(reports).extracting(ImportReport::outcome)
                .containsExactly(ImportReport.Outcome.IMPORTED, ImportReport.Outcome.REJECTED,
                        ImportReport.Outcome.IMPORTED);
            assertThat(reports.get(1).file()).startsWith("bbb");
            assertThat(reports.get(1).summaryLine()).contains("could not be saved");
            assertThat(reports.get(0).slug()).isEqualTo("azerbaijan-and-laos-open-a-trade-office-in-baku");
            assertThat(reports.get(2).slug()).isEqualTo("laos-sends-rice-experts-to-azerbaijan");
            assertThat(count("select count(*) from article where source_file in ('batch_a.txt', 'batch_c.txt')"))
                .isEqualTo(2);
            assertThat(count("select count(*) from article where headline = ?",
                    "Laos and Azerbaijan Agree on a Culture Year"))
                .isZero();
            assertThat(count("select count(*) from person where name = 'Zarina Qolbekova'")).isZero();
            // the stories imported carry their links
            assertThat(count("""
                    select count(*) from article_country ac join article a on a.id = ac.article_id
                     where a.source_file = 'batch_c.txt'""")).isEqualTo(2);
        }
        finally {
            jdbc.sql("delete from article where source_file in ('batch_a.txt', 'batch_c.txt')").update();
            jdbc.sql("delete from person where name = 'Zarina Qolbekova'").update();
            caches.evictAll();
        }
    }

    @Test
    void storiesWithTheSameHeadlineInOneImportGetSlugsOfTheirOwn() {
        List<StoryImporter.Input> inputs = List.of(
                story("same_1.txt", "Laos and Azerbaijan Hold Talks", "Laos and Azerbaijan held talks in Baku."),
                story("same_2.txt", "Laos and Azerbaijan Hold Talks", "Laos and Azerbaijan held talks in Vientiane."),
                story("same_3.txt", "Laos and Azerbaijan Hold Talks", "Laos and Azerbaijan held talks in Hanoi."));
        try {
            List<ImportReport> reports = importer.importAll(inputs, false);

            assertThat(reports).extracting(ImportReport::slug)
                .containsExactly("laos-and-azerbaijan-hold-talks", "laos-and-azerbaijan-hold-talks-2",
                        "laos-and-azerbaijan-hold-talks-3");
            assertThat(count("select count(*) from article where source_file like 'same\\__.txt'")).isEqualTo(3);
        }
        finally {
            jdbc.sql("delete from article where source_file like 'same\\__.txt'").update();
            caches.evictAll();
        }
    }

}
