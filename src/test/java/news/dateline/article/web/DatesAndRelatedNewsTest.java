package news.dateline.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleEditing;
import news.dateline.article.ArticleStatus;
import news.dateline.article.SaveOutcome;
import news.dateline.support.DatelineTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Dates as readers read them, credits in their places, and related news a reader can scan
 * (issue 12): on the five seed stories and stories made for the test.
 */
@DatelineTest
class DatesAndRelatedNewsTest {

    static final String SEED = "/articles/laos-and-azerbaijan-hold-first-political-consultation-to-boost-ties";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleEditing editing;

    @Autowired
    Clock clock;

    @Autowired
    news.dateline.web.ReaderCache.Evictor caches;

    Document page(String url) throws Exception {
        MvcTestResult result = mvc.get().uri(url).exchange();
        assertThat(result).as(url).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aStoryIsDatedByTheClockOfItsPlace() throws Exception {
        Document story = page(SEED);

        assertThat(story.select(".byline time").first().text())
            .isEqualTo("10 December 2025, 13:05 Vientiane time (UTC+7)");
        assertThat(story.select(".byline time").first().attr("datetime")).isEqualTo("2025-12-10T13:05:00+07:00");
    }

    @Test
    void theHomePageCreditsTheAgencyNotTheDateline() throws Exception {
        var withDateline = jdbc.sql("""
                select a.headline, a.dateline, g.name from article a join agency g on g.id = a.agency_id
                where a.status = 'PUBLISHED' and a.published_at <= now() and a.dateline is not null
                  and a.source_file is not null
                order by a.published_at desc limit 1""")
            .query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
            .optional();
        // other tests' stories of today come first: read on to the story, on this page or
        // an older one
        var cards = news.dateline.support.HomePages.cardsUntil(mvc,
                found -> withDateline.map(story -> found.select("h2").eachText().contains(story[0])).orElse(true));
        for (var card : cards) {
            String meta = card.select(".meta").text();
            // the time, then at most one credit: the agency's
            assertThat(meta.split(" · ")).as(card.select("h2").text()).hasSizeLessThanOrEqualTo(2);
        }
        withDateline.ifPresent(story -> {
            var card = cards.stream().filter(c -> c.select("h2").text().equals(story[0])).findFirst().orElseThrow();
            assertThat(card.select(".meta").text()).endsWith("· " + story[2]).doesNotContain("· " + story[1]);
        });
    }

    @Test
    void updatedShowsOnlyWhenAnEditorChangedThePublishedText() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String slug = "updated-test-" + word;
        var draft = new ArticleDraft(null, null, slug, "Updated test " + word, null, "The first text.", null, null,
                "en", clock.instant().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES), true, "+07:00",
                ArticleStatus.PUBLISHED, Set.of(), Set.of(), Set.of());
        var created = (SaveOutcome.Saved) editing.save(draft, "ed");
        try {
            assertThat(page("/articles/" + slug).select(".byline").text()).doesNotContain("Updated");

            // saved again as it was: nothing a reader sees changed
            var same = (SaveOutcome.Saved) editing.save(new ArticleDraft(created.id(), created.version(), slug,
                    draft.headline(), null, draft.body(), null, null, "en", draft.publishedAt(), true, "+07:00",
                    ArticleStatus.PUBLISHED, Set.of(), Set.of(), Set.of()), "ed");
            caches.evictAll();
            assertThat(page("/articles/" + slug).select(".byline").text()).doesNotContain("Updated");

            editing.save(new ArticleDraft(created.id(), same.version(), slug, draft.headline(), null,
                    "The corrected text.", null, null, "en", draft.publishedAt(), true, "+07:00",
                    ArticleStatus.PUBLISHED, Set.of(), Set.of(), Set.of()), "ed");
            caches.evictAll();
            Document edited = page("/articles/" + slug);
            assertThat(edited.select(".byline").text()).contains("Updated");
            assertThat(edited.select(".byline time").get(1).text()).endsWith("UTC+7").doesNotContain("+07:00");
        }
        finally {
            editing.delete(created.id(), "ed");
        }
    }

    @Test
    void relatedStoriesSayWhyInAtMostTwoLabelledReasonsTheStrongestFirst() throws Exception {
        var items = page(SEED).select("#related-heading ~ .related > li");

        assertThat(page(SEED).select("#related-heading").text()).isEqualTo("Related news");
        assertThat(items).isNotEmpty();
        for (var item : items) {
            var reasons = item.select(".why span").eachText();
            assertThat(reasons).as(item.select("a").text()).hasSizeBetween(1, 2);
            assertThat(reasons).allMatch(r -> r.matches("(Same event|Also names|Also about): .+"));
            if (reasons.getFirst().startsWith("Also about")) {
                assertThat(reasons).hasSize(1);
            }
        }
        assertThat(items.first().select(".why span").first().text()).startsWith("Same event: ");
        assertThat(items.select(".why span").eachText()).anyMatch(r -> r.startsWith("Also names: "));
    }

    @Test
    void anOldStoryIsRelatedToTheNewsOfItsDaysNotToTodays() throws Exception {
        // letters only, so that no headline is more like another through a digit
        String word = UUID.randomUUID()
            .toString()
            .substring(0, 8)
            .chars()
            .mapToObj(c -> Character.toString(Character.isDigit(c) ? 'g' + c - '0' : c))
            .collect(java.util.stream.Collectors.joining());
        long person = jdbc.sql("insert into person (slug, name, role) values (?, ?, 'envoy') returning id")
            .params("envoy-" + word, "Envoy " + word)
            .query(Long.class)
            .single();
        java.time.Instant march2015 = java.time.Instant.parse("2015-03-10T08:00:00Z");
        java.util.List<Long> ids = new java.util.ArrayList<>();
        java.util.function.BiFunction<String, java.time.Instant, String> story = (name, when) -> {
            String slug = word + "-" + name;
            ids.add(((SaveOutcome.Saved) editing.save(new ArticleDraft(null, null, slug,
                    "Envoy " + word + " report " + name, null, "Envoy " + word + " spoke.", null, null, "en", when,
                    true, "+00:00", ArticleStatus.PUBLISHED, Set.of(person), Set.of(), Set.of()), "ed"))
                .id());
            return slug;
        };
        try {
            String old = story.apply("1", march2015);
            story.apply("2", march2015.plus(2, ChronoUnit.DAYS));
            story.apply("3", march2015.minus(5, ChronoUnit.DAYS));
            for (int n = 4; n <= 9; n++) {
                story.apply(Integer.toString(n), clock.instant().minus(n, ChronoUnit.DAYS));
            }

            var related = page("/articles/" + old).select(".related li a").eachText();

            // all share the same person and equally similar headlines: nearest in time
            // first
            assertThat(related).startsWith("Envoy " + word + " report 2", "Envoy " + word + " report 3");
            assertThat(related).hasSize(5);
        }
        finally {
            ids.forEach(id -> editing.delete(id, "ed"));
            caches.evictAll();
        }
    }

    @Test
    void aStorySharingOnlyACountryWithOthersShowsTheLatestFromThatCountry() throws Exception {
        long laos = jdbc.sql("select id from country where slug = 'laos'").query(Long.class).single();
        String word = UUID.randomUUID().toString().substring(0, 8);
        String slug = "country-only-" + word;
        var created = (SaveOutcome.Saved) editing
            .save(new ArticleDraft(null, null, slug, "A story on Laos alone " + word, null, "Only Laos.", null, null,
                    "en", clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES), true, "+07:00",
                    ArticleStatus.PUBLISHED, Set.of(), Set.of(laos), Set.of()), "ed");
        try {
            Document story = page("/articles/" + slug);

            assertThat(story.select("#related-heading").text()).isEqualTo("Latest from Laos");
            assertThat(story.select(".related .why")).isEmpty();
            assertThat(story.select(".related li a").eachText())
                .contains("Laos and Azerbaijan Hold First Political Consultation to Boost Ties");
            // and the stories that share an event or a person never list it: a country
            // alone is not enough
            assertThat(page(SEED).select(".related li a").eachText()).doesNotContain("A story on Laos alone " + word);
        }
        finally {
            editing.delete(created.id(), "ed");
            caches.evictAll();
        }
    }

    @Test
    void alsoReportedByNamesOnlyOtherAgenciesReportingTheSameNews() throws Exception {
        Document story = page(SEED);
        var also = story.select(".byline div:has(dt:containsOwn(Also reported by)) a");

        assertThat(also.eachText()).contains("Trend News Agency");
        for (var link : also) {
            Document other = page(link.attr("href"));
            var events = other.select(".story-tags a[href^=/events/]").eachAttr("href");
            assertThat(events).as(link.attr("href"))
                .contains("/events/azerbaijan-laos-first-political-consultations-2025");
        }
    }

}
