package news.dateline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.nio.file.Files;
import java.nio.file.Path;
import news.dateline.image.TestImages;
import news.dateline.newsroom.Accounts;
import news.dateline.newsroom.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A morning in the newsroom, in a real browser: log in with a one-time password and be
 * made to change it, paste a wire story, accept the suggestions, add a lead image,
 * preview with a new person and event and the image, lose the tab mid-typing, find the
 * autosaved text from another browser, publish, and find the story in the list by its
 * country and where readers will.
 */
class NewsroomMorningBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "a long newsroom password";

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEditorPastesTagsPreviewsLosesTheTabAndPublishesAWireStoryFromAnotherBrowser() throws Exception {
        // As the first start does for the embedded database: an admin with a printed
        // one-time password.
        String oneTime = "printed-one-time-" + java.util.UUID.randomUUID();
        transactions.executeWithoutResult(
                tx -> accounts.createWithOneTimePassword("system", "morning", "Morning Editor", oneTime, Role.ADMIN));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String headline = "Laos and Azerbaijan Open a Culture Centre in Vientiane";

        browser.get(url("/admin"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        Browser.screenshots(browser, "newsroom-login");
        browser.findElement(By.id("username")).sendKeys("morning");
        browser.findElement(By.id("password")).sendKeys(oneTime);
        Browser.follow(browser, By.cssSelector("button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/password");
        assertThat(browser.findElement(By.cssSelector(".must-change")).getText())
            .contains("Choose your own before anything else");
        Browser.screenshots(browser, "newsroom-password");
        browser.get(url("/admin/articles/new"));
        assertThat(browser.getCurrentUrl()).as("no page opens before the password is changed")
            .endsWith("/admin/password");
        browser.findElement(By.id("current")).sendKeys(oneTime);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("repeated")).sendKeys(PASSWORD);
        Browser.follow(browser, By.cssSelector("main button[type=submit]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Stories");

        Browser.follow(browser, By.linkText("Write or paste a new story"));
        browser.findElement(By.id("wire"))
            .sendKeys(headline + "\n\n date " + today
                    + " MENAFN - Trend News Agency)Deputy Minister of Foreign Affairs Elnur Mammadov and Deputy Foreign Minister"
                    + " Maythong Thammavongsa opened an Azerbaijani culture centre in Vientiane, Laos, Trend reports.\n\n"
                    + "The centre will teach Azerbaijani music to Lao students.\n");
        Browser.follow(browser, By.cssSelector("button[value=paste]"));
        assertThat(browser.findElement(By.id("headline")).getAttribute("value")).isEqualTo(headline);
        assertThat(browser.findElements(By.cssSelector("[role=alert], .error-summary"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".notice.pasted")).getText()).contains("Filled headline")
            .contains("suggested");
        for (String ticked : new String[] { "elnur-mammadov", "maithong-thammavongsa", "LA", "AZ" }) {
            assertThat(browser.findElement(By.cssSelector(".choices input[value=" + ticked + "]")).isSelected())
                .as(ticked + " arrives ticked")
                .isTrue();
        }
        Browser.screenshots(browser, "newsroom-form");

        Browser.follow(browser, By.cssSelector("button[value=accept]"));
        assertThat(browser.findElements(By.cssSelector(".choices input[type=checkbox]")))
            .allMatch(WebElement::isSelected);
        openDetails("Add a person who is missing");
        browser.findElement(By.id("newPersonName")).sendKeys("Khamsing Vongphachanh");
        openDetails("Add an event that is missing");
        browser.findElement(By.id("newEventTitle")).sendKeys("Azerbaijani Culture Centre opening");
        browser.findElement(By.id("newEventDate")).sendKeys(today);
        new Select(browser.findElement(By.id("status"))).selectByValue("PUBLISHED");
        Path photo = Files.createTempFile("culture-centre", ".jpg");
        Files.write(photo, TestImages.jpeg(1600, 900));
        browser.findElement(By.id("imageFile")).sendKeys(photo.toAbsolutePath().toString());
        browser.findElement(By.id("imageAlt")).sendKeys("The new culture centre's front, with flags");
        browser.findElement(By.id("imageCaption")).sendKeys("The centre on opening day.");
        browser.findElement(By.id("imageCredit")).sendKeys("KPL");
        Browser.follow(browser, By.cssSelector("button[value=preview]"));
        Files.delete(photo);
        assertThat(browser.findElement(By.cssSelector(".preview article.story h1")).getText()).isEqualTo(headline);
        assertLoaded(browser.findElement(By.cssSelector(".preview figure.lead-image img")));
        assertThat(browser.findElement(By.cssSelector(".preview figure.lead-image figcaption")).getText())
            .isEqualTo("The centre on opening day. Photo: KPL");
        assertThat(browser.findElement(By.name("image")).getAttribute("value")).hasSize(64);
        assertThat(browser.findElement(By.cssSelector(".preview .story-tags")).getText()).contains("Elnur Mammadov")
            .contains("Laos")
            .contains("Khamsing Vongphachanh")
            .contains("Azerbaijani Culture Centre opening");
        assertThat(browser.findElements(By.cssSelector(".preview a[href]")))
            .allMatch(link -> "_blank".equals(link.getAttribute("target")));
        Browser.screenshots(browser, "newsroom-preview");

        // Another tab keeps the browser open while the story's tab is closed mid-typing.
        String storyTab = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String otherTab = browser.getWindowHandle();
        browser.get(url("/admin"));
        browser.switchTo().window(storyTab);
        browser.findElement(By.id("body")).sendKeys("\n\nTyped after the preview, never saved by hand.");
        browser.findElement(By.id("headline")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
            .until(d -> d.findElement(By.id("autosave-status")).getText().startsWith("Autosaved at"));
        browser.close();
        browser.switchTo().window(otherTab);

        ChromeDriver fresh = Browser.start(getClass());
        try {
            Browser.logIn(fresh, url(""), "morning", PASSWORD);
            assertThat(fresh.findElement(By.cssSelector(".unsaved")).getText()).contains(headline);
            Browser.follow(fresh, fresh.findElement(By.cssSelector(".unsaved a")));
            assertThat(fresh.findElement(By.cssSelector(".notice.restored")).getText())
                .startsWith("Brought back the text autosaved at");
            assertThat(fresh.findElement(By.id("body")).getAttribute("value"))
                .contains("Typed after the preview, never saved by hand.");
            Browser.follow(fresh, By.cssSelector("button[value=save]"));
            assertThat(fresh.findElement(By.cssSelector(".notice")).getText()).startsWith("Saved.");

            fresh.get(url("/admin"));
            new Select(fresh.findElement(By.id("country"))).selectByValue("LA");
            Browser.follow(fresh, By.cssSelector(".story-filters button[type=submit]"));
            assertThat(fresh.findElement(By.cssSelector(".story-table")).getText()).contains(headline);
            Browser.screenshots(fresh, "newsroom-stories");
        }
        finally {
            fresh.quit();
        }

        browser.get(url("/"));
        assertThat(browser.findElement(By.cssSelector(".story-card h2 a")).getText()).isEqualTo(headline);
        assertLoaded(browser.findElement(By.cssSelector(".story-card img.thumb")));
        Browser.follow(browser, By.cssSelector(".story-card h2 a"));
        WebElement lead = browser.findElement(By.cssSelector("figure.lead-image img"));
        assertLoaded(lead);
        assertThat(lead.getAttribute("alt")).isEqualTo("The new culture centre's front, with flags");
        browser.get(url("/articles/laos-and-azerbaijan-hold-first-political-consultation-to-boost-ties"));
        assertThat(browser.findElement(By.cssSelector(".related")).getText()).contains(headline);
        for (String country : new String[] { "laos", "azerbaijan" }) {
            browser.get(url("/countries/" + country));
            assertThat(browser.findElement(By.id("main")).getText()).contains(headline);
        }
    }

    /** The image was loaded, from one of its variants' fingerprinted addresses. */
    private void assertLoaded(WebElement image) {
        Object width = ((JavascriptExecutor) browser)
            .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", image);
        assertThat(((Number) width).intValue()).isPositive();
        assertThat((String) ((JavascriptExecutor) browser).executeScript("return arguments[0].currentSrc", image))
            .matches(".*/images/[0-9a-f]{64}/[0-9]+\\.jpg");
    }

    /** Opens a folded part of the form by its summary, unless it is open already. */
    private void openDetails(String summary) {
        WebElement details = browser.findElement(By.xpath("//details[summary[normalize-space()='" + summary + "']]"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    @Test
    void loggingInOverRealHttpGivesANewSessionAndTheOldOneOpensNothingAndBadRequestsGetAPage() throws Exception {
        transactions
            .executeWithoutResult(tx -> accounts.create("test", "fixation", "Fixation Editor", PASSWORD, Role.EDITOR));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                BodyHandlers.ofString());
        // the login form makes no session (its token is in a cookie): a session id
        // planted by
        // someone else is never the one logged in
        assertThat(sessionId(loginPage)).isEmpty();
        String before = "0123456789ABCDEF0123456789ABCDEF";
        String tokenCookie = loginPage.headers()
            .allValues("Set-Cookie")
            .stream()
            .filter(c -> c.startsWith("XSRF-TOKEN="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
        String csrf = Jsoup.parse(loginPage.body()).select("input[name=_csrf]").val();
        String credentials = "username=fixation&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "JSESSIONID=" + before + "; " + tokenCookie)
            .POST(BodyPublishers.ofString(credentials))
            .build(), BodyHandlers.ofString());
        String after = sessionId(login);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/admin"));
        assertThat(after).isNotBlank().isNotEqualTo(before);
        assertThat(admin(http, after).statusCode()).isEqualTo(200);
        HttpResponse<String> garbled = http
            .send(HttpRequest.newBuilder(URI.create(url("/admin/articles/1/revisions/compare?from=x&to=y")))
                .header("Cookie", "JSESSIONID=" + after)
                .header("Accept", "text/html")
                .build(), BodyHandlers.ofString());
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(garbled.body()).select("h1").text()).isEqualTo("Request not understood");
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create(url("/admin/articles")))
            .header("Cookie", "JSESSIONID=" + after)
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString("headline=x"))
            .build(), BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(noToken.body()).select("h1").text()).isEqualTo("Not allowed");
        HttpResponse<String> withTheOldId = admin(http, before);
        assertThat(withTheOldId.statusCode()).isEqualTo(302);
        assertThat(withTheOldId.headers().firstValue("Location"))
            .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    private HttpResponse<String> admin(HttpClient http, String session) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url("/admin"))).header("Cookie", "JSESSIONID=" + session).build(),
                BodyHandlers.ofString());
    }

    private static String sessionId(HttpResponse<?> response) {
        return response.headers()
            .allValues("Set-Cookie")
            .stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
            .findFirst()
            .orElse("");
    }

}
