package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.dateline.support.DatelineTest;
import news.dateline.support.DataSourceProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An article page and a country page are built from a fixed number of SQL statements:
 * adding mentions, related stories and events must not add statements.
 */
@DatelineTest
class PageQueryCountTest {

    static final String ARTICLE = "/articles/laos-and-azerbaijan-hold-first-political-consultation-to-boost-ties";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSourceProbe statements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    news.dateline.web.ReaderCache.Evictor caches;

    /** Statements to build the page from the database, the reader cache emptied first. */
    int statementsFor(String url) {
        caches.evictAll();
        statements.reset();
        assertThat(mvc.get().uri(url).exchange()).hasStatusOk();
        return statements.count();
    }

    @Test
    void theCountDoesNotGrowWithMentionsRelatedStoriesOrEvents() {
        int article = statementsFor(ARTICLE);
        int country = statementsFor("/countries/laos");
        List<Long> added = new java.util.ArrayList<>();
        String slug = ARTICLE.substring("/articles/".length());
        List<Long> originalPeople = jdbc
            .sql("select person_id from article_person ap join article a on a.id = ap.article_id where a.slug = ?")
            .param(slug)
            .query(Long.class)
            .list();
        List<Long> originalEvents = jdbc
            .sql("select event_id from article_event ae join article a on a.id = ae.article_id where a.slug = ?")
            .param(slug)
            .query(Long.class)
            .list();
        try {
            long seed = jdbc.sql("select id from article where slug = ?")
                .param(ARTICLE.substring("/articles/".length()))
                .query(Long.class)
                .single();
            for (int i = 0; i < 6; i++) {
                long id = jdbc
                    .sql("""
                            insert into article (slug, headline, body, published_at, published_precision, status, content_hash)
                            values (?, ?, 'Laos and Azerbaijan, again.', now() - interval '1 day', 'DAY', 'PUBLISHED', ?) returning id""")
                    .params("count-test-" + i, "Count test story " + i, "count-test-hash-" + i)
                    .query(Long.class)
                    .single();
                added.add(id);
                jdbc.sql(
                        "insert into article_person (article_id, person_id, mentions) select ?, person_id, 1 from article_person where article_id = ?")
                    .params(id, seed)
                    .update();
                jdbc.sql(
                        "insert into article_country (article_id, country_id, mentions) select ?, country_id, 1 from article_country where article_id = ?")
                    .params(id, seed)
                    .update();
                jdbc.sql(
                        "insert into article_event (article_id, event_id) select ?, event_id from article_event where article_id = ?")
                    .params(id, seed)
                    .update();
                jdbc.sql(
                        "insert into article_country (article_id, country_id, mentions) select ?, id, 1 from country where code in ('TH', 'CN', 'JP') on conflict do nothing")
                    .param(id)
                    .update();
            }
            jdbc.sql(
                    "insert into article_person (article_id, person_id, mentions) select ?, id, 1 from person on conflict do nothing")
                .param(seed)
                .update();
            jdbc.sql("insert into article_event (article_id, event_id) select ?, id from event on conflict do nothing")
                .param(seed)
                .update();

            assertThat(statementsFor(ARTICLE)).isEqualTo(article).isLessThanOrEqualTo(8);
            assertThat(statementsFor("/countries/laos")).isEqualTo(country).isLessThanOrEqualTo(8);
        }
        finally {
            added.forEach(id -> jdbc.sql("delete from article where id = ?").param(id).update());
            jdbc.sql(
                    "delete from article_person where article_id = (select id from article where slug = ?) and not (person_id = any(?))")
                .params(ARTICLE.substring("/articles/".length()), originalPeople.toArray(Long[]::new))
                .update();
            jdbc.sql(
                    "delete from article_event where article_id = (select id from article where slug = ?) and not (event_id = any(?))")
                .params(ARTICLE.substring("/articles/".length()), originalEvents.toArray(Long[]::new))
                .update();
            caches.evictAll();
        }
    }

    @Test
    void aReaderRequestServedFromTheCacheRunsNoStatementAtAll() {
        String event = "/events/" + jdbc.sql("select slug from event order by id limit 1").query(String.class).single();
        for (String url : List.of("/", ARTICLE, "/countries", "/countries/laos", "/relations/azerbaijan/laos",
                "/people/to-lam", event, "/feed.xml", "/countries/laos/feed.xml", "/people/to-lam/feed.xml",
                "/relations/azerbaijan/laos/feed.xml", "/sitemap.xml", "/sitemaps/articles-1.xml",
                "/sitemaps/people.xml", "/news-sitemap.xml", "/people", "/people?letter=T", "/events",
                "/events?sort=az", "/relations", "/sources", "/sources/kpl", "/about", "/sitemaps/sections.xml")) {
            statementsFor(url);
            statements.reset();
            assertThat(mvc.get().uri(url).exchange()).hasStatusOk();
            assertThat(statements.count()).as("statements for %s from the cache", url).isZero();
        }
    }

}
