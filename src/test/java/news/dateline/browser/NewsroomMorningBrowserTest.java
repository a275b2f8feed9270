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
import java.time.LocalDate;
import java.time.ZoneOffset;
import news.dateline.newsroom.Accounts;
import news.dateline.newsroom.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A morning in the newsroom, in a real browser: log in, paste a wire story, accept the
 * suggestions, preview, publish, and find the story where readers will.
 */
class NewsroomMorningBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "a long newsroom password";

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEditorPastesTagsPreviewsAndPublishesAWireStory() throws Exception {
        transactions
            .executeWithoutResult(tx -> accounts.create("test", "morning", "Morning Editor", PASSWORD, Role.EDITOR));
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        browser.get(url("/admin"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        Browser.screenshots(browser, "newsroom-login");
        browser.findElement(By.id("username")).sendKeys("morning");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        Browser.follow(browser, By.cssSelector("button[type=submit]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Stories");

        Browser.follow(browser, By.linkText("Write or paste a new story"));
        browser.findElement(By.id("wire"))
            .sendKeys("Laos and Azerbaijan Open a Culture Centre in Vientiane\n\n date " + today
                    + " MENAFN - Trend News Agency)Deputy Minister of Foreign Affairs Elnur Mammadov and Deputy Foreign Minister"
                    + " Maythong Thammavongsa opened an Azerbaijani culture centre in Vientiane, Laos, Trend reports.\n\n"
                    + "The centre will teach Azerbaijani music to Lao students.\n");
        Browser.follow(browser, By.cssSelector("button[value=paste]"));
        assertThat(browser.findElement(By.id("headline")).getAttribute("value"))
            .isEqualTo("Laos and Azerbaijan Open a Culture Centre in Vientiane");
        Browser.screenshots(browser, "newsroom-form");

        for (WebElement suggestion : browser.findElements(By.cssSelector(".choices input[type=checkbox]"))) {
            String value = suggestion.getAttribute("value");
            if (value.equals("elnur-mammadov") || value.equals("maithong-thammavongsa") || value.equals("LA")
                    || value.equals("AZ")) {
                if (!suggestion.isSelected()) {
                    suggestion.click();
                }
            }
        }
        new Select(browser.findElement(By.id("status"))).selectByValue("PUBLISHED");
        Browser.follow(browser, By.cssSelector("button[value=preview]"));
        assertThat(browser.findElement(By.cssSelector(".preview article.story h1")).getText())
            .isEqualTo("Laos and Azerbaijan Open a Culture Centre in Vientiane");
        assertThat(browser.findElement(By.cssSelector(".preview .story-tags")).getText()).contains("Elnur Mammadov")
            .contains("Laos");
        Browser.screenshots(browser, "newsroom-preview");

        Browser.follow(browser, By.cssSelector("button[value=save]"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("Saved.");

        browser.get(url("/"));
        assertThat(browser.findElement(By.cssSelector(".story-card h2 a")).getText())
            .isEqualTo("Laos and Azerbaijan Open a Culture Centre in Vientiane");
        browser.get(url("/articles/laos-and-azerbaijan-hold-first-political-consultation-to-boost-ties"));
        assertThat(browser.findElement(By.cssSelector(".related")).getText())
            .contains("Laos and Azerbaijan Open a Culture Centre in Vientiane");
        for (String country : new String[] { "laos", "azerbaijan" }) {
            browser.get(url("/countries/" + country));
            assertThat(browser.findElement(By.id("main")).getText())
                .contains("Laos and Azerbaijan Open a Culture Centre in Vientiane");
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
