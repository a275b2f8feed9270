package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.zip.GZIPInputStream;
import news.dateline.newsroom.Role;
import news.dateline.support.DataSourceProbe;
import news.dateline.support.DatelineTest;
import news.dateline.support.Editors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Anonymous readers get reader pages from the rendered-page cache: the same bytes and
 * headers as a rendered page, without one SQL statement, 304 for the version they hold,
 * gzip when they take it. Editors always get a live page and never fill the cache.
 */
@DatelineTest
class RenderedPagesTest {

    static final String SLUG = "laos-and-azerbaijan-hold-first-political-consultation-to-boost-ties";

    static final String ARTICLE = "/articles/" + SLUG;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSourceProbe statements;

    @Autowired
    ReaderCache.Evictor caches;

    @Autowired
    PageCache pages;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyCaches() {
        caches.evictAll();
    }

    @Test
    void aCachedPageHasTheBytesAndHeadersOfARenderedOneAndRunsNoStatement() {
        for (String url : new String[] { ARTICLE, "/", "/countries/laos", "/relations/azerbaijan/laos", "/feed.xml" }) {
            // a reader carrying a cookie is never served from the page cache: a live
            // render
            MockHttpServletResponse rendered = mvc.get()
                .uri(url)
                .cookie(new Cookie("reader", "1"))
                .exchange()
                .getResponse();
            MockHttpServletResponse first = mvc.get().uri(url).exchange().getResponse();
            statements.reset();
            MockHttpServletResponse cached = mvc.get().uri(url).exchange().getResponse();

            assertThat(statements.count()).as("statements for %s from the page cache", url).isZero();
            assertThat(pages.fresh(url)).as(url).isNotNull();
            assertThat(cached.getStatus()).isEqualTo(200);
            assertThat(cached.getContentAsByteArray()).as(url).isEqualTo(rendered.getContentAsByteArray());
            assertThat(headers(cached)).as(url).isEqualTo(headers(rendered)).isEqualTo(headers(first));
            assertThat(cached.getHeader("Content-Security-Policy")).as(url).contains("default-src 'self'");
            assertThat(cached.getHeader("X-Content-Type-Options")).as(url).isEqualTo("nosniff");
            assertThat(cached.getHeaders("Vary")).as(url).contains("Accept-Encoding");
        }
    }

    @Test
    void aReaderHoldingThePageGetsNotModified() {
        String etag = mvc.get().uri(ARTICLE).exchange().getResponse().getHeader("ETag");
        assertThat(etag).startsWith("W/\"");

        statements.reset();
        MockHttpServletResponse again = mvc.get().uri(ARTICLE).header("If-None-Match", etag).exchange().getResponse();

        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(again.getHeader("ETag")).isEqualTo(etag);
        assertThat(statements.count()).isZero();

        caches.evictAll();
        MockHttpServletResponse afterAChange = mvc.get()
            .uri(ARTICLE)
            .header("If-None-Match", etag)
            .exchange()
            .getResponse();
        assertThat(afterAChange.getStatus()).as("rendered again, the same bytes").isEqualTo(304);
        assertThat(pages.fresh(ARTICLE)).as("and kept for the next reader").isNotNull();
        assertThat(mvc.get().uri(ARTICLE).header("If-None-Match", "W/\"other\"").exchange()).hasStatusOk();
    }

    @Test
    void aReaderTakingGzipGetsTheSameBytesGzipped() {
        byte[] plain = mvc.get().uri("/countries/laos").exchange().getResponse().getContentAsByteArray();

        MockHttpServletResponse gzipped = mvc.get()
            .uri("/countries/laos")
            .header("Accept-Encoding", "gzip, deflate, br")
            .exchange()
            .getResponse();
        MockHttpServletResponse refused = mvc.get()
            .uri("/countries/laos")
            .header("Accept-Encoding", "gzip;q=0, identity")
            .exchange()
            .getResponse();

        assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.getContentLength()).isLessThan(plain.length / 2);
        assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(plain);
        assertThat(refused.getHeader("Content-Encoding")).isNull();
        assertThat(refused.getContentAsByteArray()).isEqualTo(plain);
    }

    @Test
    void styleSheetsAreServedGzippedAndImmutable() throws Exception {
        String home = mvc.get().uri("/").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher link = StaticAssetsTest.STYLESHEET.matcher(home);
        assertThat(link.find()).isTrue();
        byte[] plain = mvc.get().uri("/css/site.css").exchange().getResponse().getContentAsByteArray();

        mvc.get().uri(link.group(1)).exchange();
        MockHttpServletResponse css = mvc.get()
            .uri(link.group(1))
            .header("Accept-Encoding", "gzip")
            .exchange()
            .getResponse();

        assertThat(css.getStatus()).isEqualTo(200);
        assertThat(css.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(css.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(css.getContentType()).startsWith("text/css");
        assertThat(gunzip(css.getContentAsByteArray())).isEqualTo(plain);
    }

    @Test
    void anEditorNeverGetsTheCachedPageAndNeverFillsIt(@Autowired Editors editors, @Autowired CacheManager queryCache) {
        String password = "quiet ferrets debate marmalade";
        String name = editors.create("pc", "Ed", password, Role.EDITOR);
        MvcTestResult login = mvc.post()
            .uri("/login")
            .with(csrf())
            .param("username", name)
            .param("password", password)
            .exchange();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/admin");
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();

        assertThat(editorGets(session, ARTICLE).getStatus()).isEqualTo(200);
        assertThat(pages.fresh(ARTICLE)).as("an editor's page is not kept").isNull();

        String before = body(mvc.get().uri(ARTICLE).exchange().getResponse());
        String headline = jdbc.sql("select headline from article where slug = ?")
            .param(SLUG)
            .query(String.class)
            .single();
        try {
            // changed behind the caches' back: the page cache still holds the old page
            jdbc.sql("update article set headline = ? where slug = ?").params(headline + " (edited)", SLUG).update();
            queryCache.getCache(ReaderCache.NAME).clear();

            assertThat(body(editorGets(session, ARTICLE))).contains(headline + " (edited)");
            assertThat(body(mvc.get().uri(ARTICLE).exchange().getResponse())).isEqualTo(before)
                .doesNotContain(headline + " (edited)");
        }
        finally {
            jdbc.sql("update article set headline = ? where slug = ?").params(headline, SLUG).update();
            caches.evictAll();
        }
    }

    private MockHttpServletResponse editorGets(MockHttpSession session, String url) {
        return mvc.get()
            .uri(url)
            .session(session)
            .cookie(new Cookie("JSESSIONID", session.getId()))
            .exchange()
            .getResponse();
    }

    /**
     * Every header but Date and Vary (Tomcat adds Vary to a live page as it compresses).
     */
    private static Map<String, Object> headers(MockHttpServletResponse response) {
        Map<String, Object> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : response.getHeaderNames()) {
            if (!name.equalsIgnoreCase("Date") && !name.equalsIgnoreCase("Vary")) {
                headers.put(name, response.getHeaders(name));
            }
        }
        return headers;
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
