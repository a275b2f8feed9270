package news.dateline.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.dateline.ingest.ImportReport;
import news.dateline.ingest.StoryImporter;
import news.dateline.support.DatelineTest;
import news.dateline.support.StoryForms;
import news.dateline.web.ReaderCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A person merged into another leaves their slug redirecting to the person kept; no way
 * of adding a person (the people form, the story form's new person, an import that finds
 * someone new) may take that slug again, or the old address would lead to a stranger.
 */
@DatelineTest
class MergedSlugTest {

    static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoryImporter importer;

    @Autowired
    ReaderCache.Evictor caches;

    /** A name of letters only, new to the graph, as the recognizer reads names. */
    final String surname = "X" + UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "x");

    final String oldName = "Bounmy " + surname;

    final List<String> slugs = new ArrayList<>();

    final List<String> sourceFiles = new ArrayList<>();

    String mergedSlug;

    /**
     * Two records of one person, the second renamed before the merge: its slug still
     * comes from the old name, which is no longer anyone's name or alias, so nothing but
     * the slug rule stops a new person of that name from taking it.
     */
    @BeforeEach
    void mergeTwoRecordsOfOnePerson() {
        String kept = createThroughPeopleForm("Bounmy Keomany " + surname);
        mergedSlug = createThroughPeopleForm(oldName);
        assertThat(mvc.post()
            .uri("/admin/people/" + mergedSlug)
            .with(EDITOR)
            .with(csrf())
            .params(person("Bounmy K. " + surname, versionOf(mergedSlug)))
            .exchange()).hasStatus3xxRedirection();
        assertThat(mvc.post()
            .uri("/admin/people/" + kept + "/merge")
            .param("from", mergedSlug)
            .with(EDITOR)
            .with(csrf())
            .exchange()).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/people/" + mergedSlug).exchange()).hasStatus3xxRedirection();
        slugs.remove(mergedSlug);
    }

    @AfterEach
    void removeWhatWasCreated() {
        sourceFiles.forEach(file -> jdbc.sql("delete from article where source_file = ?").param(file).update());
        jdbc.sql("delete from article where headline like ?").param("%" + surname + "%").update();
        slugs.forEach(slug -> jdbc.sql("delete from person where slug = ?").param(slug).update());
        jdbc.sql("delete from person where name like ?").param("%" + surname + "%").update();
        caches.evictAll();
    }

    @Test
    void thePeopleFormGivesANewPersonAnotherSlug() {
        String slug = createThroughPeopleForm(oldName);

        assertThat(slug).isNotEqualTo(mergedSlug).isEqualTo(mergedSlug + "-2");
        assertThat(redirectOf(mergedSlug)).isEqualTo(keptSlug());
    }

    @Test
    void theStoryFormsNewPersonGetsAnotherSlug() {
        MultiValueMap<String, String> form = story("A visit to Baku " + surname, oldName + " visited Baku.");
        form.add("newPersonName", oldName);
        form.add("newPersonRole", "Ambassador of Laos to Azerbaijan");
        form.add("newPersonCountry", "LA");

        MvcTestResult saved = mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange();

        assertThat(saved).hasStatus3xxRedirection();
        assertThat(slugOfTheOneNamed(oldName)).isNotEqualTo(mergedSlug).isEqualTo(mergedSlug + "-2");
        assertThat(redirectOf(mergedSlug)).isEqualTo(keptSlug());
    }

    @Test
    void theStoryFormsSuggestedNewPersonGetsAnotherSlug() {
        MultiValueMap<String, String> form = story("A visit to Baku " + surname, oldName + " visited Baku.");
        form.add("people", "new:" + oldName + "|Ambassador|LA");

        MvcTestResult saved = mvc.post().uri("/admin/articles").with(EDITOR).with(csrf()).params(form).exchange();

        assertThat(saved).hasStatus3xxRedirection();
        assertThat(slugOfTheOneNamed(oldName)).isNotEqualTo(mergedSlug).isEqualTo(mergedSlug + "-2");
    }

    @Test
    void aPersonAnImportFindsGetsAnotherSlug() {
        String file = "merged-slug-" + surname + ".txt";
        sourceFiles.add(file);
        String wire = """
                Lao Envoy Meets Partners in Baku

                 date 2025-12-20 MENAFN - Trend News Agency)Lao Deputy Prime Minister %s met partners in Baku on Friday, Trend reports.
                """
            .formatted(oldName);

        List<ImportReport> reports = importer
            .importAll(List.of(new StoryImporter.Input(file, wire.getBytes(StandardCharsets.UTF_8))), false);

        assertThat(reports).singleElement().satisfies(report -> assertThat(report.people()).contains(oldName));
        assertThat(slugOfTheOneNamed(oldName)).isNotEqualTo(mergedSlug).isEqualTo(mergedSlug + "-2");
        assertThat(redirectOf(mergedSlug)).isEqualTo(keptSlug());
    }

    String keptSlug() {
        return jdbc.sql("select slug from person where name = ?")
            .param("Bounmy Keomany " + surname)
            .query(String.class)
            .single();
    }

    String redirectOf(String slug) {
        return mvc.get()
            .uri("/people/" + slug)
            .exchange()
            .getResponse()
            .getRedirectedUrl()
            .replaceFirst(".*/people/", "");
    }

    String slugOfTheOneNamed(String name) {
        return jdbc.sql("select slug from person where name = ?").param(name).query(String.class).single();
    }

    String createThroughPeopleForm(String name) {
        MvcTestResult result = mvc.post()
            .uri("/admin/people")
            .with(EDITOR)
            .with(csrf())
            .params(person(name, ""))
            .exchange();
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        String slug = location.substring("/admin/people/".length(), location.length() - "/edit".length());
        slugs.add(slug);
        return slug;
    }

    String versionOf(String slug) {
        return jdbc.sql("select version from person where slug = ?")
            .param(slug)
            .query(Integer.class)
            .single()
            .toString();
    }

    static MultiValueMap<String, String> person(String name, String version) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", name);
        form.add("role", "Test role");
        form.add("country", "LA");
        form.add("aliases", "");
        form.add("version", version);
        return form;
    }

    static MultiValueMap<String, String> story(String headline, String body) {
        return StoryForms.story(headline, body, "DRAFT");
    }

}
