package news.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import news.dateline.support.DatelineTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Search over the seed stories, with accents folded and entities first. */
@DatelineTest
class SearchTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    /**
     * {@code query} as a browser's form would send it: name=value pairs joined by &,
     * values URL-encoded.
     */
    Document search(String query) throws Exception {
        var request = mvc.get().uri("/search");
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            request = request.param(parts[0],
                    java.net.URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anAliasFindsThePersonFirstAndTheStoriesThatNameThem() throws Exception {
        Document page = search("q=Maythong");

        assertThat(page.select("#entities-heading + .tags a").eachText())
            .anyMatch(t -> t.startsWith("Maithong Thammavongsa"));
        assertThat(page.select(".story-card h3 a").eachText()).isNotEmpty();
        assertThat(page.select(".story-card mark").eachText()).allMatch(t -> t.equalsIgnoreCase("Maythong"));
    }

    @Test
    void vietNamFindsVietnamAndAccentsAreFolded() throws Exception {
        assertThat(search("q=Viet%20Nam").select("#entities-heading + .tags a").eachText())
            .anyMatch(t -> t.startsWith("Vietnam"));
        Document toLam = search("q=to%20lam");
        assertThat(toLam.select("#entities-heading + .tags a").eachText()).anyMatch(t -> t.startsWith("Tô Lâm"));
        assertThat(toLam.select(".story-card h3 a").eachText()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aNamesBeginningFindsThePersonsStories() throws Exception {
        var tagged = jdbc.sql("""
                select a.headline from article a join article_person ap on ap.article_id = a.id
                join person p on p.id = ap.person_id
                where p.name = 'Thongsavanh Phomvihane' and a.status = 'PUBLISHED'""").query(String.class).list();
        assertThat(tagged).isNotEmpty();

        assertThat(search("q=Thongsavan").select(".story-card h3 a").eachText()).containsAll(tagged);
    }

    @Test
    void everySpellingOfACountryFindsEveryStoryAboutIt() throws Exception {
        var tagged = jdbc.sql("""
                select a.headline from article a join article_country ac on ac.article_id = a.id
                join country c on c.id = ac.country_id
                where c.slug = 'vietnam' and a.status = 'PUBLISHED' and a.published_at <= now()""")
            .query(String.class)
            .list();
        assertThat(tagged).hasSizeGreaterThanOrEqualTo(2);

        for (String spelling : List.of("viet%20nam", "Viet%20Nam", "Vietnam")) {
            assertThat(search("q=" + spelling + "&sort=date").select(".story-card h3 a").eachText()).as(spelling)
                .containsAll(tagged);
        }
    }

    @Test
    void aSnippetDoesNotRepeatTheHeadline() throws Exception {
        for (var card : search("q=viet%20nam").select(".story-card")) {
            String headline = card.select("h3 a").text();
            assertThat(card.select(".summary").text()).as(headline).doesNotStartWith(headline);
        }
        for (var card : search("q=consultation").select(".story-card")) {
            String headline = card.select("h3 a").text();
            assertThat(card.select(".summary").text()).as(headline).doesNotStartWith(headline);
        }
    }

    @Test
    void theHeadlineWeighsMoreThanTheBody() throws Exception {
        var headlines = search("q=consultation").select(".story-card h3 a").eachText();

        assertThat(headlines.getFirst())
            .isEqualTo("Laos and Azerbaijan Hold First Political Consultation to Boost Ties");
    }

    @Test
    void filtersByCountryAndDate() throws Exception {
        assertThat(search("q=Aliyev&country=laos").select(".story-card h3 a").eachText())
            .allMatch(h -> !h.contains("Việt Nam") && !h.startsWith("Ilham Aliyev held an expanded meeting"));
        assertThat(search("q=Aliyev&from=2025-12-01&to=2025-12-31").select(".story-card time").eachAttr("datetime"))
            .isNotEmpty()
            .allMatch(t -> t.startsWith("2025-12"));
    }

    @Test
    void emptyAbsurdOrOddQueriesGetAHelpfulPage() throws Exception {
        assertThat(search("q=").select(".empty").text()).contains("Type a name");
        assertThat(search("q=" + "a".repeat(5000)).select(".notice").text()).contains("very long");
        assertThat(search("q=%22%27%3C%3E%26%7C!:*(").select("h2#stories-heading").text()).isEqualTo("0 stories");
        assertThat(search("q=Laos&from=yesterday").select(".notice").text()).contains("is not a date");
        // LocalDate reads these; no PostgreSQL timestamp holds them (it was a 500)
        assertThat(search("q=Laos&from=%2B999999999-12-31").select(".notice").text()).contains("is not a date");
        assertThat(search("q=Laos&from=+999999999-12-31&to=-999999999-01-01").select(".notice").text())
            .contains("“From” is not a date")
            .contains("“To” is not a date");
        assertThat(search("q=Laos&to=9999-12-31").select("h1").text()).isEqualTo("Search");
        assertThat(search("q=Laos&page=-4").select("h1").text()).isEqualTo("Search");
        Document withNul = search("q=Vien%00tiane%01");
        assertThat(withNul.select("input[name=q]").val()).isEqualTo("Vientiane");
        assertThat(withNul.select(".story-card")).isNotEmpty();
    }

}
