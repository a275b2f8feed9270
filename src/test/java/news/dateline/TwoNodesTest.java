package news.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleEditing;
import news.dateline.article.ArticleStatus;
import news.dateline.article.SaveOutcome;
import news.dateline.database.EmbeddedDatabase;
import news.dateline.newsroom.Accounts;
import news.dateline.newsroom.Newsroom;
import news.dateline.newsroom.Role;
import news.dateline.web.ClusterInvalidation;
import news.dateline.web.PageStore;
import news.dateline.web.PageStoreFiller;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two portal instances on one PostgreSQL, talked to over real HTTP, as behind a load
 * balancer: an editor's session is good on either, a change committed on one empties the
 * other's caches through LISTEN/NOTIFY, a scheduled story is published once, a story page
 * one node rendered is served by the other from the database until a related story is
 * saved (and stored again by the node filling the store, whichever saved it), and one
 * node keeps serving when the other stops.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    static final String EDITOR = "nodes-editor-" + Long.toString(System.nanoTime(), 36);

    static final String PASSWORD = "Quiet-harbour-lantern-47";

    /**
     * How long a node may take to hear of the other's change: generous for a busy
     * machine.
     */
    static final Duration HEARING = Duration.ofSeconds(20);

    static ConfigurableApplicationContext a;

    static ConfigurableApplicationContext b;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The editor's cookies, sent to both nodes. */
    static final Map<String, String> cookies = new LinkedHashMap<>();

    @BeforeAll
    static void startTwoNodes() {
        // a database of their own, which neither node owns, so that stopping one stops
        // nothing
        // the other or another test class needs
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of("target/two-nodes-postgres"), 0, true);
        List<String> shared = List.of("--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(), "--spring.datasource.password=");
        a = node(shared);
        a.getBean(Accounts.class).create("system", EDITOR, null, PASSWORD, Role.EDITOR);
        // B alone fills the page store, as one node of a cluster does at a time
        List<String> filling = new ArrayList<>(shared);
        filling.addAll(List.of("--dateline.page-store.fill.enabled=true", "--dateline.page-store.fill.start-after=0s",
                "--dateline.page-store.fill.share=1", "--dateline.page-store.fill.every=1h"));
        b = node(filling);
        try {
            assertThat(listener(b).awaitListening(HEARING)).isTrue();
        }
        catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        // what A sent before B listened (its start's seeds), B never hears
        unheardByB = a.getBean(ClusterInvalidation.Publisher.class).refillsSent();
    }

    /** Notifications of stored pages to fill that A sent before B was listening. */
    static long unheardByB;

    static ConfigurableApplicationContext node(List<String> database) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--dateline.scheduler.enabled=false",
                // nothing refreshes on its own: a page changes only if its node heard of
                // the change
                "--dateline.cache.refresh-after=1h", "--dateline.cache.expire-after=2h",
                "--spring.main.banner-mode=off"));
        args.addAll(database);
        return new SpringApplicationBuilder(DatelineApplication.class).run(args.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    @Order(1)
    void anEditorLoggedInOnOneNodeSavesOnTheOtherAndBothCachesFollow() throws Exception {
        assertThat(listener(a).awaitListening(HEARING)).isTrue();
        assertThat(listener(b).awaitListening(HEARING)).isTrue();
        String headline = "Two nodes agree " + System.nanoTime();
        // both home pages warm, neither showing the story yet
        for (int i = 0; i < 2; i++) {
            assertThat(get(a, "/").body()).doesNotContain(headline);
            assertThat(get(b, "/").body()).doesNotContain(headline);
        }

        logIn(a);
        HttpResponse<String> form = get(b, "/admin/articles/new");
        assertThat(form.statusCode()).as("the session made on A is known to B").isEqualTo(200);
        long heardOnA = listener(a).received();
        HttpResponse<String> saved = post(b, "/admin/articles", story(headline, csrf(form)));
        long id = saved(saved);

        assertThat(listener(a).awaitReceived(heardOnA + 1, HEARING)).as("A heard of B's save").isTrue();
        assertThat(get(a, "/").body()).contains(headline);
        assertThat(get(b, "/").body()).contains(headline);
        // each node's own search index finds it: B wrote it, A heard of it
        String word = headline.substring(headline.lastIndexOf(' ') + 1);
        assertThat(get(a, "/search?q=" + word).body()).contains(headline);
        assertThat(get(b, "/search?q=" + word).body()).contains(headline);

        // and back: unpublished on A with the same cookie, gone from B's cached home page
        long heardOnB = listener(b).received();
        HttpResponse<String> editForm = get(a, "/admin/articles/" + id + "/edit");
        assertThat(editForm.statusCode()).isEqualTo(200);
        assertThat(post(a, "/admin/articles/" + id + "/unpublish", Map.of("_csrf", csrf(editForm))).statusCode())
            .isEqualTo(302);
        assertThat(listener(b).awaitReceived(heardOnB + 1, HEARING)).as("B heard of A's unpublishing").isTrue();
        assertThat(get(b, "/").body()).doesNotContain(headline);
        assertThat(get(a, "/").body()).doesNotContain(headline);
        assertThat(get(b, "/search?q=" + word).body()).doesNotContain(headline);
        assertThat(get(a, "/search?q=" + word).body()).doesNotContain(headline);
    }

    @Test
    @Order(2)
    void aScheduledStoryIsPublishedOnceWithBothNodesRunning() throws Exception {
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        HttpResponse<String> form = get(a, "/admin/articles/new");
        assertThat(form.statusCode()).isEqualTo(200);
        long id = saved(post(a, "/admin/articles", story("Scheduled once " + System.nanoTime(), csrf(form))));
        // a story whose time came a minute ago, as if both nodes had been waiting for it
        jdbc.sql("update article set status = 'SCHEDULED', published_at = now() - interval '1 minute' where id = ?")
            .param(id)
            .update();
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<List<Long>> onA = CompletableFuture.supplyAsync(() -> publish(a, go));
        CompletableFuture<List<Long>> onB = CompletableFuture.supplyAsync(() -> publish(b, go));
        go.countDown();
        List<Long> published = new ArrayList<>(onA.join());
        published.addAll(onB.join());

        assertThat(published).containsOnlyOnce(id);
        assertThat(jdbc.sql("select status from article where id = ?").param(id).query(String.class).single())
            .isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_id = ? and actor = 'scheduler'")
            .param(id)
            .query(Long.class)
            .single()).isOne();
    }

    @Test
    @Order(3)
    void aStoryPageRenderedOnOneNodeIsServedByTheOtherUntilARelatedStoryIsSavedOnEither() throws Exception {
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        long event = jdbc.sql("select event_id from article_event order by event_id limit 1")
            .query(Long.class)
            .single();
        String word = Long.toString(System.nanoTime(), 36);
        ArticleEditing editing = a.getBean(ArticleEditing.class);
        var older = (SaveOutcome.Saved) editing.save(related("Talks open on both nodes " + word, event, 2), "ed");
        String url = "/articles/"
                + jdbc.sql("select slug from article where id = ?").param(older.id()).query(String.class).single();
        // B, filling the store, hears which stored pages A's save marked and renders them
        stored(b, a);

        assertThat(anonymously(b, url).body()).contains("Talks open on both nodes " + word);
        b.getBean(PageStore.class).flush();
        // a change neither node hears of: a render would show it, the page B stored does
        // not
        jdbc.sql("update article set headline = ? where id = ?")
            .param("Talks open, changed behind the back " + word)
            .param(older.id())
            .update();
        assertThat(anonymously(a, url).body()).as("A answers with the page B rendered")
            .contains("Talks open on both nodes " + word);

        long heardOnB = listener(b).received();
        editing.save(related("Talks close on both nodes " + word, event, 1), "ed");
        assertThat(listener(b).awaitReceived(heardOnB + 1, HEARING)).as("B heard of A's save").isTrue();
        // the older story's page, marked by A's save (the newer story enters
        // its sidebar), is stored again by B without a reader asking
        stored(b, a);
        assertThat(b.getBean(PageStore.class).unserved(List.of(url), Duration.ZERO))
            .as("the older story's page stored again by the node filling")
            .isEmpty();

        for (ConfigurableApplicationContext node : List.of(a, b)) {
            assertThat(anonymously(node, url).body()).as("the older story's sidebar on each node")
                .contains("Talks close on both nodes " + word)
                .contains("changed behind the back " + word);
        }
    }

    /**
     * Waits until the filling node has heard of every stored page the other node's
     * changes marked so far, and has stored them again.
     */
    static void stored(ConfigurableApplicationContext filling, ConfigurableApplicationContext other)
            throws InterruptedException {
        long sent = other.getBean(ClusterInvalidation.Publisher.class).refillsSent() - unheardByB;
        assertThat(sent).as("stored pages to fill sent").isPositive();
        assertThat(listener(filling).awaitRefills(sent, HEARING)).as("stored pages to fill heard of").isTrue();
        filling.getBean(PageStoreFiller.class).awaitIdle(HEARING);
        filling.getBean(PageStore.class).flush();
    }

    static ArticleDraft related(String headline, long event, int daysAgo) {
        return new ArticleDraft(null, null, null, headline, null, "Both nodes keep this page.", null, null, "en",
                java.time.Instant.now()
                    .minus(Duration.ofDays(daysAgo))
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
                true, "+00:00", ArticleStatus.PUBLISHED, java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(event));
    }

    /** A reader's request: no cookie, so that the pages kept for readers answer it. */
    HttpResponse<String> anonymously(ConfigurableApplicationContext node, String path)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(node, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(4)
    void stoppingOneNodeLeavesTheOtherServing() throws Exception {
        a.close();
        a = null;
        HttpResponse<String> home = get(b, "/");
        assertThat(home.statusCode()).isEqualTo(200);
        String story = Jsoup.parse(home.body()).select("a[href^=/articles/]").first().attr("href");
        assertThat(get(b, story).statusCode()).isEqualTo(200);
    }

    /** The id of the story a save redirected to. */
    static long saved(HttpResponse<String> saved) {
        assertThat(saved.statusCode()).isEqualTo(302);
        String edit = saved.headers().firstValue("Location").orElseThrow();
        assertThat(edit).matches(".*/admin/articles/\\d+/edit");
        return Long.parseLong(edit.replaceAll(".*/admin/articles/(\\d+)/edit", "$1"));
    }

    static List<Long> publish(ConfigurableApplicationContext node, CountDownLatch go) {
        try {
            go.await();
        }
        catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return node.getBean(Newsroom.class).publishScheduled();
    }

    static ClusterInvalidation.Listener listener(ConfigurableApplicationContext node) {
        return node.getBean(ClusterInvalidation.Listener.class);
    }

    void logIn(ConfigurableApplicationContext node) throws Exception {
        HttpResponse<String> login = get(node, "/login");
        HttpResponse<String> done = post(node, "/login",
                Map.of("username", EDITOR, "password", PASSWORD, "_csrf", csrf(login)));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
    }

    static String csrf(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("input[name=_csrf]").first().attr("value");
    }

    static Map<String, String> story(String headline, String csrf) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("headline", headline);
        form.put("standfirst", "");
        form.put("body", "Both nodes show this, or neither does.");
        form.put("source", "Dateline staff");
        form.put("dateline", "Vientiane");
        form.put("slug", "");
        // a minute ago: the latest story of the home page, whatever other tests saved
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1);
        form.put("publishedDate", now.toLocalDate().toString());
        form.put("publishedTime", now.toLocalTime().withSecond(0).withNano(0).toString());
        form.put("zone", "+00:00");
        form.put("status", "PUBLISHED");
        form.put("language", "en");
        form.put("action", "save");
        form.put("_csrf", csrf);
        return form;
    }

    HttpResponse<String> get(ConfigurableApplicationContext node, String path)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(node, path)).GET());
    }

    HttpResponse<String> post(ConfigurableApplicationContext node, String path, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet()
            .stream()
            .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(node, path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie",
                    cookies.entrySet()
                        .stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                        .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String value = pair.substring(equals + 1);
            if (value.isEmpty()) {
                cookies.remove(pair.substring(0, equals));
            }
            else {
                cookies.put(pair.substring(0, equals), value);
            }
        }
        return response;
    }

    static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path);
    }

}
