package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import news.dateline.support.DataSourceProbe;
import news.dateline.support.DatelineTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every reader page, feed and sitemap on an archive of {@value #STORIES} stories (issue
 * 10): each query PostgreSQL runs for it reads indexes, never a sequential scan of
 * {@code article} or of the tables linking stories to people, countries and events, and
 * each page is a fixed number of statements. The archive is made in the test's
 * transaction and rolled back, so the other tests keep the five seed stories.
 */
@DatelineTest
@Transactional
// Searches here are PostgreSQL's, as while a node's search index is being built: their
// plans are shown below. Searches read from the index are SearchIndexTest's.
@org.springframework.test.context.TestPropertySource(properties = "dateline.search.index.enabled=false")
class ReaderQueryPlansTest {

    static final int STORIES = 50_000;

    /**
     * Where the archive's ids start: given explicitly, so that the rolled-back rows take
     * no number from the identity sequences (the article sitemaps are cut by id ranges).
     */
    static final long IDS = 1_000_000_000L;

    /**
     * A sequential scan of the archive, in a plan in PostgreSQL's JSON form (a scan is a
     * leaf: no nested object).
     */
    static final Pattern SEQ_SCAN_OF_ARCHIVE = Pattern
        .compile("\"Node Type\": \"Seq Scan\",[^{}]*?\"Relation Name\": \"(article(_person|_country|_event)?)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSourceProbe statements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    news.dateline.web.ReaderCache.Evictor caches;

    @Autowired
    news.dateline.search.SearchStatistics searchStatistics;

    @BeforeEach
    void anArchive() {
        jdbc.sql("""
                insert into person (id, slug, name, role) overriding system value
                select ? + i, 'plan-person-' || i, 'Plan Person ' || i, 'minister' from generate_series(1, 100) i""")
            .param(IDS)
            .update();
        jdbc.sql("""
                insert into event (id, slug, title, kind, start_date, date_precision) overriding system value
                select ? + i, 'plan-event-' || i, 'Plan event ' || i, 'visit', current_date - i * 7, 'DAY'
                from generate_series(1, 400) i""").param(IDS).update();
        // 40 countries; the first in every event and in half the stories, as a country in
        // the news for decades is.
        jdbc.sql("""
                with c as (select array_agg(id order by id) as ids from (select id from country order by id limit 40) x)
                insert into event_country (event_id, country_id)
                select e.id, c.ids[k] from event e, c,
                       lateral (select distinct unnest(array[1, 2 + cast(substr(e.slug, 12) as int) % 39]) as k) x
                where e.slug like 'plan-event-%'""").update();
        jdbc.sql(
                """
                        insert into article (id, slug, headline, body, agency_id, published_at, published_precision, status,
                                             content_hash) overriding system value
                        select ? + g, 'plan-' || g,
                               'Plan story ' || g || ' on ' || (array['trade', 'border', 'energy', 'health', 'railway'])[1 + g % 5],
                               case when g % 2 = 0 then 'The government said the talks went well. ' else 'Officials met on Monday. ' end
                                   || case when g % 8 = 0 then 'Saffron exports were discussed. ' else '' end
                                   || 'Reference zq' || (g % 5000) || '. ' || repeat('Words about the economy and the visit. ', 1 + g % 4),
                               (select min(id) from agency), now() - interval '1 hour' - g * interval '2 hours 37 minutes', 'MINUTE',
                               case when g % 50 = 1 then 'DRAFT' else 'PUBLISHED' end, 'plan-hash-' || g
                        from generate_series(1, ?) g""")
            .params(IDS, STORIES)
            .update();
        // The link tables' trigger reads its story by primary key through a plan PL/pgSQL
        // keeps per
        // connection: planned while article held a few dozen rows, that plan is a
        // sequential scan, and
        // 100,000 link rows times 50,000 stories took minutes. Statistics of the new size
        // re-plan it.
        jdbc.sql("analyze article").update();
        jdbc.sql("""
                with c as (select array_agg(id order by id) as ids from (select id from country order by id limit 40) x)
                insert into article_country (article_id, country_id, mentions)
                select a.id, c.ids[k], 1 + a.id % 4 from article a, c,
                       lateral (select distinct case when j = 0 then 1 + (a.id % 2) * (a.id % 7)
                                                     else 1 + (a.id * 31 + j * 17) % 40 end as k
                                from generate_series(0, a.id % 3) j) x
                where a.slug like 'plan-%'""").update();
        jdbc.sql("""
                with p as (select array_agg(id order by id) as ids from person where slug like 'plan-person-%')
                insert into article_person (article_id, person_id, mentions)
                select a.id, p.ids[k], 1 + a.id % 3 from article a, p,
                       lateral (select distinct case when j = 0 then 1 else 1 + (a.id * (j + 3)) % 100 end as k
                                from generate_series(0, a.id % 4 - 1) j) x
                where a.slug like 'plan-%'""").update();
        jdbc.sql("""
                with e as (select array_agg(id order by id) as ids from event where slug like 'plan-event-%')
                insert into article_event (article_id, event_id)
                select a.id, e.ids[1 + a.id % 400] from article a, e where a.slug like 'plan-%' and a.id % 5 < 2""")
            .update();
        jdbc.sql("analyze article, article_person, article_country, article_event, person, event, event_country")
            .update();
        searchStatistics.refresh();
        caches.evictAll();
    }

    @AfterEach
    void forgetPagesOfTheArchive() {
        caches.evictAll();
    }

    @Test
    void everyReaderQueryReadsAnIndexAndEveryPageIsAFixedNumberOfStatements() throws Exception {
        String country = jdbc.sql("select slug from country order by id limit 1").query(String.class).single();
        String second = jdbc.sql("select slug from country order by id offset 1 limit 1").query(String.class).single();
        String[] pair = country.compareTo(second) < 0 ? new String[] { country, second }
                : new String[] { second, country };
        String story = jdbc.sql("""
                select a.slug from article a where a.slug like 'plan-%' and a.status = 'PUBLISHED'
                  and exists (select 1 from article_event ae where ae.article_id = a.id)
                  and (select count(*) from article_person ap where ap.article_id = a.id) >= 2
                order by a.published_at desc limit 1""").query(String.class).single();
        String agency = jdbc.sql("select slug from agency order by id limit 1").query(String.class).single();
        String olderCountryPage = olderLink("/countries/" + country);
        assertThat(olderCountryPage).contains("before=");

        Map<String, Integer> pages = new LinkedHashMap<>();
        pages.put("/", 4);
        pages.put("/?page=50", 4);
        pages.put("/articles/" + story, 8);
        pages.put("/countries", 2);
        pages.put("/countries/" + country, 8);
        pages.put(olderCountryPage, 8);
        pages.put("/countries/" + country + "?period=" + java.time.Year.now().minusYears(2), 8);
        pages.put("/relations/" + pair[0] + "/" + pair[1], 7);
        pages.put(olderLink("/relations/" + pair[0] + "/" + pair[1]), 7);
        pages.put("/people/plan-person-1", 5);
        pages.put(olderLink("/people/plan-person-1"), 5);
        pages.put("/events/plan-event-1", 5);
        pages.put("/people", 1);
        pages.put("/people?letter=P", 1);
        pages.put("/people?after=" + (IDS + 50), 1);
        pages.put("/events", 1);
        pages.put(nextLink("/events"), 1);
        pages.put("/events?sort=az&letter=P", 1);
        pages.put("/relations", 1);
        pages.put("/sources", 1);
        pages.put("/sources/" + agency, 2);
        pages.put(olderLink("/sources/" + agency), 2);
        pages.put("/search?q=government", 4);
        pages.put("/search?q=government&sort=date&page=7", 4);
        pages.put("/search?q=zq1234", 4);
        pages.put("/search?q=saffron", 4);
        pages.put("/search?q=government+railway&country=" + country + "&from=2020-01-01", 4);
        // what crawlers and feed readers ask
        pages.put("/feed.xml", 2);
        pages.put("/countries/" + country + "/feed.xml", 3);
        pages.put("/relations/" + pair[0] + "/" + pair[1] + "/feed.xml", 3);
        pages.put("/people/plan-person-1/feed.xml", 5);
        pages.put("/sitemap.xml", 6);
        pages.put("/sitemaps/articles-" + (1 + (IDS + STORIES / 2 - 1) / 50_000) + ".xml", 3);
        pages.put("/sitemaps/countries.xml", 2);
        pages.put("/sitemaps/relations.xml", 2);
        pages.put("/sitemaps/people.xml", 2);
        pages.put("/sitemaps/events.xml", 2);
        pages.put("/news-sitemap.xml", 2);

        List<String> scans = new ArrayList<>();
        Map<String, String> planned = new LinkedHashMap<>();
        pages.forEach((url, most) -> {
            caches.evictAll();
            statements.reset();
            statements.explaining();
            assertThat(mvc.get().uri(url).exchange()).as(url).hasStatusOk();
            List<DataSourceProbe.Plan> plans = statements.plans();
            assertThat(statements.count()).as("statements for %s", url).isLessThanOrEqualTo(most);
            assertThat(plans).as("plans for %s", url).isNotEmpty();
            planned.put(url, String.join("\n", plans.stream().map(DataSourceProbe.Plan::json).toList()));
            plans.forEach(plan -> {
                var scan = SEQ_SCAN_OF_ARCHIVE.matcher(plan.json());
                if (scan.find()) {
                    scans.add(url + ": a sequential scan of " + scan.group(1) + " in\n" + plan.sql() + "\n"
                            + plan.json());
                }
            });
        });
        assertThat(scans).isEmpty();
        // A word in half the stories walks them newest first; a word in ten takes the
        // full-text index's matches (either way round costs seconds at a million); a
        // word in one story of eight takes the index's matches of a recent window.
        assertThat(planned.get("/search?q=government")).doesNotContain("article_search_idx");
        assertThat(planned.get("/search?q=zq1234")).contains("\"Index Name\": \"article_search_idx\"");
        String window = planned.get("/search?q=saffron");
        assertThat(window).contains("\"Index Name\": \"article_search_idx\"").contains("recent");
    }

    /** The "next page" link of an index. */
    private String nextLink(String url) throws Exception {
        caches.evictAll();
        var result = mvc.get().uri(url).exchange();
        assertThat(result).hasStatusOk();
        var link = Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
            .select("a[rel=next]")
            .attr("href");
        assertThat(link)
            .as("next page of %s: %s", url,
                    Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                        .select("main")
                        .text())
            .contains("after=");
        return link;
    }

    /** The "older stories" link of a page. */
    private String olderLink(String url) throws Exception {
        caches.evictAll();
        var result = mvc.get().uri(url).exchange();
        assertThat(result).hasStatusOk();
        var link = Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
            .select("a[rel=next]")
            .attr("href");
        assertThat(link).as("older stories of %s", url).contains("before=");
        return link;
    }

}
