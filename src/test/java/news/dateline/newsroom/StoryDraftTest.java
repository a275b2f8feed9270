package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import news.dateline.support.DatelineTest;
import news.dateline.support.StoryForms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The story form's friction and safety net (issue 13): a paste that says what it did,
 * suggestions accepted or dismissed at once, a preview of what the save will make, a save
 * that changes nothing recording nothing, and autosaves that bring work back.
 */
@DatelineTest
class StoryDraftTest {

    static final RequestPostProcessor EDITOR = user("drafter").roles("EDITOR");

    static final RequestPostProcessor OTHER = user("other-drafter").roles("EDITOR");

    static final String WIRE = """
            Laos and Azerbaijan Sign Culture Plan

             date 2025-12-20 MENAFN - Trend News Agency)Deputy Foreign Minister Maythong Thammavongsa and Elnur Mammadov signed a culture plan in Vientiane, Trend reports.
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    MultiValueMap<String, String> story(String headline, String body, String status) {
        return StoryForms.story(headline, body, status);
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    Document post(String uri, MultiValueMap<String, String> form) throws Exception {
        MvcTestResult result = mvc.post().uri(uri).with(EDITOR).with(csrf()).params(form).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    Document get(String uri, RequestPostProcessor who) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).with(who).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long create(MultiValueMap<String, String> form) {
        MvcTestResult result = mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange();
        assertThat(result).hasStatus3xxRedirection();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
    }

    /** What the page would post: every field as shown, ticked boxes only. */
    static MultiValueMap<String, String> fieldsOf(Document page) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        page.select("form.story-form input[name]:not([type=checkbox]), form.story-form select[name]")
            .forEach(input -> form.add(input.attr("name"),
                    input.is("select") ? input.select("option[selected]").val() : input.val()));
        page.select("form.story-form textarea[name]").forEach(area -> form.add(area.attr("name"), area.text()));
        page.select("form.story-form input[type=checkbox][checked]")
            .forEach(box -> form.add(box.attr("name"), box.val()));
        return form;
    }

    @Test
    void aGoodPasteSaysWhatItFilledTicksTheKnownSuggestionsAndKeepsTheCopyWithNoAlert() throws Exception {
        MultiValueMap<String, String> form = story("", "", "DRAFT");
        form.add("wire", WIRE);
        form.set("action", "paste");

        Document page = post("/admin/articles", form);

        assertThat(page.select("[role=alert], .error-summary, .has-error, [aria-invalid=true]")).isEmpty();
        assertThat(page.select(".notice.pasted").text()).contains("Filled headline, body, date, source")
            .contains("2 people, 2 countries suggested, 4 ticked")
            .contains("Not in the copy, so not filled: dateline");
        assertThat(page.select("input[name=people][checked]").eachAttr("value")).contains("maithong-thammavongsa",
                "elnur-mammadov");
        assertThat(page.select("input[name=countries][checked]").eachAttr("value")).contains("LA", "AZ");
        assertThat(page.select("#wire").text()).contains("Laos and Azerbaijan Sign Culture Plan");
        assertThat(page.select("details.paste").hasAttr("open")).isFalse();
        assertThat(page.select("button[value=accept]").text()).isEqualTo("Accept all suggestions");
    }

    @Test
    void acceptAllAndDismissAllAreButtonsThatTickAndUntickEverySuggestion() throws Exception {
        String name = unique("Bounsong Keovilay").replaceAll("\\d", "");
        MultiValueMap<String, String> form = story("Ministers meet",
                "Laos and Vietnam met. Deputy Prime Minister " + name + " said so. Vietnamese officials agreed.",
                "DRAFT");
        form.set("action", "suggest");
        Document suggested = post("/admin/articles", form);
        assertThat(suggested.select("input[name=countries][checked]").eachAttr("value")).contains("LA", "VN");
        assertThat(suggested.select("input[name=people]:not([checked])").eachAttr("value"))
            .anyMatch(value -> value.startsWith("new:"));

        MultiValueMap<String, String> accept = fieldsOf(suggested);
        accept.set("action", "accept");
        Document accepted = post("/admin/articles", accept);
        assertThat(accepted.select("input[name=people]:not([checked])")).isEmpty();
        assertThat(accepted.select("input[name=people][checked]").eachAttr("value"))
            .anyMatch(value -> value.startsWith("new:"));

        MultiValueMap<String, String> dismiss = fieldsOf(accepted);
        dismiss.set("action", "dismiss");
        Document dismissed = post("/admin/articles", dismiss);
        assertThat(dismissed.select("input[name=people], input[name=countries]")).isEmpty();
        assertThat(dismissed.select("#headline").val()).isEqualTo("Ministers meet");
    }

    @Test
    void thePreviewShowsTheNewPeopleAndTheNewEventTheSaveWillCreate() throws Exception {
        String person = unique("Khamla Phommavong").replaceAll("\\d", "");
        MultiValueMap<String, String> form = story(unique("Preview with new tags"), "Some words.", "DRAFT");
        form.add("people", "new:" + person + "|Ambassador|LA");
        form.add("newEventTitle", "Culture week in Vientiane");
        form.add("newEventDate", "2025-12-08");
        form.set("action", "preview");

        Document page = post("/admin/articles", form);

        assertThat(page.select(".preview .story-tags").text()).contains(person)
            .contains("Culture week in Vientiane (8 December 2025)");
        assertThat(jdbc.sql("select count(*) from person where name = ?").param(person).query(Long.class).single())
            .isZero();
        assertThat(page.select("form.story-form button[value=save]")).hasSize(2);
        assertThat(page.select("form.story-form button[value=preview]")).hasSize(2);
    }

    @Test
    void aSaveThatChangesNothingAddsNoRevisionAndNoAuditEntry() throws Exception {
        long id = create(story(unique("Saved twice"), "The same words.", "PUBLISHED"));
        Document open = get("/admin/articles/" + id + "/edit", EDITOR);
        MultiValueMap<String, String> again = fieldsOf(open);
        again.set("action", "save");
        long revisions = count("select count(*) from article_revision where article_id = ?", id);
        long audits = count("select count(*) from audit_log where entity_type = 'ARTICLE' and entity_id = ?", id);

        MvcTestResult unchanged = mvc.post()
            .uri("/admin/articles/" + id)
            .with(EDITOR)
            .with(csrf())
            .params(again)
            .exchange();

        assertThat(unchanged).hasStatus3xxRedirection();
        assertThat(count("select count(*) from article_revision where article_id = ?", id)).isEqualTo(revisions);
        assertThat(count("select count(*) from audit_log where entity_type = 'ARTICLE' and entity_id = ?", id))
            .isEqualTo(audits);
        assertThat(get("/admin/articles/" + id + "/edit", EDITOR).select(".notice").text())
            .doesNotContain("Nothing had changed");

        again.set("body", "Other words.");
        mvc.post().uri("/admin/articles/" + id).with(EDITOR).with(csrf()).params(again).exchange();
        assertThat(count("select count(*) from article_revision where article_id = ?", id)).isEqualTo(revisions + 1);
        assertThat(count(
                "select count(*) from audit_log where entity_type = 'ARTICLE' and entity_id = ? and action = 'EDITED'",
                id))
            .isOne();
    }

    @Test
    void anAutosaveIsNeitherARevisionNorAnAuditEntryAndTheStoryOpensWithItFromAnywhereUntilSaved() throws Exception {
        long id = create(story(unique("Autosaved story"), "First words.", "DRAFT"));
        Document open = get("/admin/articles/" + id + "/edit", EDITOR);
        MultiValueMap<String, String> typing = fieldsOf(open);
        typing.set("body", "First words. And more typed before the tab closed.");
        long revisions = count("select count(*) from article_revision where article_id = ?", id);
        long audits = count("select count(*) from audit_log where entity_id = ?", id);

        assertThat(mvc.post().uri("/admin/articles/autosave").with(EDITOR).params(typing).exchange())
            .hasStatus(HttpStatus.FORBIDDEN);
        MvcTestResult autosaved = mvc.post()
            .uri("/admin/articles/autosave")
            .with(EDITOR)
            .with(csrf())
            .params(typing)
            .exchange();

        assertThat(autosaved).hasStatusOk();
        assertThat(autosaved.getResponse().getContentAsString()).startsWith("Autosaved at ");
        assertThat(count("select count(*) from article_revision where article_id = ?", id)).isEqualTo(revisions);
        assertThat(count("select count(*) from audit_log where entity_id = ?", id)).isEqualTo(audits);
        Document reopened = get("/admin/articles/" + id + "/edit", OTHER);
        assertThat(reopened.select("#body").text()).isEqualTo("First words. And more typed before the tab closed.");
        assertThat(reopened.select(".notice.restored").text()).startsWith("Brought back the text autosaved at ")
            .contains("by drafter");

        MultiValueMap<String, String> save = fieldsOf(reopened);
        save.set("action", "save");
        mvc.post().uri("/admin/articles/" + id).with(EDITOR).with(csrf()).params(save).exchange();
        Document saved = get("/admin/articles/" + id + "/edit", EDITOR);
        assertThat(saved.select(".notice.restored")).isEmpty();
        assertThat(saved.select("#body").text()).isEqualTo("First words. And more typed before the tab closed.");
    }

    @Test
    void withoutJavascriptPreviewAutosavesANewStoryWhichItsEditorFindsInTheListAndResumes() throws Exception {
        Document blank = get("/admin/articles/new", EDITOR);
        String key = blank.select("input[name=draft]").val();
        assertThat(key).startsWith("new:");
        MultiValueMap<String, String> form = fieldsOf(blank);
        String headline = unique("Never saved");
        form.set("headline", headline);
        form.set("body", "Typed, previewed, then the browser crashed.");
        form.set("action", "preview");

        Document preview = post("/admin/articles", form);

        assertThat(preview.select("#autosave-status").text()).startsWith("Autosaved at ");
        Document list = get("/admin", EDITOR);
        assertThat(list.select(".unsaved a").eachText()).contains(headline);
        assertThat(get("/admin", OTHER).select(".unsaved a").eachText()).doesNotContain(headline);
        String resume = list.select(".unsaved a:contains(" + headline + ")").attr("href");
        Document resumed = get(resume, EDITOR);
        assertThat(resumed.select("#body").text()).isEqualTo("Typed, previewed, then the browser crashed.");
        assertThat(resumed.select("input[name=draft]").val()).isEqualTo(key);
        assertThat(get(resume, OTHER).select("#body").text()).isEmpty();

        MultiValueMap<String, String> save = fieldsOf(resumed);
        save.set("action", "save");
        create(save);
        assertThat(get("/admin", EDITOR).select(".unsaved a").eachText()).doesNotContain(headline);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

}
