package news.dateline.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import news.dateline.support.DatelineTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What search engines see: crawl files checked by real validators, canonical pages,
 * conditional GET.
 */
@DatelineTest
class CrawlTest {

    static final String BASE = "http://localhost:8080";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    news.dateline.web.ReaderCache.Evictor caches;

    String body(String path) throws Exception {
        MvcTestResult result = mvc.get().uri(path).exchange();
        assertThat(result).as(path).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static String path(String absolute) {
        return absolute.startsWith(BASE) ? absolute.substring(BASE.length()) : absolute;
    }

    /** xmllint --schema, the sitemaps.org schema. */
    static void assertValid(String xml, String schema) throws Exception {
        Path file = Files.createTempFile("sitemap", ".xml");
        Files.writeString(file, xml);
        Path xsd = Path.of("src/test/resources/xsd", schema);
        Process process;
        try {
            process = new ProcessBuilder("xmllint", "--noout", "--schema", xsd.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        }
        catch (java.io.IOException e) {
            Assumptions.abort("xmllint is not installed (.ci/run installs libxml2-utils)");
            return;
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void robotsNamesTheSitemapsAndKeepsCrawlersOutOfTheNewsroomAndSearch() throws Exception {
        String robots = body("/robots.txt");

        assertThat(robots).contains("Disallow: /admin")
            .contains("Disallow: /search")
            .contains("Sitemap: " + BASE + "/sitemap.xml");
    }

    @Test
    void everySitemapIsValidAndEveryUrlInItAnswers200AsItsOwnCanonical() throws Exception {
        String index = body("/sitemap.xml");
        assertValid(index, "siteindex.xsd");
        Document indexDoc = Jsoup.parse(index, Parser.xmlParser());
        List<String> sitemaps = indexDoc.select("sitemap > loc").eachText();
        assertThat(sitemaps).extracting(CrawlTest::path)
            .contains("/sitemaps/articles-1.xml", "/sitemaps/countries.xml", "/sitemaps/relations.xml",
                    "/sitemaps/people.xml", "/sitemaps/events.xml");
        Set<String> urls = new LinkedHashSet<>();
        for (String sitemap : sitemaps) {
            String xml = body(path(sitemap));
            assertValid(xml, "sitemap.xsd");
            Jsoup.parse(xml, Parser.xmlParser()).select("url").forEach(url -> {
                urls.add(url.selectFirst("loc").text());
                var lastmod = url.selectFirst("lastmod");
                if (lastmod != null) {
                    assertThat(lastmod.text())
                        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");
                }
            });
        }
        assertThat(urls).contains(BASE + "/countries/laos", BASE + "/relations/azerbaijan/laos",
                BASE + "/relations/azerbaijan/vietnam", BASE + "/people/to-lam");
        for (String url : urls) {
            Document page = Jsoup.parse(body(path(url)));
            assertThat(page.select("link[rel=canonical]").attr("href")).as("canonical of " + url).isEqualTo(url);
            assertThat(page.title()).as("title of " + url).isNotBlank();
            assertThat(page.select("meta[name=description]").attr("content")).as("description of " + url).isNotBlank();
        }
    }

    @Test
    void everyPageHasItsOwnTitleAndDescription() throws Exception {
        Map<String, String> titles = new HashMap<>();
        for (String path : List.of("/", "/countries", "/countries/laos", "/relations/azerbaijan/vietnam",
                "/people/to-lam", "/events/azerbaijan-laos-first-political-consultations-2025",
                "/articles/laos-and-azerbaijan-hold-first-political-consultation-to-boost-ties")) {
            Document page = Jsoup.parse(body(path));
            String title = page.title();
            assertThat(titles.put(title, path)).as("title '" + title + "' used twice").isNull();
            assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(title);
            // a story is shared with its picture (its lead image or its generated card),
            // large
            assertThat(page.select("meta[name=twitter:card]").attr("content"))
                .isEqualTo(path.startsWith("/articles/") ? "summary_large_image" : "summary");
            assertThat(page.select("link[rel=alternate][type=application/atom+xml]")).isNotEmpty();
        }
    }

    @Test
    void theNewsSitemapHasTheLastTwoDaysOnlyAndTheFeedTheNewestStory() throws Exception {
        Instant now = Instant.now();
        long fresh = jdbc
            .sql("""
                    insert into article (slug, headline, body, published_at, published_precision, published_offset, status, content_hash, updated_at)
                    values ('crawl-fresh', 'Published a minute ago', 'Fresh.', ?, 'MINUTE', '+07:00', 'PUBLISHED', 'crawl-fresh', ?) returning id""")
            .params(java.sql.Timestamp.from(now.minus(Duration.ofMinutes(1))),
                    java.sql.Timestamp.from(now.minus(Duration.ofMinutes(1))))
            .query(Long.class)
            .single();
        long old = jdbc
            .sql("""
                    insert into article (slug, headline, body, published_at, published_precision, status, content_hash, updated_at)
                    values ('crawl-old', 'Published three days ago', 'Old.', ?, 'DAY', 'PUBLISHED', 'crawl-old', ?) returning id""")
            .params(java.sql.Timestamp.from(now.minus(Duration.ofDays(3))),
                    java.sql.Timestamp.from(now.minus(Duration.ofDays(3))))
            .query(Long.class)
            .single();
        caches.evictAll();
        try {
            String news = body("/news-sitemap.xml");
            assertValid(news, "news-sitemap.xsd");
            assertThat(news).contains(BASE + "/articles/crawl-fresh")
                .doesNotContain("crawl-old")
                .contains("<news:title>Published a minute ago</news:title>")
                .contains("<news:language>en</news:language>");
            assertThat(body("/sitemaps/articles-1.xml")).contains("crawl-fresh").contains("crawl-old");

            SyndFeed feed = new SyndFeedInput().build(new StringReader(body("/feed.xml")));
            SyndEntry first = feed.getEntries().getFirst();
            assertThat(first.getTitle()).isEqualTo("Published a minute ago");
            assertThat(first.getLink()).isEqualTo(BASE + "/articles/crawl-fresh");
            assertThat(first.getPublishedDate().toInstant()).isBetween(now.minus(Duration.ofMinutes(2)), now);
            for (SyndEntry entry : feed.getEntries()) {
                assertThat(entry.getLink()).startsWith(BASE + "/articles/");
                assertThat(entry.getUpdatedDate()).isNotNull();
            }
        }
        finally {
            jdbc.sql("delete from article where id in (?, ?)").params(fresh, old).update();
            caches.evictAll();
        }
    }

    @Test
    void articleSitemapsAreCutBy50000IdsAndARangeWithoutAPublishedStoryHasNoFile() throws Exception {
        long id = 2 * 50_000 + 7;
        jdbc.sql(
                """
                        insert into article (id, slug, headline, body, published_at, published_precision, status, content_hash, updated_at)
                        overriding system value
                        values (?, 'crawl-far-id', 'A story with a high id', 'Far.', now() - interval '1 hour', 'DAY', 'PUBLISHED',
                                'crawl-far-id', now() - interval '1 hour')""")
            .param(id)
            .update();
        caches.evictAll();
        try {
            List<String> files = Jsoup.parse(body("/sitemap.xml"), Parser.xmlParser())
                .select("sitemap > loc")
                .eachText();
            assertThat(files).extracting(CrawlTest::path)
                .contains("/sitemaps/articles-1.xml", "/sitemaps/articles-3.xml")
                .doesNotContain("/sitemaps/articles-2.xml");
            String third = body("/sitemaps/articles-3.xml");
            assertValid(third, "sitemap.xsd");
            assertThat(third).contains(BASE + "/articles/crawl-far-id");
            assertThat(body("/sitemaps/articles-1.xml")).doesNotContain("crawl-far-id");
            assertThat(mvc.get().uri("/sitemaps/articles-2.xml").exchange()).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.get().uri("/sitemaps/articles-4.xml").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        }
        finally {
            jdbc.sql("delete from article where id = ?").param(id).update();
            caches.evictAll();
        }
    }

    @Test
    void countryPersonAndRelationFeedsParseStrictly() throws Exception {
        for (String path : List.of("/countries/laos/feed.xml", "/people/elnur-mammadov/feed.xml",
                "/relations/azerbaijan/vietnam/feed.xml")) {
            SyndFeed feed = new SyndFeedInput().build(new StringReader(body(path)));
            assertThat(feed.getEntries()).as(path).isNotEmpty();
            assertThat(feed.getUri()).isEqualTo(BASE + path);
        }
        assertThat(new SyndFeedInput().build(new StringReader(body("/relations/azerbaijan/vietnam/feed.xml")))
            .getEntries()).extracting(SyndEntry::getTitle).allMatch(t -> !t.startsWith("Laos"));
    }

    @Test
    void theArticleCarriesNewsArticleStructuredDataWithGooglesProperties() throws Exception {
        Document page = Jsoup
            .parse(body("/articles/laos-and-azerbaijan-hold-first-political-consultation-to-boost-ties"));
        JsonNode article = null;
        for (var script : page.select("script[type=application/ld+json]")) {
            JsonNode node = JsonMapper.builder().build().readTree(script.data());
            if ("NewsArticle".equals(node.path("@type").asString())) {
                article = node;
            }
        }
        assertThat(article).isNotNull();
        for (String field : List.of("headline", "datePublished", "dateModified", "author", "publisher", "image",
                "mainEntityOfPage", "inLanguage", "mentions", "about")) {
            assertThat(article.has(field)).as(field).isTrue();
        }
        assertThat(article.path("datePublished").asString()).isEqualTo("2025-12-10T13:05:00+07:00");
        assertThat(article.path("publisher").path("logo").path("url").asString()).isEqualTo(BASE + "/logo.png");
        assertThat(article.path("headline").asString().length()).isLessThanOrEqualTo(110);
        assertThat(article.path("mentions").toString()).contains(BASE + "/people/maithong-thammavongsa#person");
        assertThat(page.select("meta[name=robots]").attr("content")).contains("max-image-preview:large");
    }

    @Test
    void aCrawlerFromTheHomePageReachesEveryPageWithinThreeClicksAndFindsNoBrokenLink() throws Exception {
        Map<String, Integer> depth = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of("/"));
        depth.put("/", 0);
        while (!queue.isEmpty()) {
            String path = queue.removeFirst();
            MvcTestResult result = mvc.get().uri(path).exchange();
            assertThat(result.getResponse().getStatus()).as("status of " + path).isEqualTo(HttpStatus.OK.value());
            if (!result.getResponse().getContentType().startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8), BASE + path);
            for (var link : page.select("a[href], link[rel=alternate], link[rel=stylesheet], link[rel=icon]")) {
                String href = path(link.absUrl("href"));
                if (!href.startsWith("/") || href.startsWith("//")) {
                    continue;
                }
                String target = href.replaceAll("#.*$", "");
                if (target.startsWith("/search") && target.length() > "/search".length()) {
                    continue;
                }
                if (!depth.containsKey(target)) {
                    depth.put(target, depth.get(path) + 1);
                    queue.add(target);
                }
            }
        }
        List<String> expected = jdbc.sql("""
                select '/articles/' || slug from article where status = 'PUBLISHED' and source_file like '00%'
                union all select '/countries/' || slug from country where code in ('AZ', 'LA', 'VN')
                union all select '/people/' || slug from person where id in (select ap.person_id from article_person ap
                          join article a on a.id = ap.article_id where a.status = 'PUBLISHED')
                union all select '/events/' || slug from event where id in (select event_id from article_event)""")
            .query(String.class)
            .list();
        expected = new java.util.ArrayList<>(expected);
        expected.addAll(List.of("/relations/azerbaijan/laos", "/relations/azerbaijan/vietnam"));
        for (String page : expected) {
            assertThat(depth.get(page)).as("clicks to reach " + page).isNotNull().isLessThanOrEqualTo(3);
        }
    }

    @Test
    void aConditionalGetWithThePagesEtagAnswers304WithNoBody() throws Exception {
        MvcTestResult first = mvc.get().uri("/countries/laos").exchange();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getResponse().getHeader("Cache-Control")).contains("public")
            .contains("max-age=60")
            .contains("stale-while-revalidate");

        MvcTestResult again = mvc.get().uri("/countries/laos").header("If-None-Match", etag).exchange();

        assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED);
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
    }

