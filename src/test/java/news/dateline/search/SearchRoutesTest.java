package news.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import news.dateline.search.SearchStatistics.Route;
import news.dateline.search.SearchStatistics.Way;
import news.dateline.support.DatelineTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A search finds its latest matches one of three ways, chosen by how common its words are
 * ({@link SearchStatistics}); whichever is taken, a reader gets the same stories in the
 * same order, the same count and the same pages. Shown on an archive of {@value #STORIES}
 * stories made in the test's transaction and rolled back.
 */
@DatelineTest
@Transactional
class SearchRoutesTest {

    static final int STORIES = 12_000;

    /** Where the archive's ids start, far from the seed stories'. */
    static final long IDS = 2_000_000_000L;

    @Autowired
    SearchService search;

    @Autowired
    JdbcClient jdbc;

    String country;

    @BeforeEach
    void anArchive() {
        // a story every 7 hours back from now: "government" in every other, "saffron" in
        // one of 25 (480 stories), "railway" in the headlines of one of five, and
        // "zq" with a number in four stories each
        jdbc.sql(
                """
                        insert into article (id, slug, headline, body, agency_id, published_at, published_precision, status,
                                             content_hash) overriding system value
                        select ? + g, 'route-' || g,
                               'Route story ' || g || ' on ' || (array['trade', 'border', 'energy', 'health', 'railway'])[1 + g % 5],
                               case when g % 2 = 0 then 'The government said the talks went well. ' else 'Officials met on Monday. ' end
                                   || case when g % 25 = 0 then 'Saffron exports were discussed. ' else '' end
                                   || 'Reference zq' || (g % 3000) || '. Words about the economy and the visit.',
                               (select min(id) from agency), now() - interval '1 hour' - g * interval '7 hours', 'MINUTE',
                               case when g % 50 = 1 then 'DRAFT' else 'PUBLISHED' end, 'route-hash-' || g
                        from generate_series(1, ?) g""")
            .params(IDS, STORIES)
            .update();
        // the link table's trigger reads each story by its key: with statistics of this
        // size, not by a plan made when article held five rows
        jdbc.sql("analyze article").update();
        country = jdbc.sql("select slug from country order by id limit 1").query(String.class).single();
        jdbc.sql("""
                insert into article_country (article_id, country_id, mentions)
                select a.id, (select id from country where slug = ?), 1 from article a
                where a.slug like 'route-%' and a.id % 3 = 0""").param(country).update();
    }

    @Test
    void aWordInAFewPercentFindsTheSameLatestStoriesEveryWay() {
        // 480 matches, 300 ranked: a window holding 400 of them, and one holding 100 (the
        // stories before it are searched too); two windows holding 40 and 320 (the
        // second is enough), 40 and 40 (the stories before both are searched), 360 and
        // 80 (the first is enough)
        for (Route window : List.of(windowSince(10_000), windowSince(2_500), windowsSince(1_000, 9_000),
                windowsSince(1_000, 2_000), windowsSince(9_000, 11_000))) {
            for (SearchQuery query : List.of(query("saffron", 1, false), query("saffron", 30, false),
                    query("saffron", 17, true))) {
                var expected = search.search(query, Route.ALL);
                assertThat(expected.more()).isTrue();
                assertThat(expected.total()).isEqualTo(SearchService.CANDIDATES);
                assertThat(expected.hits()).hasSize(SearchService.PAGE_SIZE);

                assertThat(slugs(search.search(query, window))).as("%s, %s", query, window).isEqualTo(slugs(expected));
                assertThat(slugs(search.search(query, Route.WALK))).as("%s, walking", query).isEqualTo(slugs(expected));
                assertThat(search.search(query, window).totalPages()).isEqualTo(expected.totalPages());
            }
        }
    }

    @Test
    void filtersAndRareWordsFindTheSameStoriesEveryWay() {
        SearchQuery filtered = new SearchQuery("government railway", country, LocalDate.now().minusYears(3), null, 1);
        SearchQuery rare = query("zq1234", 1, false);
        // words that need not all be there: either one, or one and not the other
        SearchQuery either = query("zq1234 or zq1235", 1, false);
        SearchQuery without = query("saffron -government", 1, false);
        for (SearchQuery query : List.of(filtered, rare, either, without)) {
            var expected = search.search(query, Route.ALL);
            assertThat(expected.hits()).isNotEmpty();
            for (Route route : List.of(windowSince(1_000), windowSince(9_000), windowsSince(1_000, 3_000),
                    Route.WALK)) {
                var found = search.search(query, route);
                assertThat(slugs(found)).as("%s, %s", query, route).isEqualTo(slugs(expected));
                assertThat(found.total()).isEqualTo(expected.total());
                assertThat(found.more()).isEqualTo(expected.more());
            }
        }
        assertThat(search.search(rare, windowSince(1_000)).total()).isEqualTo(4);
        assertThat(search.search(either, windowSince(1_000)).total()).isEqualTo(8);
        // saffron in one story of 25, government in the even ones: the odd among them
        assertThat(search.search(without, windowSince(1_000)).hits()).extracting(hit -> hit.card().headline())
            .allMatch(headline -> Integer.parseInt(headline.split(" ")[2]) % 2 == 1);
    }

    /** A window starting at the story this many places from the newest. */
    private Route windowSince(int story) {
        Instant since = jdbc.sql("select published_at from article where slug = ?")
            .param("route-" + story)
            .query(Timestamp.class)
            .single()
            .toInstant();
        return new Route(Way.LATEST_WINDOW, since, null);
    }

    /**
     * Two windows: from the story this many places from the newest, and before it from
     * that one.
     */
    private Route windowsSince(int story, int wider) {
        return new Route(Way.LATEST_WINDOW, windowSince(story).since(), windowSince(wider).since());
    }

    private static SearchQuery query(String text, int page, boolean byDate) {
        return new SearchQuery(text, null, null, null, page, byDate);
    }

    private static List<String> slugs(SearchService.Results results) {
        return results.hits().stream().map(hit -> hit.card().slug()).toList();
    }

}
