package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import news.dateline.support.DataSourceProbe;
import news.dateline.support.DatelineTest;
import news.dateline.support.StoryForms;
import news.dateline.support.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The newsroom's rules over HTTP, on the real database. */
@DatelineTest
class NewsroomTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    Newsroom newsroom;

    @Autowired
    DataSourceProbe database;

    static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");
    static final RequestPostProcessor OTHER_EDITOR = user("flo").roles("EDITOR");

    @AfterEach
    void reset() {
        clock.reset();
        database.comeBack();
    }

    MultiValueMap<String, String> story(String headline, String body, String status) {
        return StoryForms.story(headline, body, status);
    }

    long create(MultiValueMap<String, String> form) {
        MvcTestResult result = mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange();
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/admin/articles/\\d+/edit");
        return Long.parseLong(location.replaceAll("\\D+", ""));
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anonymousReadersGetTheLoginPageAndEditorsCannotManageAccounts() {
        MvcTestResult anonymous = mvc.get().uri("/admin").exchange();
        assertThat(anonymous).hasStatus3xxRedirection();
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");

        assertThat(mvc.get().uri("/admin/accounts").with(EDITOR).exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/audit").with(EDITOR).exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/accounts").with(user("root").roles("EDITOR", "ADMIN")).exchange())
            .hasStatusOk();
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        MvcTestResult result = mvc.post()
            .uri("/admin/articles")
            .with(EDITOR)
            .params(story(unique("No token"), "Body.", "DRAFT"))
            .exchange();

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void nothingUnderAdminIsCached() {
        MvcTestResult result = mvc.get().uri("/admin").with(EDITOR).exchange();

        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store").contains("private");
    }

    @Test
    void errorsAreShownNextToTheirFieldAndEverythingTypedIsKept() throws Exception {
        MultiValueMap<String, String> form = story("", "A body worth keeping, with “quotes” and Tô Lâm.", "PUBLISHED");
        form.set("publishedDate", "2025-02-31");
        form.set("slug", "Not A Slug!");

        MvcTestResult result = mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange();

        assertThat(result).hasStatusOk();
        Document page = html(result);
        assertThat(page.select("#headline-error").text()).isEqualTo("Give the story a headline.");
        assertThat(page.select("#slug-error").text()).contains("lowercase letters");
        assertThat(page.select("#publishedDate-error").text()).contains("2025-12-31");
        assertThat(page.select("#body").text()).isEqualTo("A body worth keeping, with “quotes” and Tô Lâm.");
        assertThat(page.select("#slug").val()).isEqualTo("Not A Slug!");
        assertThat(page.select("#publishedDate").val()).isEqualTo("2025-02-31");
    }

    @Test
    void aStoryWrittenInMarkdownIsSummedUpOnListsAndInFeedsByTheTextReadersSee() throws Exception {
        String headline = unique("Laos and Azerbaijan sign a Markdown memorandum");
        create(story(headline, """
                **VIENTIANE**, Nov 30 -- The *two* ministers signed it, [the ministry said](https://example.org/mou), \
                AT&T \\* not a mark.

                Second paragraph.""", "PUBLISHED"));
        String expected = "VIENTIANE, Nov 30 -- The two ministers signed it, the ministry said, AT&T * not a mark.";

        Document home = html(mvc.get().uri("/").exchange());
        org.jsoup.nodes.Element card = home.select(".story-card")
            .stream()
            .filter(c -> c.text().contains(headline))
            .findFirst()
            .orElseThrow();
        assertThat(card.select(".summary").text()).isEqualTo(expected);

        String feed = mvc.get().uri("/feed.xml").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.jsoup.nodes.Element entry = Jsoup.parse(feed, org.jsoup.parser.Parser.xmlParser())
            .select("entry")
            .stream()
            .filter(e -> e.select("title").text().equals(headline))
            .findFirst()
            .orElseThrow();
        assertThat(entry.select("summary").text()).isEqualTo(expected);
    }

    @Test
    void aPublishedStoryIsOnTheHomePageAndEverySaveIsARevisionInTheAuditLog() {
        String headline = unique("Laos and Azerbaijan agree a culture plan");
        long id = create(story(headline, "Laos and Azerbaijan agreed a culture plan in Vientiane.", "PUBLISHED"));

        assertThat(mvc.get().uri("/").exchange()).bodyText().contains(headline);
        assertThat(jdbc.sql("select count(*) from article_revision where article_id = ?")
            .param(id)
            .query(Long.class)
            .single()).isEqualTo(1);
        assertThat(jdbc.sql(
                "select string_agg(action, ',' order by id) from audit_log where entity_type = 'ARTICLE' and entity_id = ? and actor = 'ed'")
            .param(id)
            .query(String.class)
            .single()).isEqualTo("CREATED,PUBLISHED");
    }

    @Test
    void twoEditorsSavingTheSameVersionNeverLoseAnUpdate() throws Exception {
        long id = create(story(unique("Shared story"), "First text.", "DRAFT"));
        String version = jdbc.sql("select version::text from article where id = ?")
            .param(id)
            .query(String.class)
            .single();
        String headline = jdbc.sql("select headline from article where id = ?").param(id).query(String.class).single();

        MultiValueMap<String, String> mine = story(headline, "Ed's text.", "DRAFT");
        mine.add("id", String.valueOf(id));
        mine.add("version", version);
        MultiValueMap<String, String> theirs = story(headline, "Flo's text.", "DRAFT");
        theirs.add("id", String.valueOf(id));
        theirs.add("version", version);

        MvcTestResult first = mvc.post().uri("/admin/articles/" + id).with(EDITOR).with(csrf()).params(mine).exchange();
        MvcTestResult second = mvc.post()
            .uri("/admin/articles/" + id)
            .with(OTHER_EDITOR)
            .with(csrf())
            .params(theirs)
            .exchange();

        assertThat(first).hasStatus3xxRedirection();
        assertThat(second).hasStatusOk();
        Document conflict = html(second);
        assertThat(conflict.select("h1").text()).isEqualTo("Someone saved this story first");
        assertThat(conflict.select("#body").text()).isEqualTo("Flo's text.");
        assertThat(conflict.select("pre").text()).isEqualTo("Ed's text.");
        assertThat(jdbc.sql("select body from article where id = ?").param(id).query(String.class).single())
            .isEqualTo("Ed's text.");
        assertThat(jdbc.sql("select body from article_revision where article_id = ? order by id")
            .param(id)
            .query(String.class)
            .list()).contains("Ed's text.", "Flo's text.");
    }

    @Test
    void aChangedSlugAnswers301AndADeletedStoryAnswers410() {
        String headline = unique("Renamed story");
        long id = create(story(headline, "Text of a story that will move.", "PUBLISHED"));
        String oldSlug = jdbc.sql("select slug from article where id = ?").param(id).query(String.class).single();
        String version = jdbc.sql("select version::text from article where id = ?")
            .param(id)
            .query(String.class)
            .single();

        MultiValueMap<String, String> renamed = story(headline, "Text of a story that will move.", "PUBLISHED");
        renamed.add("id", String.valueOf(id));
        renamed.add("version", version);
        renamed.set("slug", oldSlug + "-moved");
        assertThat(mvc.post().uri("/admin/articles/" + id).with(EDITOR).with(csrf()).params(renamed).exchange())
            .hasStatus3xxRedirection();

        MvcTestResult old = mvc.get().uri("/articles/" + oldSlug).exchange();
        assertThat(old).hasStatus(HttpStatus.MOVED_PERMANENTLY);
        assertThat(old.getResponse().getHeader("Location")).endsWith("/articles/" + oldSlug + "-moved");

        assertThat(mvc.post().uri("/admin/articles/" + id + "/unpublish").with(EDITOR).with(csrf()).exchange())
            .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/articles/" + oldSlug + "-moved").exchange()).hasStatus(HttpStatus.NOT_FOUND);

        assertThat(mvc.post().uri("/admin/articles/" + id + "/delete").with(EDITOR).with(csrf()).exchange())
            .hasStatus3xxRedirection();
        MvcTestResult gone = mvc.get().uri("/articles/" + oldSlug + "-moved").exchange();
        assertThat(gone).hasStatus(HttpStatus.GONE);
        assertThat(gone).bodyText().contains("This story was withdrawn");
        assertThat(jdbc.sql(
                "select string_agg(action, ',' order by id) from audit_log where entity_type = 'ARTICLE' and entity_id = ?")
            .param(id)
            .query(String.class)
            .single()).contains("UNPUBLISHED").contains("DELETED");
    }

    @Test
    void aScheduledStoryAppearsAtItsTime() {
        String headline = unique("Scheduled story");
        MultiValueMap<String, String> form = story(headline, "This appears later.", "SCHEDULED");
        var at = clock.instant().plus(Duration.ofHours(2)).atOffset(ZoneOffset.ofHours(7));
        form.set("publishedDate", at.toLocalDate().toString());
        form.set("publishedTime", at.toLocalTime().withSecond(0).withNano(0).toString());
        create(form);

        newsroom.publishScheduled();
        assertThat(mvc.get().uri("/").exchange()).bodyText().doesNotContain(headline);

        clock.advance(Duration.ofHours(3));
        assertThat(newsroom.publishScheduled()).isNotEmpty();
        assertThat(mvc.get().uri("/").exchange()).bodyText().contains(headline);
    }

    @Test
    void pastingAWireStoryFillsTheFormAndSuggestsWhoAndWhat() throws Exception {
        MultiValueMap<String, String> form = story("", "", "DRAFT");
        form.add("wire",
                """
                        Laos and Azerbaijan Sign Culture Plan

                         date 2025-12-20 MENAFN - Trend News Agency)Deputy Foreign Minister Maythong Thammavongsa and Elnur Mammadov signed a culture plan in Vientiane, Trend reports.
                        """);
        form.set("action", "paste");

        MvcTestResult result = mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange();

        assertThat(result).hasStatusOk();
        Document page = html(result);
        assertThat(page.select("#headline").val()).isEqualTo("Laos and Azerbaijan Sign Culture Plan");
        assertThat(page.select("#source").val()).isEqualTo("Trend News Agency");
        assertThat(page.select("#publishedDate").val()).isEqualTo("2025-12-20");
        assertThat(page.select("input[name=people]").eachAttr("value")).contains("maithong-thammavongsa",
                "elnur-mammadov");
        assertThat(page.select("input[name=countries]").eachAttr("value")).contains("LA", "AZ");
    }

    @Test
    void pastingAStoryWithASummaryUnderItsHeadlineFillsTheStandfirst() throws Exception {
        MultiValueMap<String, String> form = story("", "", "DRAFT");
        form.add("wire", """
                Laos pins sea-access hopes on a Vietnamese port

                Landlocked country seeks a cheaper route to the sea as Thai ports dominate its trade

                December 2, 2026 05:00 JST

                VIENTIANE -- Laos is betting on a Vietnamese deep-sea port to cut the cost of its trade.
                """);
        form.set("action", "paste");

        Document page = html(mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange());

        assertThat(page.select("#standfirst").val())
            .isEqualTo("Landlocked country seeks a cheaper route to the sea as Thai ports dominate its trade");
        assertThat(page.select("#body").val()).contains("Laos is betting").doesNotContain("Landlocked");
    }

    /**
     * A verb or pronoun a sentence fragment opens with, never a noun phrase naming a
     * happening.
     */
    private static final java.util.regex.Pattern FRAGMENT_START = java.util.regex.Pattern
        .compile("(?i)^(?:asked|said|noted|agreed|met|held|visited|signed|attended|received|he|she|they|it|we)\\b.*");

    /**
     * The new events and the known events the newsroom suggests for a pasted wire story.
     */
    private record Suggested(List<String> newEvents, List<String> knownEvents) {

        List<String> all() {
            return java.util.stream.Stream.concat(newEvents.stream(), knownEvents.stream()).toList();
        }
    }

    private Suggested suggestedForPasted(String file) throws Exception {
        MultiValueMap<String, String> form = story("", "", "DRAFT");
        form.add("wire", java.nio.file.Files.readString(java.nio.file.Path.of(file)));
        form.set("action", "paste");
        Document page = html(mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange());
        assertThat(page.select("#headline").val()).isNotBlank();
        return new Suggested(
                page.select(".candidates button")
                    .eachAttr("value")
                    .stream()
                    .map(value -> TagPicker.EventCandidate.fromAction(value).title())
                    .toList(),
                page.select("input[name=events]")
                    .stream()
                    .map(box -> box.parent().selectFirst("span").text())
                    .toList());
    }

    @Test
    void aPastedStorysSuggestedEventsAreNounPhrasesAndIncludeItsMainEvent() throws Exception {
        Suggested kpl = suggestedForPasted("corpus/stories/001-kpl-vietnam-laos-intergovernmental-committee.txt");
        assertThat(kpl.newEvents()).as("the issue's own example")
            .anyMatch(title -> title.contains("47th")
                    && title.toLowerCase(java.util.Locale.ROOT).contains("intergovernmental committee"))
            .noneMatch(title -> FRAGMENT_START.matcher(title).matches())
            .allMatch(news.dateline.ingest.recognition.EventTitles::namesAHappening);

        Suggested xinhua = suggestedForPasted("corpus/stories/009-xinhua-xi-aliyev-partnership.txt");
        assertThat(xinhua.all()).anyMatch(title -> title.contains("comprehensive strategic partnership"));
        assertThat(xinhua.newEvents()).noneMatch(title -> FRAGMENT_START.matcher(title).matches())
            .allMatch(news.dateline.ingest.recognition.EventTitles::namesAHappening);

        Suggested seed = suggestedForPasted("seeds/001_94abdc3e01e3173c.txt");
        assertThat(seed.knownEvents())
            .anyMatch(title -> title.startsWith("First Azerbaijan–Laos political consultations"));
        assertThat(seed.newEvents()).noneMatch(title -> FRAGMENT_START.matcher(title).matches())
            .allMatch(news.dateline.ingest.recognition.EventTitles::namesAHappening);
    }

    @Test
    void previewShowsTheStoryAsReadersWillWithoutSavingIt() throws Exception {
        String headline = unique("Preview only");
        MultiValueMap<String, String> form = story(headline, "Some **bold** words.", "DRAFT");
        form.set("action", "preview");

        MvcTestResult result = mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange();

        Document page = html(result);
        assertThat(page.select(".preview article.story h1").text()).isEqualTo(headline);
        assertThat(page.select(".preview .story-body strong").text()).isEqualTo("bold");
        assertThat(
                jdbc.sql("select count(*) from article where headline = ?").param(headline).query(Long.class).single())
            .isZero();

        form.add("people", "elnur-mammadov");
        form.add("countries", "LA");
        Document tagged = html(mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange());
        assertThat(tagged.select(".preview #related-heading").text()).isEqualTo("Related news");
        assertThat(tagged.select(".preview .sidebar li a").eachText())
            .contains("Laos and Azerbaijan Hold First Political Consultation to Boost Ties");
        assertThat(tagged.select(".preview .sidebar .why").eachText()).anyMatch(why -> why.contains("Elnur Mammadov"));
    }

    @Test
    void hostileInputNeverRunsOnThePublicPage() throws Exception {
        String headline = unique("<script>alert('h')</script><img src=x onerror=alert(1)>");
        String body = """
                <script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3))
                <svg onload=alert(4)><a href="javascript:alert(5)">x</a></svg> <iframe src="https://evil.example"></iframe>
                \u202e\u0000 very long: %s"""
            .formatted("ຂ".repeat(3000));
        MultiValueMap<String, String> form = story(headline, body, "PUBLISHED");
        String hostile = "\"><script>alert('x')</script><svg onload=alert(1)>";
        form.set("standfirst", "Standfirst " + hostile);
        form.set("source", "Agency " + hostile);
        form.set("dateline", "Place " + hostile);
        long id = create(form);
        String slug = jdbc.sql("select slug from article where id = ?").param(id).query(String.class).single();

        MvcTestResult result = mvc.get().uri("/articles/" + slug).exchange();

        assertThat(result).hasStatusOk();
        Document page = html(result);
        assertThat(page.select("h1").text()).startsWith("<script>alert('h')</script>");
        assertThat(page.select(".story-body script, .story-body iframe, .story-body svg, .story-body img[onerror]"))
            .isEmpty();
        assertThat(page.select("[onerror], [onload]")).isEmpty();
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
        assertThat(page.select("svg")).isEmpty();
        assertThat(page.select(".standfirst").text()).contains("<script>alert('x')</script>");
        assertThat(page.select(".byline").text()).contains("Agency \"><script>").contains("Place \"><script>");
        for (String path : List.of("/", "/feed.xml", "/news-sitemap.xml", "/search?q=script")) {
            assertThat(mvc.get().uri(path).exchange()).as(path)
                .bodyText()
                .doesNotContain("<script>alert")
                .doesNotContain("<svg onload");
        }
        assertThat(mvc.get().uri("/admin/articles/" + id + "/edit").with(EDITOR).exchange()).hasStatusOk();
        assertThat(html(mvc.get().uri("/admin/articles/" + id + "/edit").with(EDITOR).exchange())
            .select("[onerror], [onload], body script")).isEmpty();
    }

    @Test
    void aPersonTheRecognizerMissedIsCreatedFromTheStoryFormAndTagged() throws Exception {
        String name = unique("Bounthavy Sisouphanh");
        MultiValueMap<String, String> form = story(unique("A Lao envoy in Baku"),
                name + " presented her credentials in Baku.", "PUBLISHED");
        form.add("newPersonName", name);
        form.add("newPersonRole", "Ambassador of Laos to Azerbaijan");
        form.add("newPersonCountry", "LA");

        long id = create(form);

        var person = jdbc.sql("""
                select p.slug, p.role, c.code from person p join article_person ap on ap.person_id = p.id
                left join country c on c.id = p.country_id where ap.article_id = ? and p.name = ?""")
            .params(id, name)
            .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
            .single();
        assertThat(person.subList(1, 3)).containsExactly("Ambassador of Laos to Azerbaijan", "LA");
        Document edit = html(mvc.get().uri("/admin/articles/" + id + "/edit").with(EDITOR).exchange());
        assertThat(edit.select("input[name=people][checked]").eachAttr("value")).containsExactly(person.getFirst());
        assertThat(edit.select("#newPersonName").val()).isEmpty();
        assertThat(mvc.get().uri("/people/" + person.getFirst()).exchange()).hasStatusOk()
            .bodyText()
            .contains("Ambassador of Laos to Azerbaijan")
            .contains("A Lao envoy in Baku");
    }

    @Test
    void aPersonAlreadyKnownIsOfferedInsteadOfCreatedTwice() throws Exception {
        long before = jdbc.sql("select count(*) from person").query(Long.class).single();
        String headline = unique("Tô Lâm receives a guest");
        MultiValueMap<String, String> form = story(headline, "General Secretary To Lam received a guest.", "DRAFT");
        form.add("newPersonName", "to lam");
        form.add("newPersonRole", "General Secretary");

        MvcTestResult refused = mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange();

        assertThat(refused).hasStatusOk();
        Document page = html(refused);
        assertThat(page.select("#newPersonName-error").text()).contains("already known as Tô Lâm (to-lam)");
        assertThat(page.select("input[name=people][value=to-lam]")).hasSize(1);
        assertThat(page.select("#newPersonName").val()).isEqualTo("to lam");
        assertThat(page.select("#newPersonRole").val()).isEqualTo("General Secretary");
        assertThat(
                jdbc.sql("select count(*) from article where headline = ?").param(headline).query(Long.class).single())
            .isZero();

        form.add("people", "to-lam");
        long id = create(form);

        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc
            .sql("select p.slug from person p join article_person ap on ap.person_id = p.id where ap.article_id = ?")
            .param(id)
            .query(String.class)
            .list()).containsExactly("to-lam");
    }

    @Test
    void aMissingEventIsCreatedFromTheStoryFormWithItsCountriesAndPeople() {
        String title = unique("Lao–Azerbaijani culture days");
        MultiValueMap<String, String> form = story(unique("Culture days open"), "Culture days opened in Vientiane.",
                "PUBLISHED");
        form.add("countries", "LA");
        form.add("countries", "AZ");
        form.add("people", "elnur-mammadov");
        form.add("newEventTitle", title);
        form.add("newEventDate", "2025-11");
        form.add("newEventPlace", "Vientiane");

        long id = create(form);

        var event = jdbc.sql("""
                select e.slug, e.date_precision, e.place from event e join article_event ae on ae.event_id = e.id
                where ae.article_id = ? and e.title = ?""")
            .params(id, title)
            .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
            .single();
        assertThat(event.subList(1, 3)).containsExactly("MONTH", "Vientiane");
        assertThat(jdbc
            .sql("""
                    select string_agg(c.code, ',' order by c.code) from event_country ec join country c on c.id = ec.country_id
                    join event e on e.id = ec.event_id where e.slug = ?""")
            .param(event.getFirst())
            .query(String.class)
            .single()).isEqualTo("AZ,LA");
        assertThat(mvc.get().uri("/events/" + event.getFirst()).exchange()).hasStatusOk().bodyText().contains(title);
    }

    @Test
    void aNewEventWithoutItsDateIsRefusedAndKept() throws Exception {
        MultiValueMap<String, String> form = story(unique("Half an event"), "Body.", "DRAFT");
        form.add("newEventTitle", "Culture days");
        form.add("newPersonCountry", "XX");

        Document page = html(mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange());
        form.add("newEventDate", "1995-13");
        form.set("publishedDate", "0001-01-01");
        Document impossible = html(mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange());

        assertThat(page.select("#newEventTitle-error").text()).isEqualTo("A new event needs both a title and a date.");
        assertThat(page.select("#newPersonCountry-error").text())
            .isEqualTo("Choose the person's country from the list.");
        assertThat(page.select("#newEventTitle").val()).isEqualTo("Culture days");
        assertThat(impossible.select("#newEventDate-error").text()).startsWith("There is no such date");
        assertThat(impossible.select("#publishedDate-error").text())
            .isEqualTo("A story is published between 1900 and 2100.");
        assertThat(impossible.select("#newEventDate").val()).isEqualTo("1995-13");
    }

    @Test
    void aDatabaseBrieflyAwayLosesNothingTypedAndTheSameFormSavesOnceItIsBack() throws Exception {
        String headline = unique("Saved on the second try");
        MultiValueMap<String, String> form = story(headline,
                "A body typed while the database restarted, with *Markdown*.", "PUBLISHED");
        form.set("standfirst", "Its standfirst.");
        form.add("countries", "LA");
        form.add("newPersonName", unique("Khamphao Ernthavanh"));
        form.add("newPersonCountry", "LA");

        database.goAway();
        MvcTestResult away = mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange();
        database.comeBack();

        assertThat(away).hasStatusOk();
        Document page = html(away);
        assertThat(page.select("[role=alert]").text()).contains("The database did not answer, so nothing was saved");
        assertThat(page.select("#headline").val()).isEqualTo(headline);
        assertThat(page.select("#standfirst").text()).isEqualTo("Its standfirst.");
        assertThat(page.select("#body").text())
            .isEqualTo("A body typed while the database restarted, with *Markdown*.");
        assertThat(page.select("input[name=countries][checked]").eachAttr("value")).containsExactly("LA");
        assertThat(page.select("#newPersonName").val()).isEqualTo(form.getFirst("newPersonName"));
        assertThat(page.select("#newPersonCountry option[selected]").val()).isEqualTo("LA");
        assertThat(
                jdbc.sql("select count(*) from article where headline = ?").param(headline).query(Long.class).single())
            .isZero();

        MultiValueMap<String, String> again = new LinkedMultiValueMap<>();
        page.select("form.story-form input[name]:not([type=checkbox]), form.story-form select[name]")
            .forEach(input -> again.add(input.attr("name"),
                    input.is("select") ? input.select("option[selected]").val() : input.val()));
        page.select("form.story-form textarea[name]").forEach(area -> again.add(area.attr("name"), area.text()));
        page.select("form.story-form input[type=checkbox][checked]")
            .forEach(box -> again.add(box.attr("name"), box.val()));
        again.set("action", "save");
        long id = create(again);
        assertThat(jdbc.sql("select count(*) from article_person where article_id = ?")
            .param(id)
            .query(Long.class)
            .single()).isEqualTo(1);
        assertThat(mvc.get().uri("/").exchange()).bodyText().contains(headline);
    }

    /**
     * What the soak met when PostgreSQL stopped under a save: the save's own connection
     * is ended midway (here by a trigger ending its own backend, as a fast shutdown
     * does), the pool closes it, and the rollback then fails on the closed connection.
     */
    @Test
    void aSaveCutOffWhenTheDatabaseStopsSaysTheDatabaseWasAwayAndKeepsEverythingTyped() throws Exception {
        String headline = unique("Cut off by a restart");
        MultiValueMap<String, String> form = story(headline, "A body typed as the database stopped.", "PUBLISHED");
        jdbc.sql("""
                create function cut_off_save() returns trigger language plpgsql as $$
                begin
                    perform pg_terminate_backend(pg_backend_pid());
                    return new;
                end $$""").update();
        jdbc.sql("create trigger cut_off_save before insert on article for each row when (new.headline = '" + headline
                + "') execute function cut_off_save()")
            .update();
        Document page;
        try {
            page = html(mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange());
        }
        finally {
            jdbc.sql("drop trigger cut_off_save on article").update();
            jdbc.sql("drop function cut_off_save()").update();
        }

        assertThat(page.select("[role=alert]").text()).contains("The database did not answer, so nothing was saved");
        assertThat(page.select("#headline").val()).isEqualTo(headline);
        assertThat(page.select("#body").text()).isEqualTo("A body typed as the database stopped.");
        assertThat(
                jdbc.sql("select count(*) from article where headline = ?").param(headline).query(Long.class).single())
            .isZero();
        assertThat(create(form)).isPositive();
    }

    @Test
    void aStoryOpenWhileItsPersonIsMergedKeepsTheTagOnSave() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "x");
        for (String slug : List.of("keeper-" + tag, "duplicate-" + tag)) {
            jdbc.sql("insert into person (slug, name, created_at, updated_at) values (?, ?, now(), now())")
                .params(slug, "Person " + slug)
                .update();
        }
        MultiValueMap<String, String> form = story(unique("Tagged before a merge"), "Body.", "DRAFT");
        form.add("people", "duplicate-" + tag);
        long id = create(form);
        Document open = html(mvc.get().uri("/admin/articles/" + id + "/edit").with(EDITOR).exchange());

        assertThat(mvc.post()
            .uri("/admin/people/keeper-" + tag + "/merge")
            .param("from", "duplicate-" + tag)
            .with(OTHER_EDITOR)
            .with(csrf())
            .exchange()).hasStatus3xxRedirection();
        form.set("id", String.valueOf(id));
        form.set("version", open.select("input[name=version]").val());
        form.set("body", "Body, edited after the merge.");
        assertThat(mvc.post().uri("/admin/articles/" + id).with(EDITOR).with(csrf()).params(form).exchange())
            .hasStatus3xxRedirection();

        assertThat(jdbc
            .sql("select p.slug from article_person ap join person p on p.id = ap.person_id where ap.article_id = ?")
            .param(id)
            .query(String.class)
            .list()).containsExactly("keeper-" + tag);
    }

    @Test
    void aSourceIsTheAgencyWhateverItsCaseAndALongOneIsSavedWhole() {
        long before = jdbc.sql("select count(*) from agency").query(Long.class).single();
        MultiValueMap<String, String> form = story(unique("Agency by another spelling"), "Body.", "DRAFT");
        form.set("source", "trend news agency");
        long sameAgency = create(form);
        String longName = (unique("Agency") + " with a very long name".repeat(10)).substring(0, 200);
        MultiValueMap<String, String> longer = story(unique("Long agency"), "Body.", "DRAFT");
        longer.set("source", longName);
        long newAgency = create(longer);

        String agencyOf = "select g.name from article a join agency g on g.id = a.agency_id where a.id = ?";
        assertThat(jdbc.sql(agencyOf).param(sameAgency).query(String.class).single()).isEqualTo("Trend News Agency");
        assertThat(jdbc.sql(agencyOf).param(newAgency).query(String.class).single()).isEqualTo(longName);
        assertThat(jdbc.sql("select count(*) from agency").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void storyListsDateAStoryOnItsOwnDayNotUtcs() throws Exception {
        // three days ago: lists show a story of the last day as "5 hours ago", whatever
        // the hour of the run
        LocalDate today = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        String headline = unique("Filed at dawn in Vientiane");
        MultiValueMap<String, String> form = story(headline, "Laos and Azerbaijan met at dawn.", "PUBLISHED");
        form.set("publishedDate", today.toString());
        form.set("publishedTime", "01:30");
        form.set("zone", "+07:00");
        form.add("countries", "LA");
        form.add("people", "to-lam");
        create(form);
        String day = today
            .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.ENGLISH));

        for (String path : List.of("/countries/laos", "/people/to-lam")) {
            Document page = html(mvc.get().uri(path).exchange());
            var time = page.select("li:has(a:containsOwn(" + headline + ")) time");
            assertThat(time.attr("datetime")).as(path).isEqualTo(today.toString());
            assertThat(time.text()).as(path).isEqualTo(day);
        }
    }

    @Test
    void thePickerFindsPeopleCountriesAndEventsByAliasWithoutJavaScript() throws Exception {
        MultiValueMap<String, String> form = story(unique("Picked by hand"), "Body.", "DRAFT");
        form.set("action", "find");

        form.set("find", "kazan brics");
        Document event = html(mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange());
        form.set("find", "to lam");
        Document person = html(mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange());
        form.set("find", "viet nam");
        Document country = html(mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange());

        assertThat(event.select("input[name=events]").eachAttr("value"))
            .contains("aliyev-sisoulith-meeting-kazan-2024");
        assertThat(person.select("input[name=people]").eachAttr("value")).containsExactly("to-lam");
        assertThat(country.select("input[name=countries]").eachAttr("value")).contains("VN");
        assertThat(event.select("#headline").val()).startsWith("Picked by hand");
    }

    @Test
    void everyEditIsAuditedButOnlyAStatusChangeCountsAsPublishingOrUnpublishing() throws Exception {
        MultiValueMap<String, String> form = story(unique("Audited story"), "First text.", "PUBLISHED");
        form.add("newPersonName", unique("Audited Newcomer"));
        long id = create(form);
        for (String status : List.of("PUBLISHED", "DRAFT")) {
            Document open = html(mvc.get().uri("/admin/articles/" + id + "/edit").with(EDITOR).exchange());
            form.set("id", String.valueOf(id));
            form.set("version", open.select("input[name=version]").val());
            form.set("people", open.select("input[name=people][checked]").val());
            form.remove("newPersonName");
            form.set("status", status);
            form.set("body", "Text for " + status + ".");
            assertThat(mvc.post().uri("/admin/articles/" + id).with(EDITOR).with(csrf()).params(form).exchange())
                .hasStatus3xxRedirection();
        }

        assertThat(jdbc.sql(
                "select string_agg(action, ',' order by id) from audit_log where entity_type = 'ARTICLE' and entity_id = ?")
            .param(id)
            .query(String.class)
            .single()).isEqualTo("CREATED,PUBLISHED,EDITED,EDITED,UNPUBLISHED");
        assertThat(jdbc.sql(
                "select count(*) from audit_log where entity_type = 'PERSON' and action = 'CREATED' and actor = 'ed' and summary like ?")
            .param("Audited Newcomer%")
            .query(Long.class)
            .single()).isPositive();
    }

    @Test
    void theStoryListFindsStoriesByHeadlineWordsAndStatus() throws Exception {
        String word = "Quokka" + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "q");
        create(story("Draft about the " + word + " visit", "Body one.", "DRAFT"));
        create(story("Published: the " + word.toUpperCase() + " visit ends", "Body two.", "PUBLISHED"));

        Document all = html(mvc.get().uri("/admin").param("q", word.toLowerCase()).with(EDITOR).exchange());
        Document drafts = html(
                mvc.get().uri("/admin").param("q", word).param("status", "DRAFT").with(EDITOR).exchange());
        Document none = html(mvc.get().uri("/admin").param("q", word + " 100%_").with(EDITOR).exchange());
        Document nul = html(mvc.get().uri("/admin").param("q", word + "\u0000").with(EDITOR).exchange());

        assertThat(all.select("tbody tr")).hasSize(2);
        assertThat(drafts.select("tbody td.headline a").eachText())
            .containsExactly("Draft about the " + word + " visit");
        assertThat(drafts.select("#status option[selected]").val()).isEqualTo("DRAFT");
        assertThat(drafts.select("#q").val()).isEqualTo(word);
        assertThat(none.select(".empty").text()).isEqualTo("No story matches.");
        assertThat(nul.select("tbody tr")).hasSize(2);
        for (String list : List.of("/admin/people", "/admin/countries", "/admin/events")) {
            assertThat(mvc.get().uri(list).param("q", "a\u0000").with(EDITOR).exchange()).as(list).hasStatusOk();
        }
    }

    @Test
    void aDamagedFormIsToldSoAndKeepsItsText() throws Exception {
        MultiValueMap<String, String> form = story(unique("Damaged form"), "Every word kept.", "DRAFT");
        form.set("id", "abc");
        form.set("version", "1; drop table article");

        MvcTestResult result = mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange();

        assertThat(result).hasStatusOk();
        Document page = html(result);
        assertThat(page.select(".error-summary li").eachText()).contains("Reload the page: the form is damaged.");
        assertThat(page.select("#body").text()).isEqualTo("Every word kept.");
    }

    @Test
    void anAdminCreatesAccountsAndEveryMistakeIsToldAtItsField() throws Exception {
        RequestPostProcessor admin = user("root").roles("EDITOR", "ADMIN");
        String name = "newbie-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "an uncommon kettle of ferrets";

        MvcTestResult created = mvc.post()
            .uri("/admin/accounts")
            .with(admin)
            .with(csrf())
            .param("username", name)
            .param("displayName", "New Bie")
            .param("password", password)
            .param("role", "ADMIN")
            .exchange();
        assertThat(created).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select role from editor where username = ?").param(name).query(String.class).single())
            .isEqualTo("ADMIN");

        record Case(String username, String displayName, String password, String field, String message) {
        }
        for (Case c : List.of(
                new Case(name, "Again", password, "username", "There is already an account named " + name + "."),
                new Case("x", "", password, "username", "3 to 60 letters"),
                new Case(name + "-2", "N".repeat(121), password, "displayName", "at most 120 characters"),
                new Case(name + "-3", "", "short", "password", "at least 12 characters"),
                new Case(name + "-4", "", "ຜ".repeat(30), "password", "at most 72 bytes"),
                new Case(name + "-5", "", "aaaaaaaaaaaa", "password", "too easy to guess. Repeats"),
                new Case(name + "-6", "", "password1234", "password", "too easy to guess. This is a top-10"),
                new Case(name + "-7", "", (name + "-7").repeat(3), "password", "contains the account's name"),
                new Case(name + "-8", "", " ".repeat(12), "password", "cannot be only spaces"))) {
            MvcTestResult refused = mvc.post()
                .uri("/admin/accounts")
                .with(admin)
                .with(csrf())
                .param("username", c.username())
                .param("displayName", c.displayName())
                .param("password", c.password())
                .param("role", "ADMIN")
                .exchange();
            assertThat(refused).as(c.field()).hasStatusOk();
            Document page = html(refused);
            assertThat(page.select("#" + c.field() + "-error").text()).as(c.field()).contains(c.message());
            assertThat(page.select("#username").val()).isEqualTo(c.username());
            assertThat(page.select("#role option[selected]").val()).isEqualTo("ADMIN");
        }
        assertThat(jdbc.sql("select count(*) from editor where username like ?")
            .param(name + "-%")
            .query(Long.class)
            .single()).isZero();
        assertThat(mvc.post()
            .uri("/admin/accounts")
            .with(EDITOR)
            .with(csrf())
            .param("username", name + "-5")
            .param("password", password)
            .exchange()).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void savingAStoryDeletedMeanwhileSavesNothingKeepsTheTextAndOffersANewStory() throws Exception {
        String headline = unique("Deleted while open");
        MultiValueMap<String, String> form = story(headline, "The text an editor is still working on.", "PUBLISHED");
        long id = create(form);
        Document open = html(mvc.get().uri("/admin/articles/" + id + "/edit").with(EDITOR).exchange());
        assertThat(mvc.post().uri("/admin/articles/" + id + "/delete").with(OTHER_EDITOR).with(csrf()).exchange())
            .hasStatus3xxRedirection();

        form.set("id", String.valueOf(id));
        form.set("version", open.select("input[name=version]").val());
        form.set("slug", open.select("#slug").val());
        form.set("body", "The text, improved after the other editor deleted the story.");
        MvcTestResult stale = mvc.post().uri("/admin/articles/" + id).with(EDITOR).with(csrf()).params(form).exchange();

        assertThat(stale).hasStatusOk();
        Document page = html(stale);
        assertThat(page.select("[role=alert]").text())
            .contains("This story was deleted while you were editing it, so nothing was saved");
        assertThat(page.select("#body").text())
            .isEqualTo("The text, improved after the other editor deleted the story.");
        assertThat(page.select("input[name=id]").val()).isEmpty();
        assertThat(page.select("form.story-form").attr("action")).isEqualTo("/admin/articles");
        String slug = open.select("#slug").val();
        assertThat(mvc.get().uri("/articles/" + slug).exchange()).hasStatus(HttpStatus.GONE);

        form.set("id", "");
        form.set("version", "");
        form.set("slug", slug + "-again");
        long again = create(form);
        assertThat(again).isNotEqualTo(id);
        assertThat(mvc.get().uri("/articles/" + slug + "-again").exchange()).bodyText()
            .contains("improved after the other editor");
    }

    @Test
    void aHappeningTheTextReportsFillsTheNewEventInputsInOneClickAndIsCreatedOnlyOnSave() throws Exception {
        String headline = unique("Ministers meet");
        MultiValueMap<String, String> form = story(headline, "The ministers met on 8 December in Vientiane.", "DRAFT");
        form.set("publishedDate", "2025-12-10");
        form.set("action", "suggest");

        Document suggested = html(mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange());
        var button = suggested.select(".candidates button").first();
        assertThat(button).isNotNull();
        assertThat(suggested.select(".candidates li").text()).contains("8 December 2025").contains("Vientiane");

        form.set("action", button.val());
        Document filled = html(mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange());

        assertThat(filled.select("#newEventDate").val()).isEqualTo("2025-12-08");
        assertThat(filled.select("#newEventPlace").val()).isEqualTo("Vientiane");
        assertThat(filled.select("#newEventTitle").val()).isNotBlank();
        assertThat(filled.select("#headline").val()).isEqualTo(headline);
        assertThat(jdbc.sql("select count(*) from event where title = ?")
            .param(filled.select("#newEventTitle").val())
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void aSuggestedNewPersonAddedByAnotherEditorMeanwhileIsTaggedNotCreatedAgain() {
        String name = unique("Somchai Vongsavanh");
        MultiValueMap<String, String> first = story(unique("First mention"), name + " spoke.", "DRAFT");
        first.add("people", "new:" + name + "|Ambassador|LA");
        MultiValueMap<String, String> second = story(unique("Second mention"), name + " spoke again.", "DRAFT");
        second.add("people", "new:" + name.toUpperCase() + "|Ambassador|LA");

        long a = create(first);
        long b = create(second);

        assertThat(jdbc.sql("select count(*) from person where dl_fold(name) = dl_fold(?)")
            .param(name)
            .query(Long.class)
            .single()).isOne();
        String tagged = "select p.slug from article_person ap join person p on p.id = ap.person_id where ap.article_id = ?";
        assertThat(jdbc.sql(tagged).param(b).query(String.class).list())
            .isEqualTo(jdbc.sql(tagged).param(a).query(String.class).list())
            .hasSize(1);
    }

}
