package news.dateline.country.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import news.dateline.support.DatelineTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The locator map on a country page, over HTTP. */
@DatelineTest
class CountryMapPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    Document page(String url) throws Exception {
        MvcTestResult result = mvc.get().uri(url).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aCountryPageShowsItsMapAsAPictureNamedForScreenReaders() throws Exception {
        Document laos = page("/countries/laos");

        var svg = laos.selectFirst("figure.locator-map svg");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        var title = laos.getElementById(svg.attr("aria-labelledby"));
        assertThat(title).isNotNull();
        assertThat(title.tagName()).isEqualTo("title");
        assertThat(title.parent()).isEqualTo(svg);
        assertThat(title.text()).startsWith("Laos on a map with its neighbours").contains("Vietnam", "Thailand");
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 400 300");
        assertThat(svg.select("path.map-country").attr("d")).startsWith("M");
        assertThat(svg.select("path.map-land")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(svg.select("script, a, foreignObject")).isEmpty();
        assertThat(laos.select("figure.locator-map figcaption").text()).contains("Natural Earth");
    }

    @Test
    void aCountryNaturalEarthDoesNotDrawSaysItHasNoMap() throws Exception {
        // the reference data may hold it already, under its own name
        jdbc.sql("insert into country (code, name, slug) values ('UM', 'U.S. Outlying Islands', 'us-outlying-islands')"
                + " on conflict do nothing")
            .update();
        var um = jdbc.sql("select slug, name from country where code = 'UM'")
            .query((rs, n) -> new String[] { rs.getString("slug"), rs.getString("name") })
            .single();

        Document page = page("/countries/" + um[0]);

        assertThat(page.select("figure.locator-map svg")).isEmpty();
        assertThat(page.select("figure.locator-map").text()).isEqualTo("No map of " + um[1] + " is available.");
    }

}
