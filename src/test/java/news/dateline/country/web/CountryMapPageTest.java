package news.dateline.country.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import news.dateline.support.DatelineTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
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

    /** A map's answer: 200, an SVG picture, parsed as XML. */
    Document picture(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("image/svg+xml;charset=UTF-8");
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8), Parser.xmlParser());
    }

    @Test
    void aCountryPageShowsItsMapAsAPictureNamedForScreenReaders() throws Exception {
        Document laos = page("/countries/laos");

        var img = laos.selectFirst("figure.locator-map img");
        assertThat(img).isNotNull();
        assertThat(img.attr("src")).isEqualTo("/maps/la.svg");
        assertThat(img.attr("alt")).startsWith("Laos on a map with its neighbours").contains("Vietnam", "Thailand");
        assertThat(img.attr("width")).isEqualTo("400");
        assertThat(img.attr("height")).isEqualTo("300");
        assertThat(laos.select("figure.locator-map svg")).isEmpty();
        assertThat(laos.select("figure.locator-map figcaption").text()).contains("Natural Earth");
    }

    @Test
    void theMapIsAnSvgPictureWithItsOwnStyleAndNothingElse() throws Exception {
        MvcTestResult result = mvc.get().uri("/maps/la.svg").exchange();

        Document svg = picture(result);
        assertThat(result.getResponse().getHeader("Cache-Control")).startsWith("public");
        var root = svg.child(0);
        assertThat(root.tagName()).isEqualTo("svg");
        assertThat(root.attr("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.attr("viewBox")).isEqualTo("0 0 400 300");
        assertThat(svg.select("path.country").attr("d")).startsWith("M");
        assertThat(svg.select("path.land")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(svg.select("script, a, foreignObject, text, image")).isEmpty();
        // the one style the picture holds is the one its policy allows
        String style = svg.select("style").first().wholeText();
        String hash = Base64.getEncoder()
            .encodeToString(MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
            .isEqualTo("default-src 'none'; style-src 'sha256-" + hash + "'");
    }

    @Test
    void aRelationPageShowsBothCountriesOnOneMap() throws Exception {
        Document relation = page("/relations/azerbaijan/laos");

        var img = relation.selectFirst("aside.facts figure.locator-map img");
        assertThat(img).isNotNull();
        assertThat(img.attr("src")).isEqualTo("/maps/az-la.svg");
        assertThat(img.attr("alt")).isEqualTo("Azerbaijan and Laos on a map");

        MvcTestResult result = mvc.get().uri("/maps/az-la.svg").exchange();
        Document svg = picture(result);
        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
            .isEqualTo(mvc.get().uri("/maps/la.svg").exchange().getResponse().getHeader("Content-Security-Policy"));
        assertThat(svg.select("path.country")).hasSize(2);
        assertThat(svg.select("script, a, foreignObject, text, image")).isEmpty();
        assertThat(mvc.get().uri("/maps/az-zz.svg").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/maps/la-la.svg").exchange()).hasStatus(404);
    }

    @Test
    void aMapNobodyDrawsIsNotFound() {
        assertThat(mvc.get().uri("/maps/zz.svg").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/maps/um.svg").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/maps/lao.svg").exchange()).hasStatus(404);
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

        assertThat(page.select("figure.locator-map img, figure.locator-map svg")).isEmpty();
        assertThat(page.select("figure.locator-map").text()).isEqualTo("No map of " + um[1] + " is available.");
    }

}
