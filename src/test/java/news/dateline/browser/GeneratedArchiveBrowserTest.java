package news.dateline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import news.dateline.archive.ArchiveGenerator;
import news.dateline.newsroom.Accounts;
import news.dateline.newsroom.Role;
import news.dateline.support.SeparateDatabase;
import news.dateline.web.ReaderCache;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reader in a real headless Chromium on a generated archive of {@value #STORIES}
 * stories over fifteen years (issue 10: what readers could do on the five seed stories
 * still works on an archive), in a database of its own: the home page and its older
 * pages, a story and a related one, the most covered country's timeline summed up by year
 * and drilled into, its older stories a page at a time, a person, a search by that
 * person's name, every country it shares an event with, its strongest relation, an event,
 * and a story's old address; and an editor who finds the published stories of a country
 * in the newsroom, pages on, corrects one's headline and saves, which readers then see.
 * Nothing here knows the archive's names: each step follows what the page before offered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "dateline.seeds.import-on-start=false", "dateline.scheduler.enabled=false",
                // searches are PostgreSQL's here, as while a node builds its index: the
                // generator loads its rows without the trigger that tells the index
                "dateline.search.index.enabled=false", "dateline.page-store.fill.enabled=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedArchiveBrowserTest extends BrowserTestSupport {

    /**
     * Enough for the timeline of the country in the most events to be summed up by year
     * (more than 20 events) and for it to share events with more than ten countries.
     */
    static final int STORIES = 40_000;

    static final String DATABASE = "archive_browser_" + Long.toString(System.nanoTime(), 36);

    /**
     * An archive generated before, walked instead of a new one: the name of its database
     * on the server {@code SPRING_DATASOURCE_URL} names, as
     * {@code -Ddateline.archive-browser.database=postgres} (docs/performance.md: the walk
     * at a million stories). Unset in the build: the test generates its own.
     */
    static final String EXISTING = System.getProperty("dateline.archive-browser.database");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws SQLException {
        SeparateDatabase server = SeparateDatabase.server();
        if (EXISTING != null) {
            server.use(registry, EXISTING);
            return;
        }
        server.create(DATABASE);
        server.use(registry, DATABASE);
    }

    @Autowired
    ArchiveGenerator generator;

    @Autowired
    ReaderCache.Evictor caches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate transactions;

    @BeforeAll
    void generate() throws SQLException {
        if (EXISTING == null) {
            generator.generate(new ArchiveGenerator.Settings(STORIES, 42, LocalDate.now(ZoneOffset.UTC), false),
                    line -> {
                    });
        }
        caches.evictAll();
    }

    @Test
    void aReaderFindsTheirWayThroughFifteenYearsOfWireCopy() throws Exception {
        browser.get(url("/"));
        assertThat(browser.getTitle()).isEqualTo("Dateline: the latest news");
        List<WebElement> cards = browser.findElements(By.cssSelector(".story-card"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(10);
        OffsetDateTime lastOnFirstPage = time(cards.getLast().findElement(By.tagName("time")));
        Browser.follow(browser, By.cssSelector(".pager a[rel=next]"));
        assertThat(browser.getCurrentUrl()).endsWith("/?page=2");
        List<WebElement> older = browser.findElements(By.cssSelector(".story-card"));
        assertThat(older).isNotEmpty();
        assertThat(time(older.getFirst().findElement(By.tagName("time")))).isBeforeOrEqualTo(lastOnFirstPage);

        // a story, and the story its related news ranks first, with the reason
        WebElement headline = older.getFirst().findElement(By.cssSelector("h2 a"));
        String title = headline.getText();
        Browser.follow(browser, headline);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        List<WebElement> related = browser.findElements(By.cssSelector(".related li"));
        assertThat(related).isNotEmpty();
        assertThat(related.getFirst().findElement(By.cssSelector(".why")).getText()).isNotBlank();
        WebElement strongest = related.getFirst().findElement(By.tagName("a"));
        String relatedTitle = strongest.getText();
        Browser.follow(browser, strongest);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(relatedTitle);

        // the country in the most events: its timeline summed up by year, one year
        // drilled into
        String country = jdbc.sql("""
                select c.slug from country c join event_country ec on ec.country_id = c.id
                group by c.slug order by count(*) desc, c.slug limit 1""").query(String.class).single();
        browser.get(url("/countries/" + country));
        String countryName = browser.findElement(By.tagName("h1")).getText();
        assertThat(countryName).isNotBlank();
        List<WebElement> years = browser.findElements(By.cssSelector(".timeline-periods ul[aria-label=Years] a"));
        assertThat(years).as("a long timeline is summed up by year").hasSizeGreaterThan(5);
        WebElement year = years.get(years.size() / 2);
        String yearText = year.getText().replaceAll("\\s.*", "");
        Browser.follow(browser, year);
        assertThat(browser.getCurrentUrl()).contains("period=" + yearText);
        List<WebElement> events = browser.findElements(By.cssSelector("ol.timeline > li > time"));
        assertThat(events).isNotEmpty()
            .allSatisfy(time -> assertThat(time.getDomAttribute("datetime")).startsWith(yearText));

        // its stories, newest first, then the older ones a page further
        browser.get(url("/countries/" + country));
        List<WebElement> stories = browser.findElements(By.cssSelector(".link-list time"));
        assertThat(stories).hasSizeGreaterThanOrEqualTo(10);
        String lastShown = stories.getLast().getDomAttribute("datetime");
        Browser.follow(browser, By.cssSelector("nav.pager a[rel=next]"));
        assertThat(browser.getCurrentUrl()).contains("before=");
        String firstOlder = browser.findElements(By.cssSelector(".link-list time"))
            .getFirst()
            .getDomAttribute("datetime");
        assertNotNewer(firstOlder, lastShown);

        // the person most named in its stories, then a search by that person's surname
        browser.get(url("/countries/" + country));
        WebElement person = browser.findElement(By.cssSelector(".connections .ranked a[href^='/people/']"));
        String name = person.getText();
        Browser.follow(browser, person);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        Browser.follow(browser, By.linkText("Search"));
        browser.findElement(By.id("q")).sendKeys(name.substring(name.lastIndexOf(' ') + 1));
        Browser.follow(browser, By.cssSelector(".search-form button"));
        assertThat(browser.findElement(By.cssSelector("#entities-heading + .tags")).getText()).contains(name);
        assertThat(browser.findElements(By.cssSelector(".story-card"))).isNotEmpty();

        // every country it shares an event with is named: the ten sharing the most with
        // their flags, the others on one line, each a link to their relations
        long partners = jdbc.sql("""
                select count(distinct other.country_id) from country c
                join event_country mine on mine.country_id = c.id
                join event_country other on other.event_id = mine.event_id and other.country_id <> c.id
                where c.slug = ?""").param(country).query(Long.class).single();
        assertThat(partners).as("the country in the most events has more than ten partners").isGreaterThan(10);
        browser.get(url("/countries/" + country));
        List<WebElement> leading = browser.findElements(By.cssSelector("#partners-heading + .ranked li"));
        List<WebElement> others = browser.findElements(By.cssSelector(".other-partners a"));
        assertThat(leading).hasSize(10);
        assertThat(leading.size() + others.size()).isEqualTo(partners);
        WebElement fewest = others.getLast();
        String partnerName = fewest.getText();
        Browser.follow(browser, fewest);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(countryName)
            .contains(partnerName)
            .endsWith("relations");

        // its strongest relation, and one of that relation's events
        browser.get(url("/countries/" + country));
        WebElement relation = browser.findElement(By.cssSelector(".connections a[href^='/relations/']"));
        Browser.follow(browser, relation);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(countryName).endsWith("relations");
        Browser.screenshots(browser, "archive-relation");
        WebElement event = browser.findElement(By.cssSelector(".timeline a[href^='/events/']"));
        String eventTitle = event.getText();
        Browser.follow(browser, event);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(eventTitle);

        // a story renamed since: its old address leads to it
        var renamed = jdbc.sql("""
                select r.old_slug, a.slug from article_slug_redirect r join article a on a.id = r.article_id
                where a.status = 'PUBLISHED' and a.published_at <= now() order by r.old_slug limit 1""")
            .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
            .single();
        browser.get(url("/articles/" + renamed.get(0)));
        assertThat(browser.getCurrentUrl()).endsWith("/articles/" + renamed.get(1));
    }

    @Test
    void anEditorPagesThroughACountrysStoriesCorrectsOneAndReadersSeeIt() throws Exception {
        // an archive walked before keeps the editors of earlier walks
        String editorName = "archivist-" + Long.toString(System.nanoTime(), 36);
        transactions.executeWithoutResult(tx -> accounts.create("test", editorName, "Archive Editor",
                "quiet harbour lanterns at dawn", Role.EDITOR));
        String code = jdbc.sql("""
                select c.code from country c join article_country ac on ac.country_id = c.id
                group by c.code order by count(*) desc, c.code limit 1""").query(String.class).single();
        String headline = "Archive story corrected by an editor " + System.nanoTime();
        ChromeDriver editor = Browser.start(getClass());
        try {
            Browser.logIn(editor, url(""), editorName, "quiet harbour lanterns at dawn");
            editor.get(url("/admin"));
            new Select(editor.findElement(By.id("status"))).selectByValue("PUBLISHED");
            new Select(editor.findElement(By.id("country"))).selectByValue(code);
            Browser.follow(editor, By.cssSelector(".story-filters button[type=submit]"));
            List<WebElement> rows = editor.findElements(By.cssSelector(".story-table tbody td.headline a"));
            assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
            String firstOfFirstPage = rows.getFirst().getDomAttribute("href");
            Browser.follow(editor, By.cssSelector("a[rel=next]"));
            assertThat(editor.getCurrentUrl()).contains("country=" + code).contains("after=");
            WebElement story = editor.findElements(By.cssSelector(".story-table tbody td.headline a")).getFirst();
            assertThat(story.getDomAttribute("href")).as("another story").isNotEqualTo(firstOfFirstPage);
            Browser.follow(editor, story);

            WebElement field = editor.findElement(By.id("headline"));
            field.clear();
            field.sendKeys(headline);
            Browser.follow(editor, By.cssSelector("button[value=save]"));
            assertThat(editor.findElement(By.cssSelector(".notice")).getText()).startsWith("Saved.");
        }
        finally {
            editor.quit();
        }
        String slug = jdbc.sql("select slug from article where headline = ? and status = 'PUBLISHED'")
            .param(headline)
            .query(String.class)
            .single();
        browser.get(url("/articles/" + slug));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headline);
    }

    /**
     * A story listed after another is not newer: a list shows a story of the last day
     * with its time ("2026-12-03T10:16:00+08:00"), an older one by its date, each in its
     * own offset, so a date beside a time may read a day later than the instant it marks.
     */
    private static void assertNotNewer(String later, String earlier) {
        if (later.contains("T") && earlier.contains("T")) {
            assertThat(OffsetDateTime.parse(later).toInstant())
                .isBeforeOrEqualTo(OffsetDateTime.parse(earlier).toInstant());
        }
        else if (!later.contains("T") && !earlier.contains("T")) {
            assertThat(LocalDate.parse(later)).isBeforeOrEqualTo(LocalDate.parse(earlier));
        }
        else {
            assertThat(LocalDate.parse(later.substring(0, 10)))
                .isBeforeOrEqualTo(LocalDate.parse(earlier.substring(0, 10)).plusDays(1));
        }
    }

    private static OffsetDateTime time(WebElement time) {
        return OffsetDateTime.parse(time.getDomAttribute("datetime"));
    }

}
