package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import news.dateline.support.DatelineTest;
import news.dateline.support.StoryForms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Pages leave without the templates' indentation, and nothing an editor typed or a
 * {@code pre} shows loses its white space.
 */
@DatelineTest
class CompactMarkupTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void readersPagesCarryNoIndentedTagsAndNoBlankLines() throws Exception {
        for (String path : new String[] { "/", "/countries/laos", "/relations/azerbaijan/laos", "/events" }) {
            MvcTestResult result = mvc.get().uri(path).exchange();
            assertThat(result).hasStatusOk();
            String page = result.getResponse().getContentAsString();

            assertThat(page).as(path).doesNotContainPattern("\n[ \t]+<").doesNotContain("\n\n");
            Document document = Jsoup.parse(page);
            assertThat(document.select("main h1").text()).as(path).isNotBlank();
        }
    }

    @Test
    void theFormShownAgainHoldsTheBodyWithItsIndentationAndBlankLines() throws Exception {
        String body = "Opening paragraph.\n\n    an indented block\n        indented further\n\n\n  - a list item\n";
        MultiValueMap<String, String> form = StoryForms.story("", body, "DRAFT");

        MvcTestResult result = mvc.post()
            .uri("/admin/articles")
            .with(user("ed").roles("EDITOR"))
            .with(csrf())
            .params(form)
            .exchange();

        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("[role=alert]").text()).isNotBlank();
        assertThat(page.select("textarea#body").first().wholeText()).isEqualTo(body);
    }

    @Test
    void aPublishedStorysBodyKeepsItsOwnWhiteSpace() throws Exception {
        String headline = "Compact markup keeps code " + System.nanoTime();
        String body = "The schedule as the ministry sent it:\n\n```\nday one\n    arrival\n        talks\n```\n\nMore.";
        MvcTestResult saved = mvc.post()
            .uri("/admin/articles")
            .with(user("ed").roles("EDITOR"))
            .with(csrf())
            .params(StoryForms.story(headline, body, "PUBLISHED"))
            .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        String slug = headline.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');

        MvcTestResult story = mvc.get().uri("/articles/" + slug).exchange();

        assertThat(story).hasStatusOk();
        Document page = Jsoup.parse(story.getResponse().getContentAsString());
        // the body's HTML is one text, written as the sanitizer left it (which keeps no
        // pre)
        assertThat(page.select("main code").first().wholeText()).isEqualTo("day one\n    arrival\n        talks\n");
    }

    @Test
    void whiteSpaceAloneBetweenTagsBecomesOneLineBreakOutsidePreTextareaScriptAndStyle() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.addDialect(new CompactMarkup());
        String template = """
                <ul>
                    <li th:each="word : ${words}">
                        <span th:text="${word}">word</span>
                        <em th:if="${false}">never</em>
                        <b>bold</b>  <i>close</i>
                    </li>
                </ul>
                <pre>
                    kept
                  as typed
                </pre>
                <textarea>  two
                    lines</textarea>
                <script>
                    let a = 1;
                </script>
                <p>  text with  its own  spaces  </p>""";

        String html = engine.process(template, new Context(null, Map.of("words", new String[] { "one", "two" })));

        assertThat(html).isEqualTo("""
                <ul>
                <li>
                <span>one</span>
                <b>bold</b>  <i>close</i>
                </li>
                <li>
                <span>two</span>
                <b>bold</b>  <i>close</i>
                </li>
                </ul>
                <pre>
                    kept
                  as typed
                </pre>
                <textarea>  two
                    lines</textarea>
                <script>
                    let a = 1;
                </script>
                <p>  text with  its own  spaces  </p>""");
    }

}
