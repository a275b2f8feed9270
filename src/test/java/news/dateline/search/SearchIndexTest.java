package news.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import news.dateline.search.SearchStatistics.Route;
import news.dateline.support.DataSourceProbe;
import news.dateline.support.DatelineTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Searches read from the node's Lucene index ({@link SearchIndex}) find what PostgreSQL's
 * full-text search finds, and the index follows every story written, whoever wrote it.
 * Shown on an archive of {@value #STORIES} stories written with SQL (as another node or
 * the import command would), taken out again at the end (withdrawn first, as the newsroom
 * does, so that the index lets them go).
 */
@DatelineTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexTest {

    static final int STORIES = 6_000;

    /** Where the archive's ids start, far from the seed stories' and other tests'. */
    static final long IDS = 3_000_000_000L;

    @Autowired
    SearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Names names;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSourceProbe statements;

    String country;

    long person;

    @BeforeAll
    void anArchive() {
        // a story every 7 hours back from now: "government" in every other, "saffron" in
        // one of 15, "railway" in the headlines of one of five, "zq" with a number in two
        // stories each, and "the talks went well" as a phrase in the even ones only
        jdbc.sql(
                """
                        insert into article (id, slug, headline, standfirst, body, agency_id, published_at, published_precision, status,
                                             content_hash) overriding system value
                        select ? + g, 'indexed-' || g,
                               'Indexed story ' || g || ' on ' || (array['trade', 'border', 'energy', 'health', 'railway'])[1 + g % 5],
                               case when g % 7 = 0 then 'Ministers from Việt Nam met.' end,
                               case when g % 2 = 0 then 'The government said the talks went well. ' else 'Officials said the talks were long; well, they went on. ' end
                                   || case when g % 15 = 0 then 'Saffron exports were discussed. ' else '' end
                                   || 'Reference zq' || (g % 3000) || '. Words about the economy and the visit.',
                               (select min(id) from agency), now() - interval '1 hour' - g * interval '7 hours', 'MINUTE',
                               case when g % 50 = 1 then 'DRAFT' else 'PUBLISHED' end, 'indexed-hash-' || g
                        from generate_series(1, ?) g""")
            .params(IDS, STORIES)
            .update();
        jdbc.sql("analyze article").update();
        country = jdbc.sql("select slug from country order by id limit 1").query(String.class).single();
        jdbc.sql("""
                insert into article_country (article_id, country_id, mentions)
                select a.id, (select id from country where slug = ?), 1 from article a
                where a.slug like 'indexed-%' and a.id % 3 = 0""").param(country).update();
        person = jdbc.sql("select id from person order by id limit 1").query(Long.class).single();
        jdbc.sql("""
                insert into article_person (article_id, person_id, mentions)
                select a.id, ?, 1 from article a where a.slug like 'indexed-%' and a.id % 11 = 0""")
            .param(person)
            .update();
        index.catchUp();
    }

    @AfterAll
    void noArchive() {
        jdbc.sql("update article set status = 'DELETED' where slug like 'indexed-%'").update();
        index.catchUp();
        jdbc.sql("delete from article where slug like 'indexed-%'").update();
        assertThat(index.searchable()).isEqualTo(published());
    }

    @Test
    void theIndexHoldsThePublishedStoriesOnly() {
        assertThat(index.ready()).isTrue();
        assertThat(index.searchable()).isEqualTo(published());
    }

    @Test
    void theIndexFindsTheSameLatestStoriesAsPostgreSQL() {
        SearchQuery filtered = new SearchQuery("government railway", country, LocalDate.now().minusYears(3), null, 1,
                true);
        String name = jdbc.sql("select name from person where id = ?").param(person).query(String.class).single();
        for (SearchQuery query : List.of(byDate("saffron", 1), byDate("saffron", 30), byDate("government", 1),
                byDate("government", 17), byDate("zq1234", 1), byDate("zq1234 or zq1235", 1),
                byDate("saffron -government", 1), byDate("\"talks went well\"", 1), byDate("Viet Nam railway", 2),
                byDate(name, 1), byDate(name, 3), filtered)) {
            var expected = search.search(query, Route.ALL);
            var found = search.search(query);
            assertThat(expected.hits()).as("%s by PostgreSQL", query).isNotEmpty();
            assertThat(slugs(found)).as("%s", query).isEqualTo(slugs(expected));
            assertThat(found.total()).as("%s", query).isEqualTo(expected.total());
            assertThat(found.more()).as("%s", query).isEqualTo(expected.more());
            assertThat(found.totalPages()).as("%s", query).isEqualTo(expected.totalPages());
            assertThat(snippets(found)).as("%s", query).allMatch(snippet -> !snippet.isBlank());
        }
        // what the words mean: the phrase only in the even stories, "-government" only
        // the
        // odd ones, the country filter only its stories
        assertThat(search.search(byDate("\"talks went well\"", 1)).hits()).allMatch(hit -> number(hit) % 2 == 0);
        assertThat(search.search(byDate("saffron -government", 1)).hits()).allMatch(hit -> number(hit) % 2 == 1);
        assertThat(search.search(filtered).hits()).isNotEmpty().allMatch(hit -> (IDS + number(hit)) % 3 == 0);
        assertThat(search.search(byDate("zq1234 or zq1235", 1)).total()).isEqualTo(4);
        // the snippet marks the words searched for, as the index reads them
        assertThat(snippets(search.search(byDate("saffron export", 1))))
            .allMatch(snippet -> snippet.contains("<mark>Saffron</mark> <mark>exports</mark>"));
    }

    @Test
    void rankedByRelevanceTheLatestMatchesArePagedAsByDate() {
        // "railway" is in one headline of five: more than 300 stories match
        var ranked = search.search(new SearchQuery("railway", null, null, null, 1));
        assertThat(ranked.more()).isTrue();
        assertThat(ranked.hits()).hasSize(SearchService.PAGE_SIZE)
            .allMatch(hit -> hit.card().headline().endsWith("railway"));
        // no headline is on both
        assertThat(search.search(new SearchQuery("energy railway", null, null, null, 1)).total()).isZero();
        var lastPage = search.search(new SearchQuery("saffron", null, null, null, 30));
        assertThat(lastPage.totalPages()).isEqualTo(30);
        assertThat(lastPage.hits()).hasSize(SearchService.PAGE_SIZE);
    }

    @Test
    void aStoryWrittenElsewhereIsFoundOnceTheIndexHasLookedAndAWithdrawnOneIsGone() {
        long id = IDS + 1; // a draft among the archive's stories
        assertThat(slugs(search.search(byDate("zq1", 1)))).doesNotContain("indexed-1");
        jdbc.sql("update article set status = 'PUBLISHED' where id = ?").param(id).update();
        index.catchUp();
        assertThat(slugs(search.search(byDate("zq1", 1)))).contains("indexed-1");

        jdbc.sql("update article set status = 'DRAFT' where id = ?").param(id).update();
        index.catchUp();
        assertThat(slugs(search.search(byDate("zq1", 1)))).doesNotContain("indexed-1");
        assertThat(index.searchable()).isEqualTo(published());
    }

    @Test
    void aSearchPageIsTwoStatementsAndHostileInputIsOnlyWords() throws Exception {
        // the countries of the filter come from the reader cache after the first page
        assertThat(mvc.get().uri("/search").param("q", "zq7").exchange()).hasStatusOk();
        for (String q : List.of("saffron", "government", "zq1234 or zq1235", "\"", "-", "or", "- - -", "\"\"\"",
                "AND OR NOT", "title:saffron", "saffron*", "sa?fron~2", "(saffron", "+saffron", "\\", "𝕿𝖍𝖊", "ﷺ",
                "<script>alert(1)</script>", "' or 1=1 --", "zq1234\u0000", "b ".repeat(100),
                "\"" + "zq1 or ".repeat(28) + "\"")) {
            statements.reset();
            var page = mvc.get().uri("/search").param("q", q).exchange();
            assertThat(page).as(q).hasStatusOk();
            assertThat(statements.count()).as("statements for %s", q).isLessThanOrEqualTo(2);
            var html = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(html.select("h1").text()).isEqualTo("Search");
        }
        // Lucene's own syntax is not ours: "title:saffron" is the two words
        assertThat(search.search(byDate("saffron*", 1)).hits()).isNotEmpty();
    }

    @Test
    void anIndexKeptOnDiskIsBroughtUpToDateAtTheNextStart(@org.junit.jupiter.api.io.TempDir Path kept) {
        var properties = new SearchProperties(Duration.ZERO,
                new SearchProperties.Index(true, kept, false, Duration.ZERO, 1_000_000));
        var first = new SearchIndex(jdbc, properties, names);
        first.start();
        assertThat(first.ready()).isTrue();
        assertThat(first.searchable()).isEqualTo(published());
        first.stop();
        assertThat(kept).isNotEmptyDirectory();

        long id = IDS + 51; // another draft
        jdbc.sql("update article set status = 'PUBLISHED' where id = ?").param(id).update();
        try {
            var second = new SearchIndex(jdbc, properties, names);
            second.start();
            assertThat(second.ready()).isTrue();
            assertThat(second.searchable()).isEqualTo(published());
            second.stop();
        }
        finally {
            jdbc.sql("update article set status = 'DRAFT' where id = ?").param(id).update();
            index.catchUp();
        }
        assertThat(Files.exists(kept)).isTrue();
    }

    private int published() {
        return jdbc.sql("select count(*) from article where status = 'PUBLISHED'").query(Integer.class).single();
    }

    private static SearchQuery byDate(String text, int page) {
        return new SearchQuery(text, null, null, null, page, true);
    }

    private static Integer number(SearchService.Hit hit) {
        return Integer.parseInt(hit.card().slug().substring("indexed-".length()));
    }

    private static List<String> slugs(SearchService.Results results) {
        return results.hits().stream().map(hit -> hit.card().slug()).toList();
    }

    private static List<String> snippets(SearchService.Results results) {
        return results.hits().stream().map(SearchService.Hit::snippetHtml).toList();
    }

}