    @Test
    void publicPagesCarryLastModifiedAndAnswer304WhenNothingChangedSince() {
        MvcTestResult first = mvc.get().uri("/people/to-lam").exchange();
        String lastModified = first.getResponse().getHeader("Last-Modified");
        assertThat(lastModified).isNotBlank();

        MvcTestResult again = mvc.get().uri("/people/to-lam").header("If-Modified-Since", lastModified).exchange();
        assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED);

        MvcTestResult older = mvc.get()
            .uri("/people/to-lam")
            .header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT")
            .exchange();
        assertThat(older).hasStatusOk();
        assertThat(mvc.get().uri("/admin").exchange().getResponse().getHeader("Last-Modified")).isNull();
    }

    @Test
    void aTrailingSlashCapitalsInASlugAndTheReverseRelationOrderAnswer301() {
        MvcTestResult slash = mvc.get().uri("/countries/laos/").exchange();
        assertThat(slash).hasStatus(HttpStatus.MOVED_PERMANENTLY);
        assertThat(slash.getResponse().getHeader("Location")).isEqualTo("/countries/laos");

        MvcTestResult reverse = mvc.get().uri("/relations/vietnam/azerbaijan").exchange();
        assertThat(reverse).hasStatus(HttpStatus.MOVED_PERMANENTLY);
        assertThat(reverse.getResponse().getHeader("Location")).endsWith("/relations/azerbaijan/vietnam");

        MvcTestResult capitals = mvc.get().uri("/countries/Laos/").exchange();
        assertThat(capitals).hasStatus(HttpStatus.MOVED_PERMANENTLY);
        assertThat(capitals.getResponse().getHeader("Location")).isEqualTo("/countries/laos");
        MvcTestResult feed = mvc.get().uri("/people/To-Lam/feed.xml").exchange();
        assertThat(feed.getResponse().getHeader("Location")).isEqualTo("/people/to-lam/feed.xml");
        assertThat(mvc.get().uri("/search").param("q", "Laos").exchange()).hasStatusOk();
    }

    @Test
    void anArticlesSitemapAnswers304WhileUnchangedAndListsAStoryNoMoreOnceItIsUnpublished(
            @Autowired news.dateline.newsroom.Newsroom newsroom) throws Exception {
        String slug = "a-story-leaving-the-sitemap";
        long id = jdbc
            .sql("""
                    insert into article (slug, headline, body, published_at, published_precision, status, content_hash)
                    values (?, 'A story leaving the sitemap', 'It will be unpublished.', now() - interval '1 hour', 'MINUTE',
                            'PUBLISHED', 'crawl-test-leaving') returning id""")
            .param(slug)
            .query(Long.class)
            .single();
        assertThat(id).as("in the first articles sitemap").isLessThanOrEqualTo(50_000);
        caches.evictAll();
        String loc = BASE + "/articles/" + slug;
        MvcTestResult first = mvc.get().uri("/sitemaps/articles-1.xml").exchange();
        assertThat(first).hasStatusOk();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        String xml = first.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<loc>" + loc + "</loc>");
        assertThat(body("/sitemaps/articles-1.xml")).as("the kept copy").isEqualTo(xml);
        MvcTestResult unchanged = mvc.get().uri("/sitemaps/articles-1.xml").header("If-None-Match", etag).exchange();
        assertThat(unchanged).hasStatus(HttpStatus.NOT_MODIFIED);
        assertThat(unchanged.getResponse().getContentAsByteArray()).isEmpty();
        try {
            // a story leaving the site moves no date of a published story: the file still
            // changes
            assertThat(newsroom.unpublish(id, "crawl-test")).isTrue();

            MvcTestResult changed = mvc.get().uri("/sitemaps/articles-1.xml").header("If-None-Match", etag).exchange();
            assertThat(changed).hasStatusOk();
            assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
            assertThat(changed.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("<loc>" + loc + "</loc>");
        }
        finally {
            // unpublished, it is in no sitemap: deleting it changes none
            jdbc.sql("delete from article where id = ?").param(id).update();
            caches.evictAll();
        }
    }

    @Test
    void aPersonNoPublishedStoryOrEventNamesIsNotInThePeopleSitemap() throws Exception {
        String slug = "nobody-links-here-"
                + java.util.UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "x");
        jdbc.sql(
                "insert into person (slug, name, created_at, updated_at) values (?, 'Nobody Links Here', now(), now())")
            .param(slug)
            .update();
        caches.evictAll();
        try {
            assertThat(body("/sitemaps/people.xml")).contains("/people/to-lam").doesNotContain("/people/" + slug);
        }
        finally {
            jdbc.sql("delete from person where slug = ?").param(slug).update();
        }
    }

    @Test
    void feedsAnswerLikeTheirPagesForUnknownAndReversedAddressesAndTheIconIsFound() {
        MvcTestResult unknown = mvc.get().uri("/countries/nowhere/feed.xml").exchange();
        assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(unknown.getResponse().getContentType()).startsWith("text/html");
        assertThat(unknown).bodyText().contains("Page not found");

        MvcTestResult reversed = mvc.get().uri("/relations/laos/azerbaijan/feed.xml").exchange();
        assertThat(reversed).hasStatus(HttpStatus.MOVED_PERMANENTLY);
        assertThat(reversed.getResponse().getHeader("Location")).isEqualTo("/relations/azerbaijan/laos/feed.xml");
        assertThat(mvc.get().uri("/relations/laos/laos/feed.xml").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        MvcTestResult icon = mvc.get().uri("/favicon.ico").exchange();
        assertThat(icon).hasStatus(HttpStatus.MOVED_PERMANENTLY);
        assertThat(icon.getResponse().getHeader("Location")).isEqualTo("/favicon.svg");
    }

}
