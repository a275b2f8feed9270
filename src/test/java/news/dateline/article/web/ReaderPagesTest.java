package news.dateline.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The home and article pages over HTTP, on the five seed stories. */
@news.dateline.support.DatelineTest
class ReaderPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    news.dateline.web.ReaderCache.Evictor caches;

    Document page(String url) throws Exception {
        MvcTestResult result = mvc.get().uri(url).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void homeListsTheFiveStoriesNewestFirst() throws Exception {
        Document home = page("/");

        // other tests may have published stories of their own today: the seeds follow
        // them, in order, on this page or an older one
        var cards = news.dateline.support.HomePages.cardsUntil(mvc,
                found -> found.select("time").eachAttr("datetime").contains("2025-05-06"));
        var headlines = cards.select("h2 a").eachText();
        assertThat(headlines).containsSubsequence("Laos and Azerbaijan Hold First Political Consultation to Boost Ties",
                "Laos, Azerbaijan Mark 30 Years with Stronger Bilateral Ties");
        assertThat(cards.select("time").eachAttr("datetime")).containsSubsequence("2025-12-10T13:05:00+07:00",
                "2025-12-10T10:34:00+07:00", "2025-12-09", "2025-05-07", "2025-05-06");
        assertThat(cards.select("time").eachAttr("datetime")).isSortedAccordingTo(java.util.Comparator
            .comparing(
                    (String t) -> java.time.OffsetDateTime.parse(t.length() == 10 ? t + "T00:00:00Z" : t).toInstant())
            .reversed());
        assertThat(home.title()).isEqualTo("Dateline: the latest news");
    }

    @Test
    void anArticleShowsHeadlineDateSourceBodyPeopleAndCountries() throws Exception {
        String slug = jdbc.sql("select slug from article where source_file = '001_94abdc3e01e3173c.txt'")
            .query(String.class)
            .single();
        assertThat(slug).isEqualTo("laos-and-azerbaijan-hold-first-political-consultation-to-boost-ties");

        Document article = page("/articles/" + slug);

        assertThat(article.select("h1").text())
            .isEqualTo("Laos and Azerbaijan Hold First Political Consultation to Boost Ties");
        assertThat(article.title())
            .isEqualTo("Laos and Azerbaijan Hold First Political Consultation to Boost Ties · Dateline");
        assertThat(article.select(".byline time").first().attr("datetime")).isEqualTo("2025-12-10T13:05:00+07:00");
        assertThat(article.select(".byline").text())
            .contains("Published 10 December 2025, 13:05 Vientiane time (UTC+7)")
            .contains("Lao News Agency (Khaosan Pathet Lao)");
        String body = article.select(".story-body").text();
        assertThat(body)
            .startsWith("Laos and Azerbaijan held their first political consultation on 8 December in Vientiane")
            .doesNotContain("Email Print")
            .doesNotContain("ຂ່າວອື່ນໆ")
            .doesNotContain("Kaysone");
        assertThat(article.select(".story-tags a[href^=/people/]").eachText()).contains("Maithong Thammavongsa",
                "Elnur Mammadov");
        assertThat(article.select(".story-tags a[href^=/countries/]").eachText()).containsExactlyInAnyOrder("Laos",
                "Azerbaijan");
        assertThat(article.select("link[rel=canonical]").attr("href"))
            .isEqualTo("http://localhost:8080/articles/" + slug);
    }

    @Test
    void aStoryWithoutItsOwnTimeShowsItsDateOnly() throws Exception {
        String slug = jdbc.sql("select slug from article where source_file = '002_35e43fbe01d78049.txt'")
            .query(String.class)
            .single();

        Document article = page("/articles/" + slug);

        assertThat(article.select(".byline time").first().attr("datetime")).isEqualTo("2025-12-09");
        assertThat(article.select(".byline").text()).contains("Published 9 December 2025")
            .doesNotContain("Updated")
            .contains("Trend News Agency");
    }

    @Test
    void theSidebarRanksTheLaosStoriesAboveTheVietnamOnesAndSaysWhy() throws Exception {
        Document article = page("/articles/laos-and-azerbaijan-hold-first-political-consultation-to-boost-ties");

        var items = article.select(".related li");
        var headlines = items.select("a").eachText();
        int laos1 = headlines.indexOf("Laos, Azerbaijan Mark 30 Years with Stronger Bilateral Ties");
        int laos2 = headlines.indexOf(
                headlines.stream().filter(h -> h.startsWith("A delegation from Azerbaijan")).findFirst().orElseThrow());
        int vietnam1 = headlines.indexOf(headlines.stream()
            .filter(h -> h.startsWith("President of Azerbaijan Ilham Aliyev"))
            .findFirst()
            .orElseThrow());
        int vietnam2 = headlines
            .indexOf(headlines.stream().filter(h -> h.startsWith("Ilham Aliyev held")).findFirst().orElseThrow());
        assertThat(Math.max(laos1, laos2)).isLessThan(Math.min(vietnam1, vietnam2));
        assertThat(items.get(laos1).select(".why").text())
            .contains("Same event: First Azerbaijan–Laos political consultations")
            .contains("Elnur Mammadov")
            .contains("Laos");
        assertThat(items.get(vietnam1).select(".why").text()).contains("Ilham Aliyev").doesNotContain("Same event");
        assertThat(headlines).doesNotContain("Laos and Azerbaijan Hold First Political Consultation to Boost Ties");
    }

    @Test
    void theLaosTimelineAndTheAzerbaijanVietnamRelationsAreInDateOrderAtTheirPrecision() throws Exception {
        var laos = page("/countries/laos").select(".timeline > li > time").eachText();
        assertThat(laos).containsSubsequence("May 1995", "October 2024", "8 December 2025");

        var vietnam = page("/relations/azerbaijan/vietnam").select(".timeline > li");
        assertThat(vietnam.select("time").eachText()).containsSubsequence("2014", "2015", "7 May 2025");
        assertThat(vietnam.text()).contains("Tô Lâm");
        assertThat(page("/relations/azerbaijan/vietnam").select(".timeline-year h3").eachText()).isSorted();
    }

    @Test
    void theTimelineGraphicIsLinksWithNamesAndListsEachStoryOnceWithItsAgencyAndDate() throws Exception {
        Document relation = page("/relations/azerbaijan/laos");

        var wide = relation.selectFirst("svg.timeline-wide");
        assertThat(wide).isNotNull();
        assertThat(relation.select("svg.timeline-tall")).hasSize(1);
        var marks = wide.select("a.mark");
        assertThat(marks).isNotEmpty();
        assertThat(marks.eachAttr("href")).allMatch(href -> href.startsWith("/events/") || href.startsWith("#year-"));
        assertThat(marks.eachAttr("aria-label")).hasSize(marks.size()).allMatch(name -> !name.isBlank());
        assertThat(wide.select("a.mark").first().attr("aria-label")).isEqualTo("Thongloun Sisoulith visits Baku, 1981");
        assertThat(wide.select("text.label").eachText()).doesNotHaveDuplicates().contains("1990", "2020");

        var covered = relation.select(".covered-by > li > a").eachText();
        assertThat(covered).isNotEmpty().doesNotHaveDuplicates();
        assertThat(relation.select(".covered-by > li .meta").eachText()).contains("KPL · 10 December 2025");
    }

    @Test
    void countriesShowTheirFlagsWhichAreServedAsPictures() throws Exception {
        assertThat(page("/countries/laos").select("h1 img.flag").attr("src")).isEqualTo("/flags/la.svg");
        assertThat(page("/countries").select("a[href='/countries/vietnam'] img.flag").attr("src"))
            .isEqualTo("/flags/vn.svg");
        assertThat(page("/relations/azerbaijan/laos").select(".relation-sides img.flag").eachAttr("src"))
            .containsExactly("/flags/az.svg", "/flags/la.svg");

        var flag = mvc.get().uri("/flags/la.svg").exchange();
        assertThat(flag).hasStatusOk();
        assertThat(flag.getResponse().getContentType()).startsWith("image/svg+xml");
    }

    @Test
    void aCountryPageShowsItsKeyFactsFromTheGraph() throws Exception {
        Document laos = page("/countries/laos");

        // other tests of this context add events and stories about Laos: the figures are
        // read from the graph
        long laosId = jdbc.sql("select id from country where slug = 'laos'").query(Long.class).single();
        long events = jdbc.sql("select count(*) from event_country where country_id = ?")
            .param(laosId)
            .query(Long.class)
            .single();
        String latest = jdbc
            .sql("""
                    select e.slug from event_country ec join event e on e.id = ec.event_id
                    where ec.country_id = ? and e.start_date <= current_date order by e.start_date desc, e.id desc limit 1""")
            .param(laosId)
            .query(String.class)
            .single();
        long sharedWithAzerbaijan = jdbc.sql("""
                select count(*) from event_country l join event_country a on a.event_id = l.event_id
                where l.country_id = ? and a.country_id = (select id from country where slug = 'azerbaijan')""")
            .param(laosId)
            .query(Long.class)
            .single();
        assertThat(events).as("the seeds' events about Laos at least").isGreaterThanOrEqualTo(7);

        var facts = laos.select(".facts .fact-list");
        assertThat(facts.select("div:has(dt:containsOwn(Events)) dd").text()).isEqualTo(events + " events");
        assertThat(facts.select("div:has(dt:containsOwn(Stories)) dd").text()).matches("\\d+ stories");
        assertThat(facts.select("div:has(dt:containsOwn(Latest event)) a").attr("href")).isEqualTo("/events/" + latest);
        assertThat(laos.select(".connections #people-heading + .ranked li a").eachText()).contains("Elnur Mammadov",
                "Thongloun Sisoulith");
        assertThat(laos.select(".connections #partners-heading + .ranked li").first().text())
            .isEqualTo("Laos–Azerbaijan " + sharedWithAzerbaijan + " shared events");
        // read in this order (a phone shows them so): the key facts, the timeline and
        // stories, then the long
        // lists of people and relations
        assertThat(laos.select(".with-aside > *").eachAttr("class")).containsExactly("aside facts", "main-column",
                "aside connections");
    }

    @Test
    void anEventGroupsItsCoverageByAgency() throws Exception {
        Document event = page("/events/azerbaijan-laos-first-political-consultations-2025");

        assertThat(event.select(".agency-group h3").eachText()).contains("KPL", "Trend News Agency");
        assertThat(event.select(".facts .fact-list").text()).contains("8 December 2025").contains("Vientiane");
    }

    @Test
    void anEventPageHasAnAsideWithItsKindDatePlaceCountriesPeopleAndCoverageByAgency() throws Exception {
        Document event = page("/events/azerbaijan-laos-first-political-consultations-2025");

        var aside = event.select(".with-aside > aside.facts");
        assertThat(aside.select(".fact-list dt").eachText()).containsSubsequence("Kind", "Date", "Place");
        assertThat(aside.select(".fact-list div:has(dt:containsOwn(Kind)) dd").text())
            .isEqualTo("Political consultations");
        assertThat(aside.select("#countries-heading + .tags a").eachText()).contains("Azerbaijan", "Laos");
        assertThat(aside.select("#people-heading + .tags a").eachText()).isNotEmpty();
        var agencies = aside.select("#agencies-heading + .ranked li");
        assertThat(agencies.eachText()).anyMatch(line -> line.matches("KPL \\d+ stor(y|ies)"))
            .anyMatch(line -> line.matches("Trend News Agency \\d+ stor(y|ies)"));
        assertThat(event.select(".with-aside > .main-column #stories-heading")).isNotEmpty();
    }

    @Test
    void aRelationPageHasAnAsideWithItsKeyFactsAndTheMostNamedPeople() throws Exception {
        Document relation = page("/relations/azerbaijan/laos");
        long events = jdbc.sql("""
                select count(*) from event_country x join event_country y on y.event_id = x.event_id
                join country a on a.id = x.country_id join country b on b.id = y.country_id
                where a.slug = 'azerbaijan' and b.slug = 'laos'""").query(Long.class).single();
        String latest = jdbc
            .sql("""
                    select e.slug from event e join event_country x on x.event_id = e.id join event_country y on y.event_id = e.id
                    join country a on a.id = x.country_id join country b on b.id = y.country_id
                    where a.slug = 'azerbaijan' and b.slug = 'laos' and e.start_date <= current_date
                    order by e.start_date desc, e.id desc limit 1""")
            .query(String.class)
            .single();

        var facts = relation.select(".with-aside > aside.facts .fact-list");
        assertThat(facts.select("div:has(dt:containsOwn(Events)) dd").text()).isEqualTo(events + " shared events");
        assertThat(facts.select("div:has(dt:containsOwn(Stories)) dd").text()).matches("\\d+ stor(y|ies)");
        assertThat(facts.select("div:has(dt:containsOwn(Latest event)) a").attr("href")).isEqualTo("/events/" + latest);
        assertThat(relation.select("aside.facts #people-heading + .ranked li a").eachText()).contains("Elnur Mammadov");
        assertThat(relation.select(".with-aside > .main-column #timeline-heading")).isNotEmpty();
    }

    @Test
    void unknownPagesAnswer404WithARealPage() {
        MvcTestResult result = mvc.get().uri("/articles/no-such-story").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result).bodyText().contains("Page not found").contains("href=\"/\"");
        assertThat(mvc.get().uri("/?page=99").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/?page=abc").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anOldSlugAnswers301ToTheNewOne() {
        long id = jdbc.sql("select id from article where source_file = '004_26e36c22f6df07dc.txt'")
            .query(Long.class)
            .single();
        String slug = jdbc.sql("select slug from article where id = ?").param(id).query(String.class).single();
        jdbc.sql(
                "insert into article_slug_redirect (old_slug, article_id) values ('an-old-name', ?) on conflict do nothing")
            .param(id)
            .update();
        caches.evictAll();

        MvcTestResult result = mvc.get().uri("/articles/an-old-name").exchange();

        assertThat(result).hasStatus(HttpStatus.MOVED_PERMANENTLY);
        assertThat(result.getResponse().getHeader("Location")).endsWith("/articles/" + slug);
    }

}
