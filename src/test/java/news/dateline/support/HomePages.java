package news.dateline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The home page's story cards as a reader paging back through "Older stories" sees them:
 * the tests share one database, and stories other tests published today come before the
 * seeds, so a test looking for the seeds reads on until it has them.
 */
public final class HomePages {

    private static final int MOST_PAGES = 50;

    private HomePages() {
    }

    /**
     * The cards of the home page and its older pages, up to the first page making them
     * enough.
     */
    public static Elements cardsUntil(MockMvcTester mvc, Predicate<Elements> enough) throws Exception {
        Elements cards = new Elements();
        String next = "/";
        for (int page = 0; page < MOST_PAGES && next != null; page++) {
            MvcTestResult result = mvc.get().uri(next).exchange();
            assertThat(result).hasStatusOk();
            Document document = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            cards.addAll(document.select(".story-card"));
            if (enough.test(cards)) {
                return cards;
            }
            var older = document.selectFirst(".pager a[rel=next]");
            next = older == null ? null : older.attr("href");
        }
        return cards;
    }

}
