package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleEditing;
import news.dateline.article.ArticleStatus;
import news.dateline.article.SaveOutcome;
import news.dateline.shared.SqlTime;
import news.dateline.support.DataSourceProbe;
import news.dateline.support.DatelineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The page store's filler renders every published story's page into the store without a
 * reader asking, and renders a story's page and the sidebars it enters again once it is
 * saved: a reader then gets any story page from one statement. A stored page is told from
 * a render by a headline changed with SQL behind the portal's back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "dateline.scheduler.enabled=false", "dateline.page-store.enabled=true",
                "dateline.page-store.fill.enabled=true", "dateline.page-store.fill.start-after=0s",
                "dateline.page-store.fill.share=1", "dateline.page-store.fill.batch=2",
                "dateline.page-store.fill.concurrency=3", "dateline.page-store.fill.every=1h",
                "dateline.page-store.fill.readers-first=1h", "dateline.cache.refresh-after=1h",
                "dateline.cache.expire-after=2h" })
@Import(DatelineTest.Clocks.class)
class PageStoreFillerTest {

    @LocalServerPort
    int port;

    @Autowired
    PageStoreFiller filler;

    @Autowired
    PageStore store;

    @Autowired
    PageCache pages;

    @Autowired
    CacheManager caches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleEditing editing;

    @Autowired
    Clock clock;

    @Autowired
    DataSourceProbe statements;

    final HttpClient http = HttpClient.newHttpClient();

    final List<Long> published = new ArrayList<>();

    /**
     * Every test begins with the archive stored: the first pass after the start, or one
     * asked for (a change naming everything) after the last test emptied the store.
     */
    @BeforeEach
    void archiveStored() throws InterruptedException {
        filler.changed(Set.of(news.dateline.shared.CacheTags.EVERYTHING));
        filled();
    }

    @AfterEach
    void storiesGone() {
        published.forEach(id -> jdbc.sql("delete from article where id = ?").param(id).update());
        // other contexts with the store on share the build: none finds this one's pages
        jdbc.sql("delete from stored_page").update();
    }

