package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import news.dateline.shared.CacheTags;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * The page cache on its own, with the rest of the chain played by a lambda: what it
 * keeps, what it renders once, what a change empties, and the last good bytes when
 * rendering fails.
 */
class PageCacheTest {

    final PageCache pages = new PageCache(new PageCacheProperties(true, DataSize.ofMegabytes(1), Duration.ofHours(1),
            Duration.ofHours(1), Duration.ofHours(1)));

    final AtomicInteger renders = new AtomicInteger();

    /** A page showing story 1 with the given text. */
    FilterChain page(String text) {
        return (request, response) -> {
            renders.incrementAndGet();
            CacheTags.add(CacheTags.article(1));
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>" + text + "</p>");
        };
    }

    MockHttpServletResponse get(String uri, FilterChain chain) throws Exception {
        return send(new MockHttpServletRequest("GET", uri), chain);
    }

    MockHttpServletResponse send(MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        pages.filter(request, response, chain);
        return response;
    }

    @Test
    void aPageIsRenderedOnceAndThenServedFromItsBytes() throws Exception {
        assertThat(get("/articles/a", page("one")).getContentAsString()).isEqualTo("<p>one</p>");
        MockHttpServletResponse again = get("/articles/a", page("two"));

        assertThat(again.getContentAsString()).isEqualTo("<p>one</p>");
        assertThat(again.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(renders).hasValue(1);
    }

    @Test
    void aChangeToWhatThePageShowsEmptiesItAndNoOtherChangeDoes() throws Exception {
        get("/articles/a", page("one"));

        pages.evictTagged(Set.of(CacheTags.article(2), CacheTags.HOME));
        assertThat(get("/articles/a", page("two")).getContentAsString()).isEqualTo("<p>one</p>");

        pages.evictTagged(Set.of(CacheTags.article(1)));
        assertThat(get("/articles/a", page("two")).getContentAsString()).isEqualTo("<p>two</p>");
        assertThat(renders).hasValue(2);
    }

    @Test
    void concurrentMissesOnOnePageRenderItOnce() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FilterChain slow = (request, response) -> {
            entered.countDown();
            try {
                release.await();
            }
            catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            page("slow").doFilter(request, response);
        };
        AtomicReference<MockHttpServletResponse> second = new AtomicReference<>();
        Thread first = Thread.ofPlatform().start(() -> {
            try {
                get("/countries/laos", slow);
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        entered.await();
        Thread waiting = Thread.ofPlatform().start(() -> {
            try {
                second.set(get("/countries/laos", page("other")));
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // the second reader waits for the first one's page (or, if it did not, renders
        // and ends)
        while (waiting.getState() != Thread.State.WAITING && waiting.isAlive()) {
            Thread.onSpinWait();
        }
        release.countDown();
        first.join();
        waiting.join();

        assertThat(renders).hasValue(1);
        assertThat(second.get().getContentAsString()).isEqualTo("<p>slow</p>");
    }

    @Test
    void whenRenderingFailsTheLastGoodBytesAreServed() throws Exception {
        get("/articles/a", page("one"));
        pages.evictTagged(Set.of(CacheTags.article(1)));

        MockHttpServletResponse thrown = get("/articles/a", (request, response) -> {
            throw new IllegalStateException("the database is gone");
        });
        MockHttpServletResponse unavailable = get("/articles/a", (request, response) -> {
            ((HttpServletResponse) response).setStatus(503);
            response.getWriter().write("Sorry");
        });
        MockHttpServletResponse sentError = get("/articles/a", (request, response) -> {
            ((HttpServletResponse) response).sendError(500);
        });

        for (MockHttpServletResponse response : new MockHttpServletResponse[] { thrown, unavailable, sentError }) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).isEqualTo("<p>one</p>");
        }
        // once it renders again, the new page is served
        assertThat(get("/articles/a", page("two")).getContentAsString()).isEqualTo("<p>two</p>");
    }

    @Test
    void withoutLastGoodBytesAFailureIsTheServersAnswer() throws Exception {
        assertThatThrownBy(() -> get("/articles/b", (request, response) -> {
            throw new IllegalStateException("the database is gone");
        })).hasMessage("the database is gone");
        MockHttpServletResponse sentError = get("/articles/b", (request, response) -> {
            ((HttpServletResponse) response).sendError(503, "Down");
        });
        assertThat(sentError.getStatus()).isEqualTo(503);
        assertThat(sentError.getErrorMessage()).isEqualTo("Down");
    }

    @Test
    void aPageChangedWhileItRenderedIsNotKept() throws Exception {
        get("/articles/a", (request, response) -> {
            page("before").doFilter(request, response);
            pages.evictTagged(Set.of(CacheTags.HOME));
        });

        assertThat(get("/articles/a", page("after")).getContentAsString()).isEqualTo("<p>after</p>");
        assertThat(renders).hasValue(2);
    }

    @Test
    void requestsWithACookieOrASessionAreNeitherServedNorKept() throws Exception {
        MockHttpServletRequest editor = new MockHttpServletRequest("GET", "/articles/a");
        editor.setCookies(new Cookie("JSESSIONID", "x"));
        send(editor, page("editor"));
        assertThat(get("/articles/a", page("reader")).getContentAsString()).isEqualTo("<p>reader</p>");

        MockHttpServletRequest withSession = new MockHttpServletRequest("GET", "/articles/a");
        withSession.getSession(true);
        assertThat(send(withSession, page("live")).getContentAsString()).isEqualTo("<p>live</p>");
        assertThat(renders).hasValue(3);
    }

    @Test
    void aResponseSettingACookieOrPrivateIsNotKept() throws Exception {
        FilterChain cookie = (request, response) -> {
            ((HttpServletResponse) response).addCookie(new Cookie("c", "1"));
            page("cookie").doFilter(request, response);
        };
        FilterChain privately = (request, response) -> {
            ((HttpServletResponse) response).setHeader("Cache-Control", "private, no-store");
            page("private").doFilter(request, response);
        };
        get("/articles/a", cookie);
        get("/articles/a", cookie);
        get("/articles/b", privately);
        get("/articles/b", privately);

        assertThat(renders).hasValue(4);
    }

    @Test
    void onlyReaderAddressesAreKept() throws Exception {
        get("/admin/stories", page("admin"));
        get("/admin/stories", page("admin"));
        get("/login", page("login"));
        get("/login", page("login"));
        get("/search?q=laos", page("search"));
        get("/search?q=laos", page("search"));

        assertThat(renders).hasValue(6);
    }

    @Test
    void aBodyLargerThanASixteenthOfTheCacheIsStreamedAndNotKept() throws Exception {
        String large = "x".repeat(100_000);
        FilterChain sitemap = (request, response) -> {
            renders.incrementAndGet();
            response.setContentType("application/xml");
            for (int i = 0; i < 10; i++) {
                response.getWriter().write(large, i * 10_000, 10_000);
            }
        };

        assertThat(get("/sitemaps/articles-1.xml", sitemap).getContentAsString()).isEqualTo(large);
        assertThat(get("/sitemaps/articles-1.xml", sitemap).getContentAsString()).isEqualTo(large);
        assertThat(renders).hasValue(2);
    }

    @Test
    void headIsAnsweredFromTheBytesWithoutABody() throws Exception {
        get("/articles/a", page("one"));
        MockHttpServletResponse head = send(new MockHttpServletRequest("HEAD", "/articles/a"), page("two"));

        assertThat(head.getStatus()).isEqualTo(200);
        assertThat(head.getContentLength()).isEqualTo("<p>one</p>".getBytes(StandardCharsets.UTF_8).length);
        assertThat(head.getContentAsByteArray()).isEmpty();
        assertThat(renders).hasValue(1);
    }

    @Test
    void aRedirectOrANotFoundIsPassedOnAndNotKept() throws Exception {
        FilterChain moved = (request, response) -> {
            renders.incrementAndGet();
            ((HttpServletResponse) response).sendRedirect("/articles/new");
        };
        FilterChain missing = (request, response) -> {
            renders.incrementAndGet();
            ((HttpServletResponse) response).sendError(404);
        };
        assertThat(get("/articles/old", moved).getRedirectedUrl()).isEqualTo("/articles/new");
        assertThat(get("/articles/old", moved).getRedirectedUrl()).isEqualTo("/articles/new");
        assertThat(get("/articles/none", missing).getStatus()).isEqualTo(404);
        assertThat(get("/articles/none", missing).getStatus()).isEqualTo(404);

        assertThat(renders).hasValue(4);
    }

}
