package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import javax.imageio.ImageIO;
import news.dateline.image.TestImages;
import news.dateline.support.DatelineTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Lead images through the story form (issue 12): hostile files are refused with a message
 * saying what they are, nothing is stored and nothing typed is lost; a JPEG, PNG or WebP
 * is kept once with its resized variants, and the story's page shows it with its sizes,
 * caption and credit, as its og:image and in its NewsArticle.
 */
@DatelineTest
class LeadImageUploadTest {

    static final RequestPostProcessor EDITOR = user("photo-desk").roles("EDITOR");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    static MultiValueMap<String, String> story(String headline) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("headline", headline);
        form.add("standfirst", "A standfirst typed before the image.");
        form.add("body", "The body the editor typed, which must survive a refused upload.");
        form.add("source", "Dateline staff");
        form.add("dateline", "Vientiane");
        form.add("slug", "");
        form.add("publishedDate", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        form.add("publishedTime", "09:30");
        form.add("zone", "+07:00");
        form.add("status", "PUBLISHED");
        form.add("language", "en");
        form.add("imageAlt", "Delegates at the signing table");
        form.add("imageCaption", "The signing in Vientiane.");
        form.add("imageCredit", "KPL");
        form.add("action", "save");
        return form;
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    MvcTestResult upload(MultiValueMap<String, String> form, String fileName, String declaredType, byte[] bytes) {
        return mvc.post()
            .uri("/admin/articles")
            .multipart()
            .file(new MockMultipartFile("imageFile", fileName, declaredType, bytes))
            .params(form)
            .with(EDITOR)
            .with(csrf())
            .exchange();
    }

    long images() {
        return jdbc.sql("select (select count(*) from image) + (select count(*) from image_variant)")
            .query(Long.class)
            .single();
    }

    long stories(String headline) {
        return jdbc.sql("select count(*) from article where headline = ?").param(headline).query(Long.class).single();
    }

    /**
     * The file is refused: its message beside the image input, nothing stored, the text
     * kept.
     */
    void refused(String fileName, String declaredType, byte[] bytes, String... says) throws Exception {
        String headline = unique("Hostile upload " + fileName);
        long before = images();
        MvcTestResult result = upload(story(headline), fileName, declaredType, bytes);

        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#imageFile-error").text()).as(fileName).contains(says);
        assertThat(page.select(".error-summary a[href=#imageFile]")).as(fileName).isNotEmpty();
        assertThat(page.select("#headline").val()).isEqualTo(headline);
        assertThat(page.select("#body").text())
            .isEqualTo("The body the editor typed, which must survive a refused upload.");
        assertThat(page.select("#imageAlt").val()).isEqualTo("Delegates at the signing table");
        assertThat(page.select("input[name=image]").val()).isEmpty();
        assertThat(images()).as("image rows after " + fileName).isEqualTo(before);
        assertThat(stories(headline)).isZero();
    }

    @Test
    void anSvgWithScriptIsRefusedWhateverItIsCalled() throws Exception {
        byte[] svg = """
                <?xml version="1.0"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>
                """
            .getBytes(StandardCharsets.UTF_8);
        refused("chart.svg", "image/svg+xml", svg, "This file is an SVG drawing", "can carry script");
        refused("photo.png", "image/png", svg, "This file is an SVG drawing");
    }

    @Test
    void polyglotsAreRefused() throws Exception {
        byte[] gifScript = "GIF89a/*\u0000\u0000*/=1;alert(document.domain);//".getBytes(StandardCharsets.ISO_8859_1);
        refused("photo.gif", "image/gif", gifScript, "This file is a GIF image, not a photo");
        refused("photo.jpg", "image/jpeg", gifScript, "This file is a GIF image, not a photo");

        byte[] fakePng = new byte[4096];
        System.arraycopy(TestImages.png(8, 8), 0, fakePng, 0, 16);
        Arrays.fill(fakePng, 16, fakePng.length, (byte) '<');
        refused("photo.png", "image/png", fakePng, "starts like a PNG image but is not one that can be read");

        byte[] png = TestImages.png(40, 30);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] pngThenHtml = Arrays.copyOf(png, png.length + html.length);
        System.arraycopy(html, 0, pngThenHtml, png.length, html.length);
        refused("photo.png", "image/png", pngThenHtml, "more data after the image’s end");
    }

