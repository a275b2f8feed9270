package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import news.dateline.image.TestImages;
import news.dateline.support.DatelineTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.MultiValueMap;

/**
 * Every list of stories a reader sees shows a story's thumbnail when it has a lead image
 * (issue 12): the country, relation, person and event pages and the article's related
 * news, each a small variant with its srcset, size and no alt text of its own (the
 * headline beside it names the story); a story without an image has no image and no empty
 * box.
 */
@DatelineTest
class ListThumbnailsTest {

    static final String EVENT = "azerbaijan-laos-first-political-consultations-2025";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    Document page(String uri) throws Exception {
        var response = mvc.get().uri(uri).exchange().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** The list item linking to this story on the page. */
    static Element row(Document page, String slug, String uri) {
        Element link = page.selectFirst("section[aria-labelledby=stories-heading] li a[href=/articles/" + slug + "]");
        assertThat(link).as(slug + " listed on " + uri).isNotNull();
        return link.closest("li");
    }

    @Test
    void countryRelationPersonAndEventPagesAndRelatedNewsShowTheStorysThumbnail() throws Exception {
        String headline = LeadImageUploadTest.unique("Laos and Azerbaijan sign a culture plan");
        MultiValueMap<String, String> form = LeadImageUploadTest.story(headline);
        // the newest story of each list: a few minutes ago
        ZonedDateTime at = ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC).minus(Duration.ofMinutes(3));
        form.set("publishedDate", at.toLocalDate().toString());
        form.set("publishedTime", at.format(DateTimeFormatter.ofPattern("HH:mm")));
        form.set("zone", "+00:00");
        form.add("countries", "LA");
        form.add("countries", "AZ");
        form.add("people", "elnur-mammadov");
        form.add("events", EVENT);
        assertThat(mvc.post()
            .uri("/admin/articles")
            .multipart()
            .file(new MockMultipartFile("imageFile", "plan.jpg", "image/jpeg", TestImages.jpeg(1200, 800)))
            .params(form)
            .with(LeadImageUploadTest.EDITOR)
            .with(csrf())
            .exchange()).hasStatus3xxRedirection();
        var story = jdbc.sql("select slug, lead_image, id from article where headline = ?")
            .param(headline)
            .query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
            .single();
        try {
            showsThumbnails(story[0], story[1]);
        }
        finally {
            // every test class shares the database: the story leaves the lists (the home
            // page's, related news) that other tests count on
            assertThat(mvc.post()
                .uri("/admin/articles/" + story[2] + "/unpublish")
                .with(LeadImageUploadTest.EDITOR)
                .with(csrf())
                .exchange()).hasStatus3xxRedirection();
        }
    }

    void showsThumbnails(String slug, String hash) throws Exception {
        String withoutImage = jdbc.sql("""
                select a.slug from article a join article_event ae on ae.article_id = a.id
                join event e on e.id = ae.event_id
                where e.slug = ? and a.lead_image is null and a.status = 'PUBLISHED' order by a.published_at limit 1""")
            .param(EVENT)
            .query(String.class)
            .single();

        for (String uri : new String[] { "/countries/laos", "/relations/azerbaijan/laos", "/people/elnur-mammadov",
                "/events/" + EVENT }) {
            Document page = page(uri);
            Element row = row(page, slug, uri);
            Element thumb = row.selectFirst("img.thumb-small");
            assertThat(thumb).as(uri).isNotNull();
            assertThat(thumb.attr("src")).as(uri).isEqualTo("/images/" + hash + "/320.jpg");
            assertThat(thumb.attr("srcset")).as(uri).startsWith("/images/" + hash + "/320.jpg 320w, ");
            assertThat(thumb.attr("sizes")).as(uri).isEqualTo("5rem");
            assertThat(thumb.attr("width")).as(uri).isEqualTo("80");
            assertThat(thumb.attr("height")).as(uri).isEqualTo("53");
            assertThat(thumb.hasAttr("alt")).as(uri).isTrue();
            assertThat(thumb.attr("alt")).as("decorative beside its headline on " + uri).isEmpty();
            assertThat(thumb.attr("loading")).as(uri).isEqualTo("lazy");

            Element plain = page
                .selectFirst("section[aria-labelledby=stories-heading] li a[href=/articles/" + withoutImage + "]");
            if (plain != null) {
                assertThat(plain.closest("li").select("img")).as("a story without image on " + uri).isEmpty();
                assertThat(plain.closest("li").hasClass("with-picture")).isFalse();
            }
        }
        Document event = page("/events/" + EVENT);
        assertThat(row(event, withoutImage, "the event page").select("img")).isEmpty();

        Document article = page("/articles/" + withoutImage);
        Element related = article.selectFirst(".sidebar li a[href=/articles/" + slug + "]");
        assertThat(related).as("the new story is related news of another story of its event").isNotNull();
        assertThat(related.closest("li").selectFirst("img.thumb-small").attr("src"))
            .isEqualTo("/images/" + hash + "/320.jpg");
    }

}
