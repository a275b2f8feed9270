package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.dateline.event.Events;
import news.dateline.shared.PartialDate;
import news.dateline.support.DatelineTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The indexes a reader expects (issue 12): people, events, relations, sources, the about
 * page; the navigation, breadcrumbs and footer every page shares. On the five seed
 * stories.
 */
@DatelineTest
class ReaderIndexesTest {

    static final String SEED = "/articles/laos-and-azerbaijan-hold-first-political-consultation-to-boost-ties";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReaderCache.Evictor caches;

    @Autowired
    Events events;

    /** A to Z as readers read it: accents and case ignored. */
    static final java.util.Comparator<String> BY_FOLDED_NAME = java.util.Comparator
        .comparing(name -> java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT));

    Document page(String url) throws Exception {
        MvcTestResult result = mvc.get().uri(url).exchange();
        assertThat(result).as(url).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void everyPageLinksToEveryIndexAndHasAFooterWithFeedsAboutCorrectionsAndContact() throws Exception {
        for (String url : List.of("/", SEED, "/people", "/events", "/relations", "/sources", "/about",
                "/countries/laos")) {
            Document page = page(url);
            assertThat(page.select("header nav a").eachAttr("href")).as(url)
                .contains("/", "/countries", "/relations", "/people", "/events", "/sources", "/search");
            var footer = page.select("footer.site-footer");
            assertThat(footer.select("a").eachAttr("href")).as(url)
                .contains("/about", "/about#corrections", "/about#contact");
            assertThat(footer.select("a[type=application/atom+xml]").eachAttr("href")).as(url)
                .contains("http://localhost:8080/feed.xml");
        }
        assertThat(page("/countries/laos").select("footer a[type=application/atom+xml]").eachText())
            .contains("Laos (Atom feed)");
    }

    @Test
    void breadcrumbsAreVisibleAndSayWhatTheJsonLdSays() throws Exception {
        Document article = page(SEED);
        var crumbs = article.select("nav.breadcrumbs li a");
        assertThat(crumbs).hasSize(3);
        assertThat(crumbs.get(0).text()).isEqualTo("Dateline");
        assertThat(crumbs.get(1).attr("href")).startsWith("/countries/");
        assertThat(crumbs.get(2).text())
            .isEqualTo("Laos and Azerbaijan Hold First Political Consultation to Boost Ties");
        assertThat(crumbs.last().attr("aria-current")).isEqualTo("page");
        String jsonLd = article.select("script[type=application/ld+json]").html();
        assertThat(jsonLd).contains("BreadcrumbList").contains("\"name\":\"" + crumbs.get(1).text() + "\"");

        assertThat(page("/people/to-lam").select("nav.breadcrumbs a").eachText()).containsExactly("Dateline", "People",
                "Tô Lâm");
        assertThat(page("/relations/azerbaijan/laos").select("nav.breadcrumbs a").eachText())
            .containsExactly("Dateline", "Relations", "Azerbaijan–Laos relations");
        assertThat(page("/events").select("nav.breadcrumbs a").eachText()).containsExactly("Dateline", "Events");
        assertThat(page("/").select("nav.breadcrumbs")).isEmpty();
    }

    @Test
    void peopleAreListedFromAToZWithTheirRolesAndCountries() throws Exception {
        Document people = page("/people");

        var names = people.select(".index-list li > a").eachText();
        assertThat(names).contains("Maithong Thammavongsa", "Tô Lâm", "Ilham Aliyev");
        assertThat(names).isSortedAccordingTo(BY_FOLDED_NAME);
        assertThat(people.select(".index-list li").text()).contains("Vietnam");
        assertThat(people.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/people");

        var fromT = page("/people?letter=t").select(".index-list li > a").eachText();
        assertThat(fromT).contains("Tô Lâm").doesNotContain("Ilham Aliyev");
        assertThat(mvc.get().uri("/people?letter=7").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/people?after=x").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aLongIndexOfPeopleGoesOnPageAfterPageWithoutRepeatingAnyone() throws Exception {
        long event = jdbc.sql("select id from event order by id limit 1").query(Long.class).single();
        List<Long> added = new ArrayList<>();
        try {
            for (int i = 0; i < 75; i++) {
                long id = jdbc.sql("insert into person (slug, name) values (?, ?) returning id")
                    .params("index-test-" + i, "Index Test Person %02d".formatted(i))
                    .query(Long.class)
                    .single();
                jdbc.sql("insert into event_person (event_id, person_id) values (?, ?)").params(event, id).update();
                added.add(id);
            }
            caches.evictAll();
            List<String> seen = new ArrayList<>();
            String url = "/people";
            int pages = 0;
            while (url != null) {
                Document page = page(url);
                seen.addAll(page.select(".index-list li > a").eachText());
                var next = page.select("a[rel=next]");
                url = next.isEmpty() ? null : next.attr("href");
                pages++;
                assertThat(pages).isLessThan(10);
            }
            assertThat(pages).isGreaterThanOrEqualTo(2);
            assertThat(seen).doesNotHaveDuplicates()
                .contains("Index Test Person 00", "Index Test Person 74", "Tô Lâm", "Ilham Aliyev");
            assertThat(Set.copyOf(seen)).hasSameSizeAs(seen);
        }
        finally {
            added.forEach(id -> jdbc.sql("delete from person where id = ?").param(id).update());
            caches.evictAll();
        }
    }

    @Test
    void eventsAreListedLatestFirstOrFromAToZWithTheirKindInWords() throws Exception {
        Document events = page("/events");

        var dates = events.select(".event-index time").eachAttr("datetime");
        assertThat(dates).isNotEmpty();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.<String>naturalOrder().reversed());
        var consultations = events.select(".event-index li")
            .stream()
            .filter(li -> li.select("a").text().equals("First Azerbaijan–Laos political consultations"))
            .findFirst()
            .orElseThrow();
        assertThat(consultations.text()).contains("8 December 2025")
            .contains("Political consultations")
            .contains("Vientiane")
            .contains("Azerbaijan, Laos");

        var titles = page("/events?sort=az").select(".event-index li > a").eachText();
        assertThat(titles).isSortedAccordingTo(BY_FOLDED_NAME);
        assertThat(mvc.get().uri("/events?sort=sideways").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aNewEventReachesTheIndexOfEventsAtOnce() throws Exception {
        page("/events");
        var added = events.add(
                new Events.Details("Index test summit", "summit", null, PartialDate.parse("2099"), null, null),
                List.of(), List.of());
        try {
            assertThat(page("/events").select(".event-index li > a").eachText()).first().isEqualTo("Index test summit");
        }
        finally {
            jdbc.sql("delete from event where id = ?").param(added.id()).update();
            caches.evictAll();
        }
    }

    @Test
    void relationsListEveryPairWithItsEventsAndStories() throws Exception {
        Document relations = page("/relations");

        var rows = relations.select(".index-table tbody tr");
        var laos = rows.stream()
            .filter(row -> row.select("a").text().equals("Azerbaijan–Laos"))
            .findFirst()
            .orElseThrow();
        assertThat(laos.select("a").attr("href")).isEqualTo("/relations/azerbaijan/laos");
        assertThat(Integer.parseInt(laos.select("td").get(0).text())).isGreaterThanOrEqualTo(2);
        assertThat(Integer.parseInt(laos.select("td").get(1).text())).isGreaterThanOrEqualTo(2);
        assertThat(rows.select("a").eachText()).contains("Azerbaijan–Vietnam");
    }

    @Test
    void sourcesListTheAgenciesAndEachOnesStories() throws Exception {
        Document sources = page("/sources");

        var kpl = sources.select(".source-list li")
            .stream()
            .filter(li -> li.text().contains("Lao News Agency"))
            .findFirst()
            .orElseThrow();
        assertThat(kpl.text()).contains("stories").contains("latest 10 December 2025");

        Document agency = page(kpl.select("a").attr("href"));
        assertThat(agency.select("h1").text()).contains("Lao News Agency");
        assertThat(agency.select(".story-card h2 a").eachText())
            .contains("Laos and Azerbaijan Hold First Political Consultation to Boost Ties");
        assertThat(agency.select("nav.breadcrumbs a").eachText()).startsWith("Dateline", "Sources");
        assertThat(mvc.get().uri("/sources/no-such-agency").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theAboutPageHasACorrectionsPolicyAndAContact() throws Exception {
        Document about = page("/about");

        assertThat(about.select("h1").text()).isEqualTo("About Dateline");
        assertThat(about.select("#corrections").text()).isEqualTo("Corrections");
        assertThat(about.select("#contact ~ p a[href^=mailto:]")).isNotEmpty();
        assertThat(about.title()).isEqualTo("About Dateline · Dateline");
        assertThat(about.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/about");
    }

    @Test
    void theNotFoundPageOffersASearchAndTheLatestHeadlines() throws Exception {
        MvcTestResult result = mvc.get().uri("/articles/no-such-story-at-all").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("main form[role=search]").attr("action")).isEqualTo("/search");
        assertThat(page.select("main form input[name=q]")).hasSize(1);
        assertThat(page.select("#latest-heading + .link-list a")).hasSizeBetween(1, 5);
        assertThat(page.select("#latest-heading + .link-list a").eachAttr("href"))
            .allMatch(h -> h.startsWith("/articles/"));
    }

    @Test
    void theEventPageSaysItsKindInWords() throws Exception {
        assertThat(
                page("/events/azerbaijan-laos-first-political-consultations-2025").select(".facts .fact-list").text())
            .contains("Kind Political consultations")
            .doesNotContain("consultations consultations");
    }

    @Test
    void theSectionsSitemapListsTheIndexes() throws Exception {
        MvcTestResult result = mvc.get().uri("/sitemaps/sections.xml").exchange();
        assertThat(result).hasStatusOk();
        String xml = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String path : List.of("/people", "/events", "/relations", "/sources", "/about")) {
            assertThat(xml).contains("<loc>http://localhost:8080" + path + "</loc>");
        }
        assertThat(xml).contains("http://localhost:8080/sources/");
    }

}
