package news.dateline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reader's path through the pictures of issue 12, in a real headless Chromium: from the
 * home page a story, its strongest related story with its reason, a country (its flag and
 * locator map drawn, the marks of its timeline links), a year of its timeline, a
 * relation; then a search by an alias and one by the start of a name.
 */
class ReaderPathBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void fromTheHomePageThroughAStoryToACountryItsTimelineAndARelationThenSearches() throws Exception {
        browser.get(url("/"));
        Browser.follow(browser, By.linkText("Laos and Azerbaijan Hold First Political Consultation to Boost Ties"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
            .isEqualTo("Laos and Azerbaijan Hold First Political Consultation to Boost Ties");

        // the strongest related story comes first, with its reason labelled
        WebElement strongest = browser.findElements(By.cssSelector(".related li")).getFirst();
        assertThat(strongest.findElement(By.cssSelector(".why span")).getText()).startsWith("Same event: ");
        String headline = strongest.findElement(By.tagName("a")).getText();
        Browser.follow(browser, strongest.findElement(By.tagName("a")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headline);

        // the country: its flag drawn, its key facts, its timeline a picture whose marks
        // are links
        Browser.follow(browser, By.cssSelector(".story-tags a[href='/countries/laos']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Laos");
        WebElement flag = browser.findElement(By.cssSelector("h1 img.flag"));
        assertThat(browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth", flag))
            .isNotEqualTo(0L);
        assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("Key facts", "Latest event");
        // its locator map drawn, named for a screen reader
        WebElement map = browser.findElement(By.cssSelector(".facts figure.locator-map img"));
        assertThat(map.isDisplayed()).isTrue();
        assertThat(map.getRect().getWidth()).isGreaterThan(200);
        assertThat(map.getAccessibleName()).startsWith("Laos on a map with its neighbours");
        // loaded, and coloured by its own style (an SVG whose style were refused draws
        // black)
        assertThat(browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth", map))
            .isEqualTo(400L);
        Object corner = drawn(map, "return Array.from(context.getImageData(1, 1, 1, 1).data).join(',');");
        assertThat(corner).isIn("227,235,238,255", "236,231,220,255");
        assertThat(browser.findElement(By.cssSelector("svg.timeline-wide")).isDisplayed()).isTrue();
        List<WebElement> marks = browser.findElements(By.cssSelector("svg.timeline-wide a.mark"));
        assertThat(marks).hasSizeGreaterThan(1);
        WebElement event = marks.getFirst();
        String eventName = event.getDomAttribute("aria-label");
        Browser.follow(browser, event);
        assertThat(eventName).startsWith(browser.findElement(By.tagName("h1")).getText() + ", ");
        browser.navigate().back();

        // a year: the cluster of the latest events leads to that year's events in the
        // list
        WebElement cluster = browser.findElement(By.cssSelector("svg.timeline-wide a.mark[href^='#year-']"));
        String year = cluster.getDomAttribute("href").replaceAll(".*#year-", "");
        cluster.click();
        assertThat(browser.getCurrentUrl()).endsWith("#year-" + year);
        assertThat(browser.findElement(By.id("year-" + year)).getText()).isEqualTo(year);

        // a relation, from the country's relations
        Browser.follow(browser, By.cssSelector(".connections a[href='/relations/azerbaijan/laos']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Azerbaijan–Laos relations");
        assertThat(browser.findElements(By.cssSelector(".relation-sides img.flag"))).hasSize(2);
        // both countries on one map: Azerbaijan in its west, Laos in its east, each in
        // the
        // accent colour
        WebElement pair = browser.findElement(By.cssSelector(".facts figure.locator-map img"));
        assertThat(pair.getAccessibleName()).isEqualTo("Azerbaijan and Laos on a map");
        assertThat(browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth", pair))
            .isEqualTo(400L);
        Object accent = drawn(pair, """
                const pixels = context.getImageData(0, 0, 400, 300).data;
                const thirds = [0, 0, 0];
                for (let i = 0; i < pixels.length; i += 4) {
                    if (pixels[i] === 138 && pixels[i + 1] === 28 && pixels[i + 2] === 28) {
                        thirds[Math.floor((i / 4 % 400) / 134)]++;
                    }
                }
                return thirds.join(',');""");
        String[] thirds = accent.toString().split(",");
        assertThat(Integer.parseInt(thirds[0])).as("Azerbaijan, west").isGreaterThan(20);
        assertThat(Integer.parseInt(thirds[2])).as("Laos, east").isGreaterThan(20);

        // an alias finds every story of the country
        long vietnam = jdbc.sql("""
                select count(*) from article_country ac join country c on c.id = ac.country_id
                where c.code = 'VN' and ac.status = 'PUBLISHED' and ac.published_at <= now()""")
            .query(Long.class)
            .single();
        browser.get(url("/search?q=viet+nam"));
        assertThat(browser.findElements(By.cssSelector(".story-card"))).hasSize((int) vietnam);

        // the start of a name finds that person's stories
        long thongsavanh = jdbc.sql("""
                select count(*) from article_person ap join person p on p.id = ap.person_id
                where p.name = 'Thongsavanh Phomvihane' and ap.status = 'PUBLISHED' and ap.published_at <= now()""")
            .query(Long.class)
            .single();
        assertThat(thongsavanh).isPositive();
        browser.get(url("/search?q=Thongsavan"));
        assertThat(browser.findElements(By.cssSelector(".story-card"))).hasSizeGreaterThanOrEqualTo((int) thongsavanh);
    }

    /**
     * A map picture drawn on a 400 by 300 canvas, read by {@code read} (script that sees
     * the canvas's {@code context}).
     */
    private Object drawn(WebElement picture, String read) {
        return browser.executeScript("""
                const canvas = document.createElement('canvas');
                canvas.width = 400;
                canvas.height = 300;
                const context = canvas.getContext('2d');
                context.drawImage(arguments[0], 0, 0);
                """ + read, picture);
    }

}