    @Test
    void everyPublishedStoryIsStoredWithoutAReaderAskingAndAnsweredByOneStatement() throws Exception {
        filled();
        List<String> stories = publishedStories();
        assertThat(stories).hasSizeGreaterThanOrEqualTo(5);
        assertThat(store.unserved(stories, Duration.ZERO)).as("story pages not stored").isEmpty();
        assertThat(filler.passes()).isPositive();

        String story = stories.getFirst();
        String headline = headlineBehindTheBack(story, "Changed behind the back");
        try {
            forgetMemory();
            statements.reset();
            HttpResponse<String> page = get(story);
            assertThat(statements.count()).as("statements for a stored page").isOne();
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(org.springframework.web.util.HtmlUtils.htmlEscape(headline))
                .doesNotContain("Changed behind the back");
            // the filler's header with a made-up secret: a reader's request like any
            // other,
            // answered from memory, not rendered again
            statements.reset();
            HttpResponse<String> guessed = http
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + story))
                    .header(PageCache.RENDER_HEADER, "a guess")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(statements.count()).as("statements for a page in memory").isZero();
            assertThat(guessed.body()).doesNotContain("Changed behind the back");
        }
        finally {
            headlineBehindTheBack(story, headline);
        }
    }

    @Test
    void aSavedStoryAndTheSidebarsItEntersAreStoredAgainAtOnce() throws Exception {
        long event = jdbc.sql("select event_id from article_event order by event_id limit 1")
            .query(Long.class)
            .single();
        String older = publish("Older story on the event", Set.of(event), 3);
        filled();
        assertThat(store.unserved(List.of(older), Duration.ZERO)).isEmpty();

        String newer = publish("Newer story on the event", Set.of(event), 1);
        filled();

        assertThat(store.unserved(List.of(older, newer), Duration.ZERO)).as("pages not stored again").isEmpty();
        jdbc.sql("update article set headline = 'Renamed behind the back' where id = any(?)")
            .param(published.toArray(Long[]::new))
            .update();
        forgetMemory();
        assertThat(get(newer).body()).contains("Newer story on the event").doesNotContain("behind the back");
        assertThat(get(older).body()).as("the older story's sidebar, from the store")
            .contains("Older story on the event")
            .contains("Newer story on the event")
            .doesNotContain("behind the back");
    }

    @Test
    void aStoredPageNearItsMaximumAgeIsRenderedAgainBeforeItLapses() throws Exception {
        filled();
        List<String> stories = publishedStories();
        String story = stories.getFirst();
        String headline = headlineBehindTheBack(story, "Renewed before it lapsed");
        try {
            // 23 of its 24 hours gone: still served (no change marked since, other tests'
            // included), but within the two hours ahead
            jdbc.sql("delete from stored_page_change").update();
            jdbc.sql("update stored_page set stored_at = stored_at - interval '23 hours' where path = ?")
                .param(story)
                .update();
            long other = jdbc.sql("select id from article where '/articles/' || slug = ?")
                .param(stories.getLast())
                .query(Long.class)
                .single();
            // the story's row as a render reads it: the query cache knows no SQL change
            forgetMemory();
            // a change to a story already stored wakes the filler: nothing to render
            // for it, then the pages due for renewal
            long lookups = store.hits() + store.misses();
            filler.changed(Set.of(news.dateline.shared.CacheTags.article(other)));
            filled();
            assertThat(store.hits() + store.misses()).as("the filler's requests are no reader's hits or misses")
                .isEqualTo(lookups);

            forgetMemory();
            statements.reset();
            HttpResponse<String> page = get(story);
            assertThat(statements.count()).as("statements for a stored page").isOne();
            assertThat(page.body()).contains("Renewed before it lapsed");
        }
        finally {
            headlineBehindTheBack(story, headline);
        }
    }

    @Test
    void whileReadersKeepEveryProcessorBusyTheFillerWaitsAndRendersOnceTheyAreDone() throws Exception {
        filled();
        // more requests running than processors, as the server's valve counts them (a
        // load held that long, at a known moment, by real readers would need a page that
        // waits on purpose)
        int busy = Runtime.getRuntime().availableProcessors() + 1;
        long waited = filler.waitedForReaders();
        long looks = filler.looks();
        String story;
        pages.running().addAndGet(busy);
        try {
            story = publish("Published while the readers were busy", Set.of(), 1);
            // the render of the story found the readers busy, looked again twice, and
            // has not happened
            filler.awaitLooks(looks + 3, Duration.ofMinutes(1));
            store.flush();
            assertThat(filler.waitedForReaders()).isEqualTo(waited + 1);
            assertThat(store.unserved(List.of(story), Duration.ZERO)).as("rendered while readers were waiting")
                .containsExactly(story);
        }
        finally {
            pages.running().addAndGet(-busy);
        }
        filled();
        assertThat(store.unserved(List.of(story), Duration.ZERO)).as("not stored once the readers were done").isEmpty();
    }

    /** Waits until the filler has nothing left to do and its pages are written. */
    private void filled() throws InterruptedException {
        filler.awaitIdle(Duration.ofMinutes(2));
        store.flush();
    }

    private List<String> publishedStories() {
        return jdbc.sql("""
                select '/articles/' || slug from article where status = 'PUBLISHED' and published_at <= ?
                order by id desc""").param(SqlTime.now(clock)).query(String.class).list();
    }

    private String publish(String headline, Set<Long> events, int daysAgo) {
        String slug = "filled-" + UUID.randomUUID().toString().substring(0, 8);
        var draft = new ArticleDraft(null, null, slug, headline, null, "A story the filler renders.", null, null, "en",
                clock.instant().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), true, "+00:00",
                ArticleStatus.PUBLISHED, Set.of(), Set.of(), events);
        var saved = (SaveOutcome.Saved) editing.save(draft, "ed");
        published.add(saved.id());
        return "/articles/" + slug;
    }

    /**
     * Gives a story a headline with SQL, behind the portal's back; returns the one it
     * had.
     */
    private String headlineBehindTheBack(String path, String headline) {
        String before = jdbc.sql("select headline from article where '/articles/' || slug = ?")
            .param(path)
            .query(String.class)
            .single();
        jdbc.sql("update article set headline = ? where '/articles/' || slug = ?").param(headline).param(path).update();
        return before;
    }

    private void forgetMemory() {
        pages.clear();
        Objects.requireNonNull(caches.getCache(ReaderCache.NAME)).clear();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
