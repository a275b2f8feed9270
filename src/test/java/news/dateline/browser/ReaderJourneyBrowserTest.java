package news.dateline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A reader in a real headless Chromium: the home page, an article, a related story, a
 * country, a bilateral timeline, a person, an event, a search; every page type
 * photographed at desktop and phone width under target/screenshots.
 */
class ReaderJourneyBrowserTest extends BrowserTestSupport {

    @Test
    void overRealHttpHeadAnswersLikeGetWithoutABodyAndPagesAreCompressed() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var get = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/countries/laos")))
            .header("Accept-Encoding", "gzip")
            .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        var head = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/countries/laos")))
            .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
            .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void aReaderFollowsTheStoryThroughTheKnowledgeGraph() throws Exception {
        browser.get(url("/"));
        assertThat(browser.getTitle()).isEqualTo("Dateline: the latest news");
        assertThat(browser.findElements(By.cssSelector(".story-card h2 a"))).hasSizeGreaterThanOrEqualTo(5);
        Browser.screenshots(browser, "home");

        Browser.follow(browser, By.linkText("Laos and Azerbaijan Hold First Political Consultation to Boost Ties"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
            .isEqualTo("Laos and Azerbaijan Hold First Political Consultation to Boost Ties");
        var related = browser.findElements(By.cssSelector(".related li"));
        assertThat(related).hasSizeGreaterThanOrEqualTo(4);
        assertThat(related.getFirst().findElement(By.cssSelector(".why")).getText()).contains("Same event");
        Browser.screenshots(browser, "article");

        String relatedHeadline = related.getFirst().findElement(By.tagName("a")).getText();
        Browser.follow(browser, related.getFirst().findElement(By.tagName("a")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(relatedHeadline);

        Browser.follow(browser, By.cssSelector(".story-tags a[href='/countries/laos']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Laos");
        assertThat(browser.findElements(By.cssSelector(".timeline li"))).isNotEmpty();
        Browser.screenshots(browser, "country");

        Browser.follow(browser, By.cssSelector("a[href='/relations/azerbaijan/laos']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Azerbaijan–Laos relations");
        Browser.screenshots(browser, "relations");

        WebElement event = browser.findElement(By.cssSelector(".timeline a"));
        String eventTitle = event.getText();
        Browser.follow(browser, event);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(eventTitle);
        Browser.screenshots(browser, "event");

        browser.get(url("/articles/laos-and-azerbaijan-hold-first-political-consultation-to-boost-ties"));
        Browser.follow(browser, By.linkText("Maithong Thammavongsa"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Maithong Thammavongsa");
        assertThat(browser.findElement(By.cssSelector(".byline")).getText()).contains("Maythong Thammavongsa");
        Browser.screenshots(browser, "person");

        Browser.follow(browser, By.linkText("Search"));
        browser.findElement(By.id("q")).sendKeys("Maythong");
        Browser.follow(browser, By.cssSelector(".search-form button"));
        assertThat(browser.findElement(By.cssSelector("#entities-heading + .tags")).getText())
            .contains("Maithong Thammavongsa");
        assertThat(browser.findElements(By.cssSelector(".story-card"))).isNotEmpty();
        Browser.screenshots(browser, "search");

        browser.get(url("/articles/no-such-story"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        Browser.screenshots(browser, "not-found");
    }

}