    @Test
    void aFiftyMegabyteImageIsRefusedForItsSizeBeforeItIsRead() throws Exception {
        byte[] big = new byte[50 * 1024 * 1024];
        byte[] jpeg = TestImages.jpeg(64, 64);
        System.arraycopy(jpeg, 0, big, 0, jpeg.length);
        refused("huge.jpg", "image/jpeg", big, "This file is 50.0 MB; the largest image taken is 10 MB");
    }

    @Test
    void aPngNamedJpgIsRefusedSayingWhatItReallyIs() throws Exception {
        refused("photo.jpg", "image/jpeg", TestImages.png(64, 48), "named “photo.jpg” but it is a PNG image",
                "rename it to .png");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
        refused("bomb.png", "image/png", TestImages.pngHeaderOnly(50_000, 50_000), "50,000 × 50,000 pixels");
    }

    @Test
    void anImageNeedsItsDescription() throws Exception {
        String headline = unique("Image without words");
        MultiValueMap<String, String> form = story(headline);
        form.set("imageAlt", "");
        MvcTestResult result = upload(form, "signing.jpg", "image/jpeg", TestImages.jpeg(800, 500));

        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#imageAlt-error").text()).contains("Describe what the image shows");
        assertThat(page.select("input[name=image]").val()).as("the upload is kept for the next save").hasSize(64);
        assertThat(stories(headline)).isZero();
    }

