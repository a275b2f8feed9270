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
    void aFileImportedBeforeIsADuplicateAgainWhenTheImportNowReadsItIntoAnotherText() {
        StoryImporter.Input file = story("reread_1.txt", "Laos and Azerbaijan Sign a Reread Accord",
                "Laos and Azerbaijan signed a reread accord in Baku on Thursday.");
        try {
            String slug = importer.importAll(List.of(file), false).getFirst().slug();
            assertThat(count("select count(*) from article where slug = ? and source_hash = ?", slug,
                    StoryImporter.fileHash(file.content())))
                .isOne();
            String hash = jdbc.sql("select content_hash from article where slug = ?")
                .param(slug)
                .query(String.class)
                .single();
            // what an earlier build stored when it read the same file with other rules (a
            // line it kept that is now known as chrome): another text, another hash
            jdbc.sql("update article set body = body || ?, content_hash = ? where slug = ?")
                .params("\n\nRelated news: an older reading", "0".repeat(64), slug)
                .update();

            List<ImportReport> again = importer.importAll(List.of(file), false);
            List<ImportReport> checked = importer.importAll(List.of(file), true);

            assertThat(again).extracting(ImportReport::outcome).containsExactly(ImportReport.Outcome.DUPLICATE);
            assertThat(again.getFirst().duplicateOf()).isEqualTo("/articles/" + slug);
            assertThat(checked).extracting(ImportReport::duplicateOf).containsExactly("/articles/" + slug);
            // the same text from other bytes (a line's end) is still the same story
            StoryImporter.Input otherBytes = new StoryImporter.Input("reread_2.txt",
                    new String(file.content(), StandardCharsets.UTF_8).replace("\n", "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            jdbc.sql("update article set content_hash = ? where slug = ?").params(hash, slug).update();
            List<ImportReport> sameText = importer.importAll(List.of(otherBytes), false);

            assertThat(sameText).extracting(ImportReport::duplicateOf).containsExactly("/articles/" + slug);
            assertThat(count("select count(*) from article where source_file like 'reread\\__.txt'")).isOne();
        }
        finally {
            jdbc.sql("delete from article where source_file like 'reread\\__.txt'").update();
            caches.evictAll();
        }
    }

    @Test
    void aCountryNamedOnlyInAPhotoCaptionIsNotOneTheStoryIsAbout() {
        StoryImporter.Input story = new StoryImporter.Input("caption.txt", """
                Lao Prime Minister to Visit Vietnam

                Friday, January 5, 2024 | 10:12 GMT+7

                The two prime ministers at a summit in Tokyo, Japan, in December 2023 (Photo: VNA)

                Hanoi (VNA) – Lao Prime Minister Sonexay Siphandone will pay an official visit to Vietnam on \
                January 6-7, the Ministry of Foreign Affairs announced.

                Vietnam and Laos established diplomatic relations in 1962./.
                """.getBytes(StandardCharsets.UTF_8));
        StoryImporter.Checked checked = importer.check(List.of(story)).getFirst();

        assertThat(checked.story().captions()).singleElement().asString().contains("Tokyo, Japan");
        assertThat(checked.found().countries()).extracting(Recognition.CountryHit::code)
            .containsExactlyInAnyOrder("LA", "VN");
    }

    @Test
    void aSummaryUnderTheHeadlineIsSavedAsTheStorysStandfirst() {
        StoryImporter.Input story = new StoryImporter.Input("standfirst.txt", """
                Laos pins sea-access hopes on a Vietnamese port

                Landlocked country seeks a cheaper route to the sea as Thai ports dominate its trade

                December 2, 2026 05:00 JST

                VIENTIANE -- Laos is betting on a Vietnamese deep-sea port to cut the cost of its trade.
                """.getBytes(StandardCharsets.UTF_8));
        try {
            String slug = importer.importAll(List.of(story), false).getFirst().slug();
            assertThat(jdbc.sql("select standfirst || ' | ' || body from article where slug = ?")
                .param(slug)
                .query(String.class)
                .single())
                .isEqualTo("Landlocked country seeks a cheaper route to the sea as Thai ports dominate its "
                        + "trade | Laos is betting on a Vietnamese deep-sea port to cut the cost of its trade.");
        }
        finally {
            jdbc.sql("delete from article where source_file = 'standfirst.txt'").update();
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

    @Test
    void aBulkImportWithDuplicatesABadFileAndANewPersonGivesEachStoryOnceWithItsTagsAndAReportOnEveryFile() {
        List<StoryImporter.Input> inputs = new java.util.ArrayList<>();
        for (int n = 1; n <= 260; n++) {
            inputs.add(story("bulk_%03d.txt".formatted(n), "Laos and Azerbaijan Review Bulk Trade Item " + n,
                    "Laos and Azerbaijan reviewed bulk trade item %d in Baku on Thursday.".formatted(n)));
        }
        // a new person in the first batch, named again by full name in the second
        inputs.set(4, story("bulk_005.txt", "Azerbaijan Names a Bulk Trade Envoy",
                "Culture Minister Gulnar Abbasova of Azerbaijan met Lao officials in Baku on Thursday."));
        inputs.set(149, story("bulk_150.txt", "Gulnar Abbasova Visits Vientiane for Bulk Trade",
                "Gulnar Abbasova arrived in Vientiane from Azerbaijan for bulk trade talks with Laos on Thursday."));
        // the same story as file 10, in the same batch and in a later one
        inputs.set(19, new StoryImporter.Input("bulk_020.txt", inputs.get(9).content()));
        inputs.set(209, new StoryImporter.Input("bulk_210.txt", inputs.get(9).content()));
        // one headline three times: its own slug each, in file order across batches
        inputs.set(29, story("bulk_030.txt", "Bulk Rice Deal Signed", "Laos and Azerbaijan signed a rice deal."));
        inputs.set(129, story("bulk_130.txt", "Bulk Rice Deal Signed", "Laos and Azerbaijan signed a second deal."));
        inputs.set(229, story("bulk_230.txt", "Bulk Rice Deal Signed", "Laos and Azerbaijan signed a third deal."));
        // a file that is no story, and one with no date
        inputs.set(99,
                new StoryImporter.Input("bulk_100.txt", new byte[] { 0x50, 0x4b, 0x03, 0x04, 0, 1, (byte) 0xff }));
        inputs.set(179, new StoryImporter.Input("bulk_180.txt", """
                Laos and Azerbaijan Talk Bulk Trade Without a Date

                Laos and Azerbaijan talked about bulk trade.
                """.getBytes(StandardCharsets.UTF_8)));
        try {
            List<ImportReport> reports = importer.importAll(inputs, false);

            assertThat(reports).hasSize(260);
            assertThat(reports).extracting(ImportReport::file)
                .containsExactlyElementsOf(inputs.stream().map(StoryImporter.Input::name).toList());
            assertThat(ImportSummary.of(reports))
                .isEqualTo("total: 260 files, 256 imported, 0 checked (dry run), 2 duplicates, 2 skipped, "
                        + reports.stream().filter(r -> !r.warnings().isEmpty()).count() + " with warnings");
            String first = reports.get(9).slug();
            assertThat(first).isEqualTo("laos-and-azerbaijan-review-bulk-trade-item-10");
            assertThat(reports.get(19).outcome()).isEqualTo(ImportReport.Outcome.DUPLICATE);
            assertThat(reports.get(19).duplicateOf()).isEqualTo("bulk_010.txt");
            assertThat(reports.get(209).outcome()).isEqualTo(ImportReport.Outcome.DUPLICATE);
            assertThat(reports.get(209).duplicateOf()).isEqualTo("/articles/" + first);
            assertThat(reports.get(99).outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
            assertThat(reports.get(99).summaryLine()).contains("bulk_100.txt").containsIgnoringCase("binary");
            assertThat(reports.get(179).outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
            assertThat(reports.get(179).summaryLine()).contains("no publication date");
            assertThat(List.of(reports.get(29).slug(), reports.get(129).slug(), reports.get(229).slug()))
                .containsExactly("bulk-rice-deal-signed", "bulk-rice-deal-signed-2", "bulk-rice-deal-signed-3");

            assertThat(count("select count(*) from article where source_file like 'bulk\\_%'")).isEqualTo(256);
            assertThat(count("select count(distinct content_hash) from article where source_file like 'bulk\\_%'"))
                .isEqualTo(256);
            // the stored hash is the one a newsroom save of the unchanged story takes:
            // the file stays a duplicate after an editor saved it
            assertThat(jdbc.sql("select headline, body, content_hash from article where source_file like 'bulk\\_%'")
                .query((rs, row) -> rs.getString("content_hash")
                    .equals(news.dateline.article.ContentHash.of(rs.getString("headline"), rs.getString("body"))))
                .list()).hasSize(256).containsOnly(true);
            assertThat(count("select count(*) from article where source_file in ('bulk_020.txt', 'bulk_210.txt', "
                    + "'bulk_100.txt', 'bulk_180.txt')"))
                .isZero();
            // every story is tagged with both countries
            assertThat(count("""
                    select count(*) from article a where a.source_file like 'bulk\\_%'
                       and (select count(*) from article_country ac join country c on c.id = ac.country_id
                             where ac.article_id = a.id and c.code in ('LA', 'AZ')) = 2""")).isEqualTo(256);
            // the new person was added once, and the later story that names her is tagged
            // with her
            assertThat(count("select count(*) from person where name = 'Gulnar Abbasova'")).isEqualTo(1);
            assertThat(reports.get(4).people()).containsExactly("Gulnar Abbasova");
            assertThat(reports.get(149).people()).containsExactly("Gulnar Abbasova");
            assertThat(count("""
                    select count(*) from article_person ap join person p on p.id = ap.person_id
                      join article a on a.id = ap.article_id
                     where p.name = 'Gulnar Abbasova' and a.source_file in ('bulk_005.txt', 'bulk_150.txt')"""))
                .isEqualTo(2);
            assertThat(count("""
                    select count(*) from person_role r join person p on p.id = r.person_id
                     where p.name = 'Gulnar Abbasova' and r.role = 'Culture Minister'""")).isEqualTo(1);
        }
        finally {
            jdbc.sql("delete from article where source_file like 'bulk\\_%'").update();
            jdbc.sql("delete from person where name = 'Gulnar Abbasova'").update();
            caches.evictAll();
        }
    }

}
