package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.dateline.support.DatelineTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The newsroom's story list: counts per status, filters, orders, keyset pages, per-row
 * actions and bulk actions behind a confirmation.
 */
@DatelineTest
class StoryListTest {

    static final RequestPostProcessor EDITOR = user("lister").roles("EDITOR");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoryList list;

    long create(String headline, String status, String country, String person) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("headline", headline);
        form.add("body", "Body of " + headline + ".");
        form.add("source", "KPL");
        // long ago, so that these stories never become the latest of KPL or of Laos that
        // reader tests read
        form.add("publishedDate", "2019-06-04");
        form.add("zone", "+07:00");
        form.add("status", status);
        form.add("language", "en");
        if (country != null) {
            form.add("countries", country);
        }
        if (person != null) {
            form.add("people", person);
        }
        form.add("action", "save");
        MvcTestResult result = mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange();
        assertThat(result).hasStatus3xxRedirection();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
    }

    Document get(String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).with(EDITOR).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theListCountsFiltersByCountryPersonAndAgencySortsByHeadlineAndPagesByKeyset() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "q");
        create("Beta " + tag, "PUBLISHED", "LA", null);
        create("Alpha " + tag, "DRAFT", "AZ", "elnur-mammadov");
        create("Delta " + tag, "PUBLISHED", "LA", "elnur-mammadov");
        create("Gamma " + tag, "DRAFT", null, null);

        Document all = get("/admin?q=" + tag);
        assertThat(all.select(".status-counts a").eachText()).anyMatch(t -> t.startsWith("All ("))
            .anyMatch(t -> t.startsWith("Draft ("))
            .anyMatch(t -> t.startsWith("Published ("))
            .allMatch(t -> t.matches(".+ \\([1-9][0-9,]*\\)|Scheduled \\([0-9,]+\\)"));
        assertThat(all.select(".story-table .status").eachText()).containsOnly("Published", "Draft");
        assertThat(get("/admin?country=LA&q=" + tag).select(".story-table td.headline").eachText())
            .containsExactlyInAnyOrder("Beta " + tag, "Delta " + tag);
        assertThat(get("/admin?person=elnur-mammadov&q=" + tag).select(".story-table td.headline").eachText())
            .containsExactlyInAnyOrder("Alpha " + tag, "Delta " + tag);
        MvcTestResult byName = mvc.get()
            .uri("/admin")
            .param("person", "Elnur Mammadov")
            .param("q", tag)
            .with(EDITOR)
            .exchange();
        assertThat(Jsoup.parse(byName.getResponse().getContentAsString(StandardCharsets.UTF_8))
            .select(".story-table td.headline")
            .eachText()).containsExactlyInAnyOrder("Alpha " + tag, "Delta " + tag);
        assertThat(get("/admin?agency=kpl&status=DRAFT&q=" + tag).select(".story-table td.headline").eachText())
            .containsExactlyInAnyOrder("Alpha " + tag, "Gamma " + tag);
        assertThat(get("/admin?person=nobody-at-all&q=" + tag).select(".notice").text())
            .isEqualTo("No person named nobody-at-all.");
        Document byHeadline = get("/admin?sort=headline&q=" + tag);
        assertThat(byHeadline.select(".story-table td.headline").eachText()).containsExactly("Alpha " + tag,
                "Beta " + tag, "Delta " + tag, "Gamma " + tag);

        List<String> paged = new ArrayList<>();
        String after = "";
        for (int page = 0; page < 3 && after != null; page++) {
            StoryList.Page p = list.page(new StoryList.Filter(tag, "", "", "", "", "headline", after), 3);
            p.rows().forEach(row -> paged.add(row.headline()));
            after = p.next();
        }
        assertThat(paged).containsExactly("Alpha " + tag, "Beta " + tag, "Delta " + tag, "Gamma " + tag);
        StoryList.Page first = list.page(new StoryList.Filter(tag, "", "", "", "", "headline", ""), 3);
        assertThat(first.next()).isNotNull();
        Document second = get("/admin?sort=headline&q=" + tag + "&after=" + first.next());
        assertThat(second.select(".story-table td.headline").eachText()).containsExactly("Gamma " + tag);
    }

    @Test
    void eachRowHasItsActionsAndBulkActionsAskFirst() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "q");
        long published = create("Published " + tag, "PUBLISHED", null, null);
        long other = create("Other " + tag, "PUBLISHED", null, null);
        long draft = create("Draft " + tag, "DRAFT", null, null);

        Document page = get("/admin?q=" + tag);
        var row = page.select(".story-table tr:has(input[value=" + published + "])");
        assertThat(row.select(".row-actions a").eachText()).containsExactly("View", "Edit", "Revisions");
        assertThat(row.select(".row-actions button[formaction]").attr("formaction"))
            .isEqualTo("/admin/articles/" + published + "/unpublish");
        assertThat(page.select(".story-table tr:has(input[value=" + draft + "]) .row-actions").text())
            .doesNotContain("View")
            .doesNotContain("Unpublish");

        MvcTestResult ask = mvc.post()
            .uri("/admin/stories/bulk")
            .with(EDITOR)
            .with(csrf())
            .param("ids", String.valueOf(published), String.valueOf(other))
            .param("bulk", "unpublish")
            .exchange();
        Document confirm = Jsoup.parse(ask.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(confirm.select("h1").text()).isEqualTo("Unpublish 2 stories?");
        assertThat(status(published)).isEqualTo("PUBLISHED");

        mvc.post().uri("/admin/stories/bulk/confirm").with(EDITOR).with(csrf()).params(hidden(confirm)).exchange();

        assertThat(status(published)).isEqualTo("DRAFT");
        assertThat(status(other)).isEqualTo("DRAFT");
        assertThat(jdbc.sql(
                "select count(*) from audit_log where entity_type = 'ARTICLE' and action = 'UNPUBLISHED' and entity_id in (?, ?)")
            .params(published, other)
            .query(Long.class)
            .single()).isEqualTo(2);
    }

    private static MultiValueMap<String, String> hidden(Document page) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        page.select("form input[type=hidden]").forEach(input -> form.add(input.attr("name"), input.val()));
        return form;
    }

    private String status(long id) {
        return jdbc.sql("select status from article where id = ?").param(id).query(String.class).single();
    }

}
