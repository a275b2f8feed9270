package news.dateline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.dateline.newsroom.Accounts;
import news.dateline.newsroom.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hostile text typed into every text field of the newsroom, in a real browser: it is
 * shown as text on every public and admin page it reaches, and nothing of it ever runs. A
 * listener installed before each page's own code records Content-Security-Policy
 * violations, so an injection that the policy merely blocked fails the test as surely as
 * one that ran.
 */
class HostileInputBrowserTest extends BrowserTestSupport {

    /**
     * Markup, handlers, a javascript: URL, a script breakout, bidi overrides and astral
     * characters.
     */
    static final String PAYLOAD = "\"'></script><script>window.__xss=1</script><img src=x onerror=window.__xss=2>"
            + "<svg onload=window.__xss=3></svg><a href=javascript:window.__xss=4>x</a> \u202eevil\u202c 𝕏😀";
    static final String PASSWORD = "a long hostile-test passphrase";

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void recordPolicyViolations() {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                """
                        window.__csp = [];
                        document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.sample));
                        """));
    }

    void type(String id, String text) {
        // Set through the DOM: sendKeys types astral characters unreliably and slowly.
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, text);
    }

    void save() {
        Browser.follow(browser, By.cssSelector("main form button.primary"));
    }

    /**
     * Nothing ran, nothing was blocked, no handler attribute or foreign script is in the
     * page, and the text is shown.
     */
    void assertHarmless(String path, boolean showsPayload) {
        browser.get(url(path));
        assertThat(browser.getTitle()).as(path).isNotBlank();
        assertThat(browser.findElements(By.tagName("h1"))).as(path).isNotEmpty();
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError(path + " opened an alert: " + text);
        }
        catch (NoAlertPresentException expected) {
            // as it should be
        }
        assertThat(browser.executeScript("return window.__xss")).as(path).isNull();
        assertThat((List<?>) browser.executeScript("return window.__csp")).as(path + ": CSP violations").isEmpty();
        assertThat((List<?>) browser.executeScript(
                """
                        return [...document.querySelectorAll('*')].flatMap(el => [...el.attributes]
                            .filter(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value)).map(a => el.tagName + ' ' + a.name));
                        """))
            .as(path + ": handler attributes or javascript: URLs")
            .isEmpty();
        // The newsroom's own script (autosave, shortcuts), served from 'self', is the one
        // script a page may have.
        assertThat((List<?>) browser.executeScript("""
                return [...document.scripts].filter(s => s.type !== 'application/ld+json')
                    .filter(s => s.src !== location.origin + '/js/newsroom.js' || s.text !== '')
                    .map(s => s.src || s.text.slice(0, 80));
                """)).as(path + ": scripts").isEmpty();
        assertThat(browser.findElements(By.cssSelector("main svg[onload], main img[src=x]"))).as(path).isEmpty();
        if (showsPayload) {
            assertThat(browser.findElement(By.tagName("body")).getText()).as(path)
                .contains("<script>window.__xss=1</script>");
        }
    }

    @Test
    void hostileTextInEveryNewsroomFieldIsShownAsTextAndNeverRuns() {
        transactions
            .executeWithoutResult(tx -> accounts.create("test", "hostile", "Hostile Tester", PASSWORD, Role.EDITOR));
        Browser.logIn(browser, url(""), "hostile", PASSWORD);

        browser.get(url("/admin/people/new"));
        type("name", "Person " + PAYLOAD);
        type("role", "Role " + PAYLOAD);
        type("aliases", "Alias " + PAYLOAD);
        save();
        String person = browser.getCurrentUrl().replaceAll(".*/admin/people/([^/]+)/edit$", "$1");

        browser.get(url("/admin/events/new"));
        type("title", "Event " + PAYLOAD);
        type("kind", "<b onmouseover=x>visit</b>");
        type("summary", "Summary " + PAYLOAD);
        type("date", "2024-05");
        type("place", "Place " + PAYLOAD);
        type("countries", "LA");
        type("people", person);
        save();
        String event = browser.getCurrentUrl().replaceAll(".*/admin/events/([^/]+)/edit$", "$1");

        browser.get(url("/admin/articles/new"));
        type("headline", "Zanzibarite headline " + PAYLOAD);
        type("standfirst", "Standfirst " + PAYLOAD);
        type("body",
                "Body " + PAYLOAD
                        + "\n\n[a link](javascript:window.__xss=5) <iframe src=\"https://evil.example\"></iframe>\n\n"
                        + "ລາວ ".repeat(2000));
        type("source", "Agency " + PAYLOAD.substring(0, 120));
        type("dateline", "Dateline " + PAYLOAD.substring(0, 120));
        type("publishedDate", LocalDate.now(ZoneOffset.UTC).toString());
        type("find", PAYLOAD.substring(0, 100));
        browser.findElement(By.cssSelector("details:has(#newPersonName) > summary")).click();
        type("newPersonName", "New " + PAYLOAD);
        type("newPersonRole", "New role " + PAYLOAD);
        browser.findElement(By.cssSelector("details:has(#newEventTitle) > summary")).click();
        type("newEventTitle", "New event " + PAYLOAD);
        type("newEventDate", "2024");
        type("newEventPlace", "New place " + PAYLOAD);
        browser.executeScript("document.querySelector('input[name=countries][value=LA]')?.click()");
        new Select(browser.findElement(By.id("status"))).selectByValue("PUBLISHED");
        Browser.follow(browser, By.cssSelector("button[value=preview]"));
        assertThat(browser.findElement(By.cssSelector(".preview article.story h1")).getText())
            .contains("<script>window.__xss=1</script>");
        assertHarmlessHere("the preview");
        Browser.follow(browser, By.cssSelector("button[value=save]"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("Saved.");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/admin/articles/(\\d+)/edit$", "$1"));
        String slug = jdbc.sql("select slug from article where id = ?").param(id).query(String.class).single();
        String newPerson = jdbc.sql("select slug from person where name = ?")
            .param("New " + PAYLOAD)
            .query(String.class)
            .single();
        String newEvent = jdbc.sql("select slug from event where title = ?")
            .param("New event " + PAYLOAD)
            .query(String.class)
            .single();

        List<String> shown = new ArrayList<>(List.of("/articles/" + slug, "/people/" + person, "/people/" + newPerson,
                "/events/" + event, "/events/" + newEvent, "/", "/search?q=zanzibarite", "/admin",
                "/admin/articles/" + id + "/edit", "/admin/articles/" + id + "/revisions", "/admin/people",
                "/admin/people/" + person + "/edit", "/admin/events", "/admin/events/" + event + "/edit"));
        for (String path : shown) {
            assertHarmless(path, true);
        }
        assertHarmless("/countries/laos", false);
    }

    private void assertHarmlessHere(String what) {
        assertThat(browser.executeScript("return window.__xss")).as(what).isNull();
        assertThat((List<?>) browser.executeScript("return window.__csp")).as(what + ": CSP violations").isEmpty();
    }

}
