package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.dateline.support.DatelineTest;
import news.dateline.web.ReaderCache;
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

/** People, countries and events in the newsroom, over HTTP on the real database. */
@DatelineTest
class GraphAdminTest {

    static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");
    static final String SEED_ARTICLE = "laos-azerbaijan-mark-30-years-with-stronger-bilateral-ties";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReaderCache.Evictor caches;

    /** Slugs of the people and events this class created, removed after each test. */
    final List<String> people = new ArrayList<>();

    final List<String> events = new ArrayList<>();

    @AfterEach
    void removeWhatWasCreated() {
        people.forEach(slug -> jdbc.sql("delete from person where slug = ?").param(slug).update());
        events.forEach(slug -> jdbc.sql("delete from event where slug = ?").param(slug).update());
        caches.evictAll();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "x");
    }

    static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static MultiValueMap<String, String> person(String name, String role, String country, String aliases) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", name);
        form.add("role", role);
        form.add("country", country);
        form.add("aliases", aliases);
        return form;
    }

    /**
     * The version the edit form at {@code path} was filled from, as its hidden field
     * carries it.
     */
    String storedVersion(String path) throws Exception {
        String version = html(mvc.get().uri(path).with(EDITOR).exchange()).select("form input[name=version]").val();
        assertThat(version).isNotBlank();
        return version;
    }

    /** Creates a person through the form; returns the slug. */
    String createPerson(String name, String aliases) {
        MvcTestResult result = mvc.post()
            .uri("/admin/people")
            .with(EDITOR)
            .with(csrf())
            .params(person(name, "Test role", "LA", aliases))
            .exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getMvcResult().getFlashMap().get("saved")).isEqualTo("Saved.");
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/admin/people/[a-z0-9-]+/edit");
        String slug = location.substring("/admin/people/".length(), location.length() - "/edit".length());
        people.add(slug);
        return slug;
    }

    @Test
    void theGraphPagesNeedAnEditor() {
        for (String page : List.of("/admin/people", "/admin/countries", "/admin/events", "/admin/people/new",
                "/admin/events/new")) {
            MvcTestResult anonymous = mvc.get().uri(page).exchange();
            assertThat(anonymous).hasStatus3xxRedirection();
            assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
            assertThat(mvc.get().uri(page).with(EDITOR).exchange()).hasStatusOk();
        }
        assertThat(mvc.get().uri("/admin/people/nobody-at-all/edit").with(EDITOR).exchange())
            .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/admin/countries/QQ/edit").with(EDITOR).exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aNewPersonIsInTheListAndFoundByAliasWithAccentsFolded() throws Exception {
        String tag = unique();
        String slug = createPerson("Bùi Thị Test " + tag, "Madame Bùi " + tag + "\n\n  Ms Test " + tag + "  \n");

        assertThat(slug).isEqualTo("bui-thi-test-" + tag);
        Document edit = html(
                mvc.get().uri("/admin/people/" + slug + "/edit").with(EDITOR).flashAttr("saved", "Saved.").exchange());
        assertThat(edit.select(".notice").text()).isEqualTo("Saved.");
        assertThat(edit.select("#name").val()).isEqualTo("Bùi Thị Test " + tag);
        assertThat(edit.select("#country").val()).isEqualTo("LA");
        assertThat(edit.select("#aliases").text()).contains("Madame Bùi " + tag, "Ms Test " + tag);

        Document list = html(mvc.get().uri("/admin/people").with(EDITOR).exchange());
        assertThat(list.select("nav a").eachText()).contains("People", "Countries", "Events");
        assertThat(list.select("h1")).hasSize(1);
        Document found = html(mvc.get().uri("/admin/people").param("q", "MADAME BUI " + tag).with(EDITOR).exchange());
        assertThat(found.select("tbody tr")).hasSize(1);
        assertThat(found.select("tbody th a").text()).isEqualTo("Bùi Thị Test " + tag);
        assertThat(found.select("tbody th a").attr("href")).isEqualTo("/admin/people/" + slug + "/edit");
        assertThat(found.select("tbody td").eachText()).containsExactly("Test role", "Laos", "0");

        String same = createPerson("Bui Thi Test " + tag, "");
        assertThat(same).isEqualTo(slug + "-2");
    }

    @Test
    void renamingKeepsTheSlug() throws Exception {
        String tag = unique();
        String slug = createPerson("Renamed Person " + tag, "");
        MultiValueMap<String, String> renamed = person("Another Name " + tag, "", "", "");
        renamed.add("version", storedVersion("/admin/people/" + slug + "/edit"));

        MvcTestResult result = mvc.post()
            .uri("/admin/people/" + slug)
            .with(EDITOR)
            .with(csrf())
            .params(renamed)
            .exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/people/" + slug + "/edit");
        assertThat(jdbc.sql("select name from person where slug = ?").param(slug).query(String.class).single())
            .isEqualTo("Another Name " + tag);
        assertThat(
                jdbc.sql("select count(*) from person_alias pa join person p on p.id = pa.person_id where p.slug = ?")
                    .param(slug)
                    .query(Long.class)
                    .single())
            .isZero();
        assertThat(jdbc.sql(
                "select string_agg(action, ',' order by id) from audit_log where entity_type = 'PERSON' and summary like ?")
            .param("%/people/" + slug)
            .query(String.class)
            .single()).isEqualTo("CREATED,EDITED");
    }

    @Test
    void errorsAreShownNextToTheirFieldAndEverythingTypedIsKept() throws Exception {
        String tag = unique();
        MvcTestResult result = mvc.post()
            .uri("/admin/people")
            .with(EDITOR)
            .with(csrf())
            .params(person("", "Kept role " + tag, "ZZ", "Kept alias " + tag))
            .exchange();

        assertThat(result).hasStatusOk();
        Document page = html(result);
        assertThat(page.select("#name-error").text()).isEqualTo("Give the person's name.");
        assertThat(page.select("#country-error").text()).isEqualTo("There is no country with the code ZZ.");
        assertThat(page.select("#country").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#role").val()).isEqualTo("Kept role " + tag);
        assertThat(page.select("#country").val()).isEqualTo("ZZ");
        assertThat(page.select("#aliases").text()).isEqualTo("Kept alias " + tag);
        assertThat(page.select(".error-summary a").eachAttr("href")).contains("#name", "#country");
        assertThat(jdbc.sql("select count(*) from person where role = ?")
            .param("Kept role " + tag)
            .query(Long.class)
            .single()).isZero();
        Document longAlias = html(mvc.post()
            .uri("/admin/people")
            .with(EDITOR)
            .with(csrf())
            .params(person("Long Alias " + tag, "", "la", "Fine alias\n" + "x".repeat(201)))
            .exchange());
        assertThat(longAlias.select("#aliases-error").text()).startsWith("An alias has at most 200 characters");
        assertThat(longAlias.select("#country-error")).isEmpty();

        MultiValueMap<String, String> event = event("Bad event " + tag, "1995-13", "LA, XX", "to-lam, nobody-" + tag);
        event.set("endDate", "1990-01-01");
        Document eventPage = html(mvc.post().uri("/admin/events").with(EDITOR).with(csrf()).params(event).exchange());
        assertThat(eventPage.select("#date-error").text()).contains("1995-05");
        assertThat(eventPage.select("#countries-error").text()).isEqualTo("No country has the code XX.");
        assertThat(eventPage.select("#people-error").text()).isEqualTo("No person has the slug nobody-" + tag + ".");
        assertThat(eventPage.select(".error-summary a").eachAttr("href")).containsExactly("#date", "#countries",
                "#people");
        assertThat(eventPage.select("#title").val()).isEqualTo("Bad event " + tag);
        assertThat(eventPage.select("#countries").val()).isEqualTo("LA, XX");

        event.set("date", "1995-05");
        event.set("countries", "");
        event.set("people", "");
        Document before = html(mvc.post().uri("/admin/events").with(EDITOR).with(csrf()).params(event).exchange());
        assertThat(before.select("#endDate-error").text()).isEqualTo("The end date is before the event's start.");
        assertThat(before.select("#endDate").val()).isEqualTo("1990-01-01");
        event.set("date", "0000");
        event.set("endDate", "");
        assertThat(html(mvc.post().uri("/admin/events").with(EDITOR).with(csrf()).params(event).exchange())
            .select("#date-error")
            .text()).contains("a year from 1800 to 2100");
        assertThat(jdbc.sql("select count(*) from event where title = ?")
            .param("Bad event " + tag)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void aNewCountryAliasMakesSearchFindTheCountry() throws Exception {
        String alias = "Kampuchea " + unique();
        Document list = html(mvc.get().uri("/admin/countries").with(EDITOR).exchange());
        assertThat(list.select("tbody th a").eachText()).contains("Laos", "Azerbaijan").doesNotContain("Zambia");
        assertThat(html(mvc.get().uri("/admin/countries").param("q", "zambia").with(EDITOR).exchange())
            .select("tbody th a")
            .eachText()).containsExactly("Zambia");

        Document edit = html(mvc.get().uri("/admin/countries/KH/edit").with(EDITOR).exchange());
        String aliases = edit.select("#aliases").text();
        String demonyms = edit.select("#demonyms").val();
        assertThat(edit.select("h1").text()).isEqualTo("Cambodia");
        assertThat(demonyms).contains("Cambodian");
        try {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("aliases", aliases + "\n" + alias);
            form.add("demonyms", demonyms);
            MvcTestResult saved = mvc.post()
                .uri("/admin/countries/KH")
                .with(EDITOR)
                .with(csrf())
                .params(form)
                .exchange();
            assertThat(saved).hasStatus3xxRedirection();
            assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/countries/KH/edit");

            Document search = html(mvc.get().uri("/search").param("q", alias.toLowerCase()).exchange());
            assertThat(search.select("#entities-heading").text()).isEqualTo("People, countries and events");
            assertThat(search.select("#entities-heading + .tags a").eachAttr("href"))
                .containsExactly("/countries/cambodia");
            assertThat(html(mvc.get().uri("/admin/countries").param("q", alias).with(EDITOR).exchange())
                .select("tbody th a")
                .eachText()).containsExactly("Cambodia");

            form.set("demonyms", demonyms + "\n" + alias);
            Document both = html(
                    mvc.post().uri("/admin/countries/KH").with(EDITOR).with(csrf()).params(form).exchange());
            assertThat(both.select("#demonyms-error").text()).contains("already an alias");
            assertThat(both.select("#demonyms").val()).endsWith(alias);
        }
        finally {
            MultiValueMap<String, String> original = new LinkedMultiValueMap<>();
            original.add("aliases", aliases);
            original.add("demonyms", demonyms);
            assertThat(mvc.post().uri("/admin/countries/KH").with(EDITOR).with(csrf()).params(original).exchange())
                .hasStatus3xxRedirection();
        }
        assertThat(html(mvc.get().uri("/search").param("q", alias).exchange()).select("#entities-heading")).isEmpty();
    }

    static MultiValueMap<String, String> event(String title, String date, String countries, String people) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("title", title);
        form.add("kind", "consultations");
        form.add("summary", "Officials met to test the newsroom.");
        form.add("date", date);
        form.add("endDate", "");
        form.add("place", "Vientiane");
        form.add("countries", countries);
        form.add("people", people);
        return form;
    }

    @Test
    void anEventDatedToTheMonthIsOnItsPublicPage() throws Exception {
        String title = "Test consultations " + unique();
        MvcTestResult result = mvc.post()
            .uri("/admin/events")
            .with(EDITOR)
            .with(csrf())
            .params(event(title, "1995-05", "la, AZ", "to-lam"))
            .exchange();

        assertThat(result).hasStatus3xxRedirection();
        String slug = news.dateline.shared.Slugs.of(title) + "-1995";
        events.add(slug);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/events/" + slug + "/edit");

        Document page = html(mvc.get().uri("/events/" + slug).exchange());
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.select("time").attr("datetime")).isEqualTo("1995-05");
        assertThat(page.select("time").text()).isEqualTo("May 1995");
        assertThat(page.select("#countries-heading + .tags a").eachText()).containsExactly("Azerbaijan", "Laos");
        assertThat(page.select("#people-heading + .tags a").eachText()).containsExactly("Tô Lâm");

        Document list = html(mvc.get().uri("/admin/events").with(EDITOR).exchange());
        assertThat(list.select("tbody tr")
            .stream()
            .filter(tr -> tr.text().contains(title))
            .findFirst()
            .orElseThrow()
            .select("td")
            .eachText()).containsExactly("May 1995", "Vientiane", "0");

        Document edit = html(mvc.get().uri("/admin/events/" + slug + "/edit").with(EDITOR).exchange());
        assertThat(edit.select("#date").val()).isEqualTo("1995-05");
        assertThat(edit.select("#countries").val()).isEqualTo("AZ, LA");
        MultiValueMap<String, String> changed = event(title + " renamed", "1995-05-08", "LA", "");
        changed.set("endDate", "1995-05-10");
        changed.add("version", edit.select("input[name=version]").val());
        assertThat(mvc.post().uri("/admin/events/" + slug).with(EDITOR).with(csrf()).params(changed).exchange())
            .hasStatus3xxRedirection();
        Document after = html(mvc.get().uri("/events/" + slug).exchange());
        assertThat(after.select("h1").text()).isEqualTo(title + " renamed");
        assertThat(after.select("time").text()).isEqualTo("8 May 1995 to 10 May 1995");
        assertThat(after.select("#countries-heading + .tags a").eachText()).containsExactly("Laos");
        assertThat(after.select("#people-heading")).isEmpty();
    }

    @Test
    void mergingTwoPeopleKeepsEveryMentionAndTheOldSlugRedirects() throws Exception {
        String tag = unique();
        String keeper = createPerson("Merge Keeper " + tag, "");
        String other = createPerson("Merge Other " + tag, "M. Other " + tag);
        String third = createPerson("Merge Third " + tag, "");
        long article = jdbc.sql("select id from article where slug = ?").param(SEED_ARTICLE).query(Long.class).single();
        jdbc.sql(
                "insert into article_person (article_id, person_id, mentions) select ?, id, 2 from person where slug = ?")
            .params(article, other)
            .update();
        jdbc.sql(
                "insert into article_person (article_id, person_id, mentions) select ?, id, 1 from person where slug = ?")
            .params(article, keeper)
            .update();
        jdbc.sql(
                """
                        insert into event_person (event_id, person_id)
                        select e.id, p.id from event e, person p where e.slug = 'azerbaijan-laos-diplomatic-relations-1995' and p.slug = ?""")
            .param(other)
            .update();

        assertThat(mvc.post()
            .uri("/admin/people/" + other + "/merge")
            .param("from", third)
            .with(EDITOR)
            .with(csrf())
            .exchange()).hasStatus3xxRedirection();
        MvcTestResult merged = mvc.post()
            .uri("/admin/people/" + keeper + "/merge")
            .param("from", other)
            .with(EDITOR)
            .with(csrf())
            .exchange();

        assertThat(merged).hasStatus3xxRedirection();
        assertThat(merged.getResponse().getRedirectedUrl()).isEqualTo("/admin/people/" + keeper + "/edit");
        assertThat(jdbc.sql("select count(*) from person where slug in (?, ?)")
            .params(other, third)
            .query(Long.class)
            .single()).isZero();
        assertThat(jdbc.sql("""
                select p.slug, ap.mentions from article_person ap join person p on p.id = ap.person_id
                where ap.article_id = ? and p.slug like ?""")
            .params(article, "merge-%-" + tag)
            .query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2))
            .list()).containsExactly(keeper + "=3");
        assertThat(html(mvc.get().uri("/articles/" + SEED_ARTICLE).exchange()).select("a[href=/people/" + keeper + "]"))
            .isNotEmpty();
        assertThat(html(mvc.get().uri("/events/azerbaijan-laos-diplomatic-relations-1995").exchange())
            .select("#people-heading + .tags a")
            .eachText()).contains("Merge Keeper " + tag);

        for (String old : List.of(other, third)) {
            MvcTestResult redirect = mvc.get().uri("/people/" + old).exchange();
            assertThat(redirect).hasStatus(HttpStatus.MOVED_PERMANENTLY);
            assertThat(redirect.getResponse().getHeader("Location")).endsWith("/people/" + keeper);
        }
        Document page = html(mvc.get().uri("/people/" + keeper).exchange());
        assertThat(page.text()).contains("Merge Other " + tag, "M. Other " + tag, "Merge Third " + tag);
        assertThat(jdbc.sql(
                "select alias from person_alias pa join person p on p.id = pa.person_id where p.slug = ? order by alias")
            .param(keeper)
            .query(String.class)
            .list()).containsExactly("M. Other " + tag, "Merge Other " + tag, "Merge Third " + tag);
        assertThat(jdbc.sql("select summary from audit_log where action = 'MERGED' order by id desc limit 1")
            .query(String.class)
            .single())
            .isEqualTo("Merge Other " + tag + " /people/" + other + " into Merge Keeper " + tag + " /people/" + keeper);

        String again = createPerson("Merge Other " + tag, "");
        assertThat(again).isEqualTo(other + "-2");
    }

    @Test
    void aPersonCannotBeMergedIntoThemselvesOrAnUnknownPerson() throws Exception {
        String slug = createPerson("Lonely Person " + unique(), "");

        MvcTestResult self = mvc.post()
            .uri("/admin/people/" + slug + "/merge")
            .param("from", slug)
            .with(EDITOR)
            .with(csrf())
            .exchange();

        assertThat(self).hasStatusOk();
        Document page = html(self);
        assertThat(page.select("#from-error").text())
            .isEqualTo("A person cannot be merged into themselves: choose another person.");
        assertThat(page.select("#from option").eachAttr("value")).doesNotContain(slug).contains("", "to-lam");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from person where slug = ?").param(slug).query(Long.class).single())
            .isOne();
        assertThat(jdbc
            .sql("select count(*) from person_slug_redirect where person_id = (select id from person where slug = ?)")
            .param(slug)
            .query(Long.class)
            .single()).isZero();

        Document unknown = html(mvc.post()
            .uri("/admin/people/" + slug + "/merge")
            .param("from", "nobody-here")
            .with(EDITOR)
            .with(csrf())
            .exchange());
        assertThat(unknown.select("#from-error").text()).isEqualTo("There is no person with the slug nobody-here.");
    }

    @Test
    void twoEditorsSavingTheSamePersonNeverLoseAChange() throws Exception {
        String tag = unique();
        String slug = createPerson("Shared Person " + tag, "");
        String version = storedVersion("/admin/people/" + slug + "/edit");
        MultiValueMap<String, String> first = person("Shared Person " + tag, "Ambassador", "LA", "");
        first.add("version", version);
        MultiValueMap<String, String> second = person("Shared Person " + tag, "Deputy Minister", "VN", "Alias " + tag);
        second.add("version", version);

        assertThat(mvc.post().uri("/admin/people/" + slug).with(EDITOR).with(csrf()).params(first).exchange())
            .hasStatus3xxRedirection();
        MvcTestResult stale = mvc.post()
            .uri("/admin/people/" + slug)
            .with(user("flo").roles("EDITOR"))
            .with(csrf())
            .params(second)
            .exchange();

        assertThat(stale).hasStatusOk();
        Document page = html(stale);
        assertThat(page.select(".error-summary a[href=#version]").text()).startsWith("Someone else saved this person");
        assertThat(page.select("#version dd").eachText()).contains("Ambassador", "LA");
        assertThat(page.select("#role").val()).isEqualTo("Deputy Minister");
        assertThat(page.select("#aliases").text()).isEqualTo("Alias " + tag);
        assertThat(jdbc.sql("select role from person where slug = ?").param(slug).query(String.class).single())
            .isEqualTo("Ambassador");

        second.set("version", page.select("form input[name=version]").val());
        assertThat(mvc.post()
            .uri("/admin/people/" + slug)
            .with(user("flo").roles("EDITOR"))
            .with(csrf())
            .params(second)
            .exchange()).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select role from person where slug = ?").param(slug).query(String.class).single())
            .isEqualTo("Deputy Minister");
        assertThat(jdbc.sql(
                "select string_agg(actor || ':' || action, ',' order by id) from audit_log where entity_type = 'PERSON' and summary like ?")
            .param("%/people/" + slug)
            .query(String.class)
            .single()).isEqualTo("ed:CREATED,ed:EDITED,flo:EDITED");
    }

    @Test
    void aStaleEventFormShowsTheirVersionAndKeepsOurs() throws Exception {
        String title = "Stale consultations " + unique();
        assertThat(mvc.post()
            .uri("/admin/events")
            .with(EDITOR)
            .with(csrf())
            .params(event(title, "2001", "LA", ""))
            .exchange()).hasStatus3xxRedirection();
        String slug = news.dateline.shared.Slugs.of(title) + "-2001";
        events.add(slug);
        String version = storedVersion("/admin/events/" + slug + "/edit");
        MultiValueMap<String, String> theirs = event(title, "2001-03", "LA", "");
        theirs.add("version", version);
        MultiValueMap<String, String> ours = event(title + " (ours)", "2001-04-02", "LA, VN", "");
        ours.add("version", version);

        assertThat(mvc.post().uri("/admin/events/" + slug).with(EDITOR).with(csrf()).params(theirs).exchange())
            .hasStatus3xxRedirection();
        Document page = html(mvc.post().uri("/admin/events/" + slug).with(EDITOR).with(csrf()).params(ours).exchange());

        assertThat(page.select("#version dd").eachText()).contains("2001-03");
        assertThat(page.select("#title").val()).isEqualTo(title + " (ours)");
        assertThat(page.select("#date").val()).isEqualTo("2001-04-02");
        assertThat(jdbc.sql("select date_precision from event where slug = ?").param(slug).query(String.class).single())
            .isEqualTo("MONTH");
    }

}