    @Test
    void aJpegIsKeptOnceWithItsWidthsAndTheStoryShowsItWithSrcsetCaptionAndCredit() throws Exception {
        String headline = unique("Ministers sign a culture plan");
        MvcTestResult saved = upload(story(headline), "signing.jpeg", "application/octet-stream",
                TestImages.jpeg(1600, 900));
        assertThat(saved).hasStatus3xxRedirection();
        String hash = jdbc.sql("select lead_image from article where headline = ?")
            .param(headline)
            .query(String.class)
            .single();
        assertThat(jdbc.sql("select width from image_variant where image_sha256 = ? order by width")
            .param(hash)
            .query(Integer.class)
            .list()).containsExactly(320, 640, 960, 1280);

        String slug = jdbc.sql("select slug from article where headline = ?")
            .param(headline)
            .query(String.class)
            .single();
        Document article = Jsoup.parse(
                mvc.get().uri("/articles/" + slug).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
        var img = article.select("figure.lead-image img");
        assertThat(img.attr("src")).isEqualTo("/images/" + hash + "/1280.jpg");
        assertThat(img.attr("srcset")).isEqualTo("/images/" + hash + "/320.jpg 320w, /images/" + hash
                + "/640.jpg 640w, " + "/images/" + hash + "/960.jpg 960w, /images/" + hash + "/1280.jpg 1280w");
        assertThat(img.attr("sizes")).isNotBlank();
        assertThat(img.attr("width")).isEqualTo("1280");
        assertThat(img.attr("height")).isEqualTo("720");
        assertThat(img.attr("alt")).isEqualTo("Delegates at the signing table");
        assertThat(article.select("figure.lead-image figcaption").text())
            .isEqualTo("The signing in Vientiane. Photo: KPL");
        assertThat(article.select("meta[property=og:image]").attr("content")).endsWith("/images/" + hash + "/1280.jpg");
        assertThat(article.select("script[type=application/ld+json]").html())
            .contains("\"image\":[{\"@type\":\"ImageObject\",\"url\":\"http")
            .contains("/images/" + hash
                    + "/1280.jpg\",\"width\":1280,\"height\":720,\"caption\":\"The signing in Vientiane.\",\"creditText\":\"KPL\"}]");

        MvcTestResult variant = mvc.get().uri("/images/" + hash + "/640.jpg").exchange();
        assertThat(variant).hasStatusOk().hasContentType("image/jpeg");
        assertThat(variant.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(variant.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(variant.getResponse().getContentAsByteArray()));
        assertThat(read.getWidth()).isEqualTo(640);
        assertThat(read.getHeight()).isEqualTo(360);

        long before = images();
        MvcTestResult again = upload(story(unique("The same photo again")), "copy.jpg", "image/jpeg",
                TestImages.jpeg(1600, 900));
        assertThat(again).hasStatus3xxRedirection();
        assertThat(images()).as("the same bytes are kept once").isEqualTo(before);

        Document home = Jsoup
            .parse(mvc.get().uri("/").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
        var thumb = home.select(".story-card.with-picture img.thumb").first();
        assertThat(thumb).isNotNull();
        assertThat(thumb.attr("src")).isEqualTo("/images/" + hash + "/320.jpg");
        assertThat(thumb.attr("width")).isEqualTo("160");
        assertThat(thumb.attr("height")).isEqualTo("90");
    }

    @Test
    void aPngWithTransparencyKeepsPngVariantsAndAWebpIsTaken() throws Exception {
        String pngStory = unique("A chart with transparency");
        assertThat(upload(story(pngStory), "chart.png", "image/png", TestImages.png(700, 400)))
            .hasStatus3xxRedirection();
        assertThat(jdbc.sql("""
                select i.variant_format || ':' || string_agg(v.width::text, ',' order by v.width) from article a
                join image i on i.sha256 = a.lead_image join image_variant v on v.image_sha256 = i.sha256
                where a.headline = ? group by i.variant_format""").param(pngStory).query(String.class).single())
            .isEqualTo("png:320,640,700");

        String webpStory = unique("A WebP from the agency");
        assertThat(upload(story(webpStory), "agency.webp", "image/webp",
                TestImages.webp(700, 400, new Color(40, 120, 200))))
            .hasStatus3xxRedirection();
        assertThat(jdbc.sql("""
                select i.media_type || ' ' || i.variant_format || ':' || string_agg(v.width::text, ',' order by v.width)
                from article a join image i on i.sha256 = a.lead_image join image_variant v on v.image_sha256 = i.sha256
                where a.headline = ? group by i.media_type, i.variant_format""")
            .param(webpStory)
            .query(String.class)
            .single()).isEqualTo("image/webp jpg:320,640,700");
    }

    @Test
    void aStoryWithoutImageSharesAGeneratedCardAndShowsNoCaptionBox() throws Exception {
        String headline = unique("A story with no photograph");
        MultiValueMap<String, String> form = story(headline);
        form.set("imageAlt", "");
        form.set("imageCaption", "");
        form.set("imageCredit", "");
        assertThat(mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange())
            .hasStatus3xxRedirection();
        String slug = jdbc.sql("select slug from article where headline = ?")
            .param(headline)
            .query(String.class)
            .single();
        Document article = Jsoup.parse(
                mvc.get().uri("/articles/" + slug).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(article.select("figure")).isEmpty();
        String card = article.select("meta[property=og:image]").attr("content");
        assertThat(card).matches("http.*/images/cards/" + slug + "/[0-9a-f]{64}\\.png");
        assertThat(article.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");

        MvcTestResult png = mvc.get().uri(card.substring(card.indexOf("/images/"))).exchange();
        assertThat(png).hasStatusOk().hasContentType("image/png");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png.getResponse().getContentAsByteArray()));
        assertThat(read.getWidth()).isEqualTo(1200);
        assertThat(read.getHeight()).isEqualTo(630);
        assertThat(jdbc.sql("select count(*) from share_card").query(Long.class).single()).isPositive();
    }

}
