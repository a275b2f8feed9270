package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.dateline.support.DataSourceProbe;
import news.dateline.support.DatelineTest;
import news.dateline.support.Editors;
import news.dateline.support.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An editor presses Save while PostgreSQL is gone (issue 14; the soak's bare 500): over
 * real HTTP with the sessions in PostgreSQL, so that not even the session can be read.
 * The answer is a 503 page with everything typed, escaped, and nothing is stored; once
 * the database is back, the same form saves. A stranger's or another site's post gets
 * nothing back. The configuration is HttpHardeningTest's, so both share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "dateline.scheduler.enabled=false", "dateline.http.bad-requests-logged-per-minute=5" })
@Import(DatelineTest.Clocks.class)
@ExtendWith(OutputCaptureExtension.class)
class SaveWhileDatabaseAwayTest {

    static final String PASSWORD = "quiet ferrets debate marmalade";

    static final String BOUNDARY = "----dateline-test-boundary";

    @LocalServerPort
    int port;

    @Autowired
    Editors editors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSourceProbe database;

    @Autowired
    MutableClock clock;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void databaseBack() {
        database.comeBack();
        clock.reset();
    }

    /**
     * A logged-in editor's cookies (session and editor mark) and the story form's token.
     */
    record Editor(String cookies, String token) {
    }

    Editor logIn() throws Exception {
        String name = editors.create("away", "Away", PASSWORD, Role.EDITOR);
        HttpResponse<String> form = get("/login", "");
        String loginToken = Jsoup.parse(form.body()).select("input[name=_csrf]").val();
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", pair(form, "XSRF-TOKEN"))
            .POST(HttpRequest.BodyPublishers
                .ofString("username=" + name + "&password=" + encoded(PASSWORD) + "&_csrf=" + encoded(loginToken))));
        assertThat(login.statusCode()).isEqualTo(302);
        String cookies = pair(login, "JSESSIONID") + "; " + pair(login, EditorMark.COOKIE);
        HttpResponse<String> story = get("/admin/articles/new", cookies);
        assertThat(story.statusCode()).isEqualTo(200);
        return new Editor(cookies, Jsoup.parse(story.body()).select("form.story-form input[name=_csrf]").val());
    }

    List<String[]> story(String headline, String body, String token) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] { "_csrf", token });
        fields.add(new String[] { "id", "" });
        fields.add(new String[] { "version", "" });
        fields.add(new String[] { "headline", headline });
        fields.add(new String[] { "standfirst", "A standfirst & its <em>markup</em>." });
        fields.add(new String[] { "body", body });
        fields.add(new String[] { "source", "Dateline staff" });
        fields.add(new String[] { "dateline", "Vientiane \"<Laos>\" & co" });
        fields.add(new String[] { "slug", "" });
        fields.add(new String[] { "publishedDate", LocalDate.now(ZoneOffset.UTC).toString() });
        fields.add(new String[] { "publishedTime", "" });
        fields.add(new String[] { "zone", "+07:00" });
        // a draft: the reader pages of other tests list the published stories of the
        // shared database
        fields.add(new String[] { "status", "DRAFT" });
        fields.add(new String[] { "language", "en" });
        fields.add(new String[] { "countries", "LA" });
        fields.add(new String[] { "action", "save" });
        return fields;
    }

    @Test
    void aSaveWhileTheDatabaseIsAwayGivesBackEverythingTypedStoresNothingAndTheSameFormSavesOnceItIsBack()
            throws Exception {
        Editor editor = logIn();
        String headline = "Floods <script>alert('x')</script> & \"rain\" " + UUID.randomUUID();
        String body = "Typed while the database was away.\n\n<img src=x onerror=alert(1)> and *Markdown*.";

        database.goAway();
        HttpResponse<String> away = post("/admin/articles", story(headline, body, editor.token()), editor.cookies(),
                "Origin", origin());
        database.comeBack();

        assertThat(away.statusCode()).isEqualTo(503);
        keep("newsroom-unsaved.html", away.body());
        assertThat(away.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(away.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(away.headers().allValues("Set-Cookie")).as("the session and the mark are kept").isEmpty();
        assertThat(away.body()).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<em>");
        Document page = Jsoup.parse(away.body());
        assertThat(page.select("[role=alert]").text()).isEqualTo(UnsavedStory.MESSAGE);
        assertThat(page.select("#headline").val()).isEqualTo(headline);
        assertThat(page.select("#standfirst").text()).isEqualTo("A standfirst & its <em>markup</em>.");
        assertThat(page.select("#body").first().wholeText()).isEqualTo(body);
        assertThat(page.select("dd").eachText()).contains("Dateline staff", "Vientiane \"<Laos>\" & co", "LA");
        assertThat(articles(headline)).isZero();
        assertThat(autosaved(headline)).isZero();

        HttpResponse<String> again = post(page.select("form.story-form").attr("action"), formOf(page, "save"),
                editor.cookies(), "Origin", origin());

        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).matches(".*/admin/articles/\\d+/edit");
        assertThat(articles(headline)).isEqualTo(1);
        assertThat(jdbc.sql("select body from article where headline = ?").param(headline).query(String.class).single())
            .isEqualTo(body);
        assertThat(jdbc.sql("""
                select count(*) from article_country ac join country c on c.id = ac.country_id
                join article a on a.id = ac.article_id where a.headline = ? and c.code = 'LA'""")
            .param(headline)
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    /**
     * What the 3-minute soak met: the story committed, and PostgreSQL stopped before the
     * session was written as the redirect went out. The save was done, so the editor is
     * sent to the story, not told that nothing was saved.
     */
    @Test
    void aSaveCommittedJustBeforeTheDatabaseWentIsAnsweredWithItsRedirect() throws Exception {
        Editor editor = logIn();
        String headline = "Saved just in time " + UUID.randomUUID();

        database.goAwayAt("UPDATE spring_session");
        HttpResponse<String> answer = post("/admin/articles", story(headline, "Body.", editor.token()),
                editor.cookies(), "Origin", origin());
        database.comeBack();

        assertThat(articles(headline)).isEqualTo(1);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).matches(".*/admin/articles/\\d+/edit");
        assertThat(get(answer.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", ""),
                editor.cookies())
            .statusCode()).isEqualTo(200);
    }

    /**
     * The save's COMMIT went out and its answer was lost with the connection (here the
     * commit is made, then fails as a broken socket would, and the database stays away):
     * the story may well be stored, so the page says so and where to look, never "nothing
     * was saved", and still gives back everything typed. Here it was stored, and the
     * story list shows it once the database is back.
     */
    @Test
    void aSaveWhoseCommitsAnswerWasLostSaysItMayHaveBeenSavedWhereToLookAndGivesBackTheText(CapturedOutput output)
            throws Exception {
        Editor editor = logIn();
        String mark = UUID.randomUUID().toString();
        String headline = "Perhaps saved " + mark;
        String body = "Typed as the connection broke under the commit.";

        int before = output.length();
        database.loseAnswerToCommitAfter("insert into article ", true);
        HttpResponse<String> answer = post("/admin/articles", story(headline, body, editor.token()), editor.cookies(),
                "Origin", origin());
        database.comeBack();
        String logged = output.toString().substring(before);

        assertThat(logged).as(logged).doesNotContain("ERROR").doesNotContain("\tat ");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        keep("newsroom-unsaved-in-doubt.html", answer.body());
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("30");
        Document page = Jsoup.parse(answer.body());
        assertThat(page.title()).isEqualTo("Perhaps saved · Dateline newsroom");
        assertThat(page.select("h1").text()).isEqualTo("Perhaps saved");
        assertThat(page.select("[role=alert]").text()).isEqualTo(UnsavedStory.IN_DOUBT_MESSAGE)
            .doesNotContain("nothing was saved");
        assertThat(page.select("main a[href=/admin]").text()).isEqualTo("Look in the story list");
        assertThat(page.select("#headline").val()).isEqualTo(headline);
        assertThat(page.select("#body").first().wholeText()).isEqualTo(body);
        assertThat(page.select("form.story-form button[value=save]").text()).isEqualTo("Save again");

        assertThat(articles(headline)).isEqualTo(1);
        HttpResponse<String> list = get("/admin?q=" + mark, editor.cookies());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(list.body()).select("main").text()).contains(headline);
    }

    /**
     * The same lost answer while the database itself stays up (one connection broken, the
     * session still written): the story form comes back with the same warning.
     */
    @Test
    void aLostAnswerToTheCommitWithTheDatabaseStillUpGivesTheFormBackWithTheSameWarning() throws Exception {
        Editor editor = logIn();
        String headline = "Perhaps saved, database up " + UUID.randomUUID();

        database.loseAnswerToCommitAfter("insert into article ", false);
        HttpResponse<String> answer = post("/admin/articles", story(headline, "Body kept.", editor.token()),
                editor.cookies(), "Origin", origin());
        database.comeBack();

        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("[role=alert]").text()).as(answer.body())
            .contains("so it may have been saved all the same")
            .contains("look for it in the story list before you save again")
            .doesNotContain("nothing was saved");
        assertThat(page.select("#headline").val()).isEqualTo(headline);
        assertThat(page.select("#body").first().wholeText()).isEqualTo("Body kept.");
        assertThat(articles(headline)).isEqualTo(1);
    }

    @Test
    void aStrangersOrAnotherSitesPostWhileTheDatabaseIsAwayGetsThePlainPageAndNothingBack() throws Exception {
        Editor editor = logIn();
        String headline = "Not for strangers " + UUID.randomUUID();
        List<String[]> form = story(headline, "A stranger's body " + headline, editor.token());

        String session = editor.cookies().substring(0, editor.cookies().indexOf(';'));

        database.goAway();
        HttpResponse<String> stranger = post("/admin/articles", form, "");
        HttpResponse<String> forgedMark = post("/admin/articles", form,
                session + "; " + EditorMark.COOKIE + "=YWJj.4102444800.forged", "Origin", origin());
        HttpResponse<String> otherSite = post("/admin/articles", form, editor.cookies(), "Origin",
                "https://evil.example");
        HttpResponse<String> otherSiteFetch = post("/admin/articles", form, editor.cookies(), "Sec-Fetch-Site",
                "cross-site");
        database.comeBack();

        // no session cookie: refused before the database is asked, as ever
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.body()).doesNotContain(headline);
        for (HttpResponse<String> answer : List.of(forgedMark, otherSite, otherSiteFetch)) {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo("Back in a moment");
            assertThat(answer.body()).doesNotContain(headline).doesNotContain(editor.token());
        }
        assertThat(articles(headline)).isZero();
    }

    @Test
    void anAutosaveOrAPageWithASessionWhileTheDatabaseIsAwayAnswers503AndLogsOneLine(CapturedOutput output)
            throws Exception {
        Editor editor = logIn();
        String headline = "Autosaved later " + UUID.randomUUID();
        clock.advance(Duration.ofSeconds(11));
        int before = output.length();

        database.goAway();
        HttpResponse<String> autosave = post("/admin/articles/autosave", story(headline, "Body.", editor.token()),
                editor.cookies(), "Origin", origin(), "Accept", "text/plain");
        HttpResponse<String> list = get("/admin", editor.cookies());
        HttpResponse<String> reader = get("/countries/laos", editor.cookies());
        String logged = output.toString().substring(before);
        database.comeBack();

        assertThat(autosave.statusCode()).isEqualTo(503);
        assertThat(autosave.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(autosave.body()).isEqualTo(UnsavedStory.AUTOSAVE_MESSAGE);
        assertThat(autosaved(headline)).isZero();
        for (HttpResponse<String> page : List.of(list, reader)) {
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("Back in a moment");
        }
        assertThat(logged).as(logged).doesNotContain("ERROR").doesNotContain("\tat ");
        assertThat(logged.lines().filter(line -> line.contains(" WARN "))).as(logged).hasSize(1);
        assertThat(get("/admin", editor.cookies()).statusCode()).isEqualTo(200);
    }

    /**
     * Keeps a page only a stopped database shows in {@code target/rendered-pages/}, where
     * {@code scripts/page-check} finds it for the Nu Html Checker and axe-core.
     */
    static void keep(String file, String html) throws java.io.IOException {
        java.nio.file.Path pages = java.nio.file.Path.of("target", "rendered-pages");
        java.nio.file.Files.createDirectories(pages);
        java.nio.file.Files.writeString(pages.resolve(file), html);
    }

    long articles(String headline) {
        return jdbc.sql("select count(*) from article where headline = ?").param(headline).query(Long.class).single();
    }

    long autosaved(String headline) {
        return jdbc.sql("select count(*) from story_autosave where headline = ?")
            .param(headline)
            .query(Long.class)
            .single();
    }

    /**
     * The fields of the page's story form as a browser would post them with
     * {@code action}.
     */
    static List<String[]> formOf(Document page, String action) {
        List<String[]> fields = new ArrayList<>();
        for (Element input : page.select("form.story-form input[name]")) {
            fields.add(new String[] { input.attr("name"), input.val() });
        }
        for (Element area : page.select("form.story-form textarea[name]")) {
            fields.add(new String[] { area.attr("name"), area.wholeText() });
        }
        fields.add(new String[] { "action", action });
        return fields;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    String origin() {
        return "http://localhost:" + port;
    }

    HttpResponse<String> get(String path, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return send(request.GET());
    }

    /** A multipart post, as the story form sends it. */
    HttpResponse<String> post(String path, List<String[]> fields, String cookies, String... headers) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : fields) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** {@code name=value} of a cookie the answer set. */
    static String pair(HttpResponse<?> answer, String name) {
        return answer.headers()
            .allValues("Set-Cookie")
            .stream()
            .filter(cookie -> cookie.startsWith(name + "="))
            .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + answer.headers().map()));
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
