package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.support.DatelineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Pages link their style sheet by a name carrying a hash of its content, which a browser
 * may keep for a year: a changed style sheet gets a new name, so nobody reads a stale
 * one.
 */
@DatelineTest
class StaticAssetsTest {

    static final Pattern STYLESHEET = Pattern
        .compile("<link rel=\"stylesheet\" href=\"(/css/site-[0-9a-f]{32}\\.css)\">");

    @Autowired
    MockMvcTester mvc;

    @Test
    void pagesLinkTheStyleSheetByItsContentHashAndItIsCachedForAYear() throws Exception {
        MvcTestResult home = mvc.get().uri("/").exchange();
        Matcher link = STYLESHEET.matcher(home.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(link.find()).as("the home page links site.css by a hashed name").isTrue();

        MvcTestResult hashed = mvc.get().uri(link.group(1)).exchange();
        MvcTestResult plain = mvc.get().uri("/css/site.css").exchange();

        assertThat(hashed).hasStatusOk();
        assertThat(hashed.getResponse().getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(hashed.getResponse().getContentAsByteArray()).isEqualTo(plain.getResponse().getContentAsByteArray());
        assertThat(plain.getResponse().getHeader("Cache-Control")).isEqualTo("public, max-age=86400");
    }

    @Test
    void aHashThatIsNotTheContentsIsNotFound() {
        assertThat(mvc.get().uri("/css/site-0123456789abcdef0123456789abcdef.css").exchange()).hasStatus(404);
    }

}
