package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleEditing;
import news.dateline.article.ArticleStatus;
import news.dateline.article.SaveOutcome;
import news.dateline.support.DataSourceProbe;
import news.dateline.support.DatelineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Story pages kept in the database: a page rendered once is answered from one statement
 * by a node that no longer has it in memory (restarted, or another node), until the story
 * changes, a story that may enter its related news is published, or its build or age says
 * otherwise. To tell a stored page from a render, a story's headline is changed with SQL
 * behind the portal's back: a render shows the new one, the stored page the old.
 */
@DatelineTest
@TestPropertySource(properties = "dateline.page-store.enabled=true")
class PageStoreTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleEditing editing;

    @Autowired
    Clock clock;

    @Autowired
    PageCache pages;

    @Autowired
    PageStore store;

    @Autowired
    CacheManager caches;

    @Autowired
    DataSourceProbe statements;

    String word;

    long event;

    Set<Long> people;

    Set<Long> countries;

    @BeforeEach
    void aSeedStorysEvent() {
        word = UUID.randomUUID().toString().substring(0, 8);
        event = jdbc.sql("select event_id from article_event order by event_id limit 1").query(Long.class).single();
        people = Set.copyOf(jdbc.sql("""
                select ap.person_id from article_person ap join article_event ae on ae.article_id = ap.article_id
                where ae.event_id = ? order by ap.person_id limit 2""").param(event).query(Long.class).list());
        countries = Set.copyOf(jdbc.sql("""
                select ac.country_id from article_country ac join article_event ae on ae.article_id = ac.article_id
                where ae.event_id = ? order by ac.country_id limit 2""").param(event).query(Long.class).list());
    }

    /**
     * The stories published here, deleted after each test: other tests count the seeds'
     * neighbours.
     */
    final java.util.List<Long> published = new java.util.ArrayList<>();

    @AfterEach
    void databaseBackAndStoriesGone() {
        statements.comeBack();
        published.forEach(id -> jdbc.sql("delete from article where id = ?").param(id).update());
        jdbc.sql("delete from stored_page where path like '%/articles/stored-page-%'").update();
        evictor.evictAll();
    }

    @Test
    void aStoryPageNotInMemoryIsAnsweredFromTheDatabaseByOneStatement() throws Exception {
        Story story = publish("Stored page " + word, Set.of(), Set.of(), Set.of(), 2);
        assertThat(body(story.url())).contains("Stored page " + word);
        store.flush();
        assertThat(jdbc.sql("select count(*) from stored_page where path = ?")
            .param(story.url())
            .query(Integer.class)
            .single()).isOne();

        behindTheBack(story, "Changed behind the back " + word);
        forgetMemory();
        statements.reset();
        MvcTestResult stored = mvc.get().uri(story.url()).exchange();

        assertThat(stored).hasStatusOk().hasContentTypeCompatibleWith("text/html");
        assertThat(stored.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Stored page " + word)
            .doesNotContain("Changed behind the back");
        assertThat(stored.getResponse().getHeader("ETag")).isNotBlank();
        assertThat(statements.count()).isOne();
        // made-up parameters are not kept apart: the page is rendered, and not stored
        assertThat(mvc.get()
            .uri(story.url() + "?utm_source=anywhere")
            .exchange()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8)).contains("Changed behind the back " + word);
        store.flush();
        assertThat(jdbc.sql("select count(*) from stored_page where path like ?")
            .param(story.url() + "?%")
            .query(Integer.class)
            .single()).isZero();
        // an editor (a session cookie) always gets the page as it is
        assertThat(mvc.get()
            .uri(story.url())
            .cookie(new jakarta.servlet.http.Cookie("SESSION", "an-editor"))
            .exchange()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8)).contains("Changed behind the back " + word);
    }

    @Test
    void aStoredPageGoesAsStoredToAReaderTakingGzipAndUnzippedToOneWhoDoesNot() throws Exception {
        Story story = publish("Stored gzipped " + word, Set.of(), Set.of(), Set.of(), 2);
        String rendered = body(story.url());
        store.flush();
        byte[] stored = jdbc.sql("select body from stored_page where path = ? and gzipped")
            .param(story.url())
            .query(byte[].class)
            .single();
        forgetMemory();

        MvcTestResult zipped = mvc.get().uri(story.url()).header("Accept-Encoding", "gzip").exchange();
        assertThat(zipped).hasStatusOk().hasHeader("Content-Encoding", "gzip");
        assertThat(zipped.getResponse().getContentAsByteArray()).isEqualTo(stored);
        String page = new String(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(stored)).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(page).isEqualTo(rendered);

        // now in memory as the store gave it: a reader without gzip gets the page as
        // rendered, from memory (no statement), and so do the readers after
        for (String encoding : new String[] { "identity", "gzip", "identity" }) {
            statements.reset();
            MvcTestResult again = mvc.get().uri(story.url()).header("Accept-Encoding", encoding).exchange();
            assertThat(again).hasStatusOk();
            assertThat(statements.count()).isZero();
            byte[] sent = again.getResponse().getContentAsByteArray();
            if (encoding.equals("gzip")) {
                assertThat(again).hasHeader("Content-Encoding", "gzip");
                assertThat(sent).isEqualTo(stored);
            }
            else {
                assertThat(again.getResponse().getHeader("Content-Encoding")).isNull();
                assertThat(new String(sent, StandardCharsets.UTF_8)).isEqualTo(rendered);
                assertThat(again.getResponse().getContentLength()).isEqualTo(sent.length);
            }
        }
    }

    @Test
    void savingTheStoryShowsItsNewVersionAtOnce() throws Exception {
        Story story = publish("Before the edit " + word, Set.of(), Set.of(), Set.of(), 2);
        body(story.url());
        store.flush();

        editing.save(story.draft("After the edit " + word), "ed");
        forgetMemory();

        assertThat(body(story.url())).contains("After the edit " + word).doesNotContain("Before the edit");
    }

    @Test
    void aNewStoryOnTheSameEventEntersTheStoredSidebarAndAStorySharingNothingDoesNot() throws Exception {
        Story older = publish("Talks open on the ledger " + word, Set.of(event), people, countries, 2);
        body(older.url());
        store.flush();
        behindTheBack(older, "Talks open on the ledger, changed behind the back " + word);

        // a story about a country of its own, naming no one: no sidebar of the older
        // story's can show it, and its stored page still stands
        long iceland = jdbc.sql("select id from country where code = 'IS'").query(Long.class).single();
        publish("Unrelated harbour news " + word, Set.of(), Set.of(), Set.of(iceland), 1);
        forgetMemory();
        assertThat(body(older.url())).contains("Talks open on the ledger " + word)
            .doesNotContain("Unrelated harbour news");

        publish("Talks close on the ledger " + word, Set.of(event), people, countries, 1);
        forgetMemory();
        assertThat(body(older.url())).contains("Talks close on the ledger " + word)
            .contains("changed behind the back " + word);
    }

    @Test
    void aPageOfAnEarlierBuildIsServedUntilItsNextReaderRendersItAgainForTheStore() throws Exception {
        Story story = publish("Built once " + word, Set.of(), Set.of(), Set.of(), 2);
        body(story.url());
        store.flush();
        behindTheBack(story, "Built twice " + word);
        jdbc.sql("update stored_page set build = 'an earlier build' where path = ?").param(story.url()).update();
        forgetMemory();

        // just upgraded: the earlier build's page, from one statement
        statements.reset();
        assertThat(body(story.url())).contains("Built once " + word).doesNotContain("Built twice");
        assertThat(statements.count()).isOne();
        // its next reader renders it with this build, and the store keeps that
        assertThat(body(story.url())).contains("Built twice " + word);
        store.flush();
        assertThat(jdbc.sql("select build from stored_page where path = ?")
            .param(story.url())
            .query(String.class)
            .single()).isNotEqualTo("an earlier build");
        forgetMemory();
        statements.reset();
        assertThat(body(story.url())).contains("Built twice " + word);
        assertThat(statements.count()).isOne();
    }

    @Test
    void withEarlierBuildsOffAPageOfAnEarlierBuildIsNotServed() throws Exception {
        Story story = publish("Mended by the upgrade " + word, Set.of(), Set.of(), Set.of(), 2);
        body(story.url());
        store.flush();
        jdbc.sql("update stored_page set build = 'an earlier build' where path = ?").param(story.url()).update();
        var on = new PageStoreProperties(true, java.time.Duration.ofHours(24), 10, java.time.Duration.ZERO, true,
                new PageStoreProperties.Fill(false, 1, 0.5, java.time.Duration.ofHours(1),
                        java.time.Duration.ofHours(2), java.time.Duration.ofMinutes(2), java.time.Duration.ZERO,
                        java.time.Duration.ZERO, 1));
        var off = new PageStoreProperties(true, on.maxAge(), on.queue(), on.sweepEvery(), false, on.fill());
        PageStore serving = new PageStore(jdbc(), transactions, on, "this build");
        PageStore refusing = new PageStore(jdbc(), transactions, off, "this build");
        try {
            RenderedPage earlier = serving.find(story.url(), System.nanoTime()).page();
            assertThat(earlier).isNotNull();
            assertThat(earlier.earlierBuild()).isTrue();
            assertThat(refusing.find(story.url(), System.nanoTime()).page()).isNull();
        }
        finally {
            serving.destroy();
            refusing.destroy();
        }
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private org.springframework.jdbc.core.JdbcTemplate jdbc() {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    }

    @Test
    void aPageOlderThanItsMaximumAgeIsRenderedAgainAndSweptAway() throws Exception {
        Story story = publish("Built twice " + word, Set.of(), Set.of(), Set.of(), 2);
        body(story.url());
        store.flush();
        behindTheBack(story, "Built three times " + word);
        jdbc.sql("update stored_page set stored_at = stored_at - interval '25 hours' where path = ?")
            .param(story.url())
            .update();
        forgetMemory();
        assertThat(body(story.url())).contains("Built three times " + word);
        store.flush();
        jdbc.sql("update stored_page set stored_at = stored_at - interval '25 hours' where path = ?")
            .param(story.url())
            .update();

        store.sweep();
        assertThat(jdbc.sql("select count(*) from stored_page where path = ?")
            .param(story.url())
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void emptyingEveryCacheEmptiesTheStoredPagesToo() throws Exception {
        Story story = publish("Everything kept " + word, Set.of(), Set.of(), Set.of(), 2);
        body(story.url());
        store.flush();
        behindTheBack(story, "Everything emptied " + word);

        evictor.evictAll();

        assertThat(body(story.url())).contains("Everything emptied " + word);
    }

    @Test
    void withTheDatabaseAwayAStoredPageIsNotFoundAndTheLastGoodBytesStand() throws Exception {
        Story story = publish("Kept through the outage " + word, Set.of(), Set.of(), Set.of(), 2);
        body(story.url());
        store.flush();
        pages.evictTagged(Set.of(news.dateline.shared.CacheTags.article(story.id())));

        statements.goAway();
        MvcTestResult away = mvc.get().uri(story.url()).exchange();

        assertThat(away).hasStatusOk();
        assertThat(away.getResponse().getContentAsString(StandardCharsets.UTF_8))
            .contains("Kept through the outage " + word);
    }

    @Test
    void aStoryPageOverHttpsIsKeptUnderItsOwnAddress() throws Exception {
        Story story = publish("Secure page " + word, Set.of(), Set.of(), Set.of(), 2);
        assertThat(mvc.get().uri(story.url()).secure(true).exchange()).hasStatusOk();
        store.flush();
        behindTheBack(story, "Secure page changed " + word);
        forgetMemory();

        assertThat(mvc.get()
            .uri(story.url())
            .secure(true)
            .exchange()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8)).contains("Secure page " + word);
        assertThat(body(story.url())).contains("Secure page changed " + word);
    }

    @Test
    void theLookupReadsPrimaryKeysAmongFiftyThousandPages() {
        jdbc.sql("""
                insert into stored_page (path, build, stored_at, content_type, headers, etag, last_modified, tags,
                                         gzipped, body)
                select '/plan/' || n, 'plan', now(), 'text/html', '{}', 'W/"x"', -1,
                       array['plan:' || n, '*'], false, '\\x00'
                from generate_series(1, 50000) as n""").update();
        jdbc.sql("""
                insert into stored_page_change (tag, changed_at)
                select 'plan:' || n, now() from generate_series(1, 20000) as n""").update();
        try {
            jdbc.sql("analyze stored_page").update();
            jdbc.sql("analyze stored_page_change").update();
            String plan = String.join("\n",
                    jdbc.sql("explain " + PageStore.FIND)
                        .param("plan")
                        .param("/plan/4242")
                        .param(new org.postgresql.util.PGInterval(0, 0, 1, 0, 0, 0))
                        .query(String.class)
                        .list());

            assertThat(plan).contains("stored_page_pkey")
                .contains("stored_page_change_pkey")
                .doesNotContain("Seq Scan on stored_page");
        }
        finally {
            jdbc.sql("delete from stored_page where build = 'plan'").update();
            jdbc.sql("delete from stored_page_change where tag like 'plan:%'").update();
        }
    }

    @Autowired
    ReaderCache.Evictor evictor;

    record Story(long id, int version, ArticleDraft draft, String url) {

        ArticleDraft draft(String headline) {
            return new ArticleDraft(id, version, draft.slug(), headline, null, draft.body(), null, null, "en",
                    draft.publishedAt(), true, "+00:00", ArticleStatus.PUBLISHED, draft.people(), draft.countries(),
                    draft.events());
        }

    }

    private Story publish(String headline, Set<Long> events, Set<Long> people, Set<Long> countries, int daysAgo) {
        String slug = "stored-page-" + UUID.randomUUID().toString().substring(0, 8);
        var draft = new ArticleDraft(null, null, slug, headline, null, "A story kept as it was rendered.", null, null,
                "en", clock.instant().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), true, "+00:00",
                ArticleStatus.PUBLISHED, people, countries, events);
        var saved = (SaveOutcome.Saved) editing.save(draft, "ed");
        published.add(saved.id());
        return new Story(saved.id(), saved.version(), draft, "/articles/" + slug);
    }

    /** A change the portal is not told of: only a render shows it. */
    private void behindTheBack(Story story, String headline) {
        jdbc.sql("update article set headline = ? where id = ?").param(headline).param(story.id()).update();
    }

    /**
     * What a restarted node, or another one, does not have: the pages and query results
     * in memory.
     */
    private void forgetMemory() {
        pages.clear();
        Objects.requireNonNull(caches.getCache(ReaderCache.NAME)).clear();
    }

    private String body(String url) throws Exception {
        MvcTestResult result = mvc.get().uri(url).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

}
