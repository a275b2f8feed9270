package news.dateline.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import news.dateline.ingest.ImportReport;
import news.dateline.ingest.StoryImporter;
import news.dateline.support.DatelineTest;
import news.dateline.web.ReaderCache;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Roles as facts in time (issue 11.6): a role is recorded with the dated story that
 * states it; the person page shows each role from the first to the latest story stating
 * it, and a story's page shows each person's role at the story's date, not today's.
 */
@DatelineTest
class RoleFactsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoryImporter importer;

    @Autowired
    ReaderCache.Evictor caches;

    /** A surname of letters only, new to the graph, as the recognizer reads names. */
    final String surname = "Douang" + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "x");

    final String name = "Sengphet " + surname;

    @BeforeEach
    @AfterEach
    void forget() {
        jdbc.sql("delete from article where source_file like ?").param("role-facts-" + surname + "%").update();
        jdbc.sql("delete from article where headline like ?").param("%" + surname + "%").update();
        jdbc.sql("delete from person where name = ?").param(name).update();
        caches.evictAll();
    }

    String importStory(String file, String wire) {
        List<ImportReport> reports = importer.importAll(List
            .of(new StoryImporter.Input("role-facts-" + surname + "-" + file, wire.getBytes(StandardCharsets.UTF_8))),
                false);
        assertThat(reports).singleElement()
            .satisfies(report -> assertThat(report.outcome()).as(report.toString())
                .isEqualTo(ImportReport.Outcome.IMPORTED));
        return reports.getFirst().slug();
    }

    Document page(String path) throws Exception {
        var result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String roleOn(Document article) {
        return article.select("#people-heading + ul li")
            .stream()
            .filter(li -> li.selectFirst("a").text().equals(name))
            .map(li -> li.select(".role").text())
            .findFirst()
            .orElseThrow();
    }

    @Test
    void twoStoriesAtDifferentDatesGiveTwoPeriodsAndEachStoryShowsTheRoleOfItsDate() throws Exception {
        String in2016 = importStory("2016.txt",
                """
                        Lao diplomat receives Thai envoy %1$s

                        VIENTIANE, 10 March 2016 (KPL) – Vice Minister of Foreign Affairs %2$s received the new Thai envoy at the ministry in Vientiane.

                        Mr %3$s said both sides would deepen cooperation.
                        """
                    .formatted(surname, name, surname));
        String in2025 = importStory("2025.txt", """
                Lao ambassador meets Vietnamese officials %1$s

                HANOI, 1 December 2025 (KPL) – Lao Ambassador %2$s met officials of Vietnam in Hanoi to prepare a visit.

                The ambassador thanked his hosts.
                """.formatted(surname, name));
        String later = importStory("later.txt", """
                Lao and Vietnamese officials plan a visit %1$s

                HANOI, 5 December 2025 (KPL) – %2$s and officials of Vietnam discussed a visit planned for next year.
                """.formatted(surname, name));

        String slug = jdbc.sql("select slug from person where name = ?").param(name).query(String.class).single();
        Document person = page("/people/" + slug);
        assertThat(person.select("table.roles tbody tr"))
            .extracting(tr -> tr.select("th").text(), tr -> tr.select("td").get(0).text(),
                    tr -> tr.select("td").get(1).text())
            .containsExactly(tuple("Ambassador of Laos", "1 December 2025", "1 December 2025"),
                    tuple("Vice Minister of Foreign Affairs", "10 March 2016", "10 March 2016"));
        assertThat(person.select("table.roles tbody tr").get(0).select("td").get(2).select("a").attr("href"))
            .isEqualTo("/articles/" + in2025);

        assertThat(roleOn(page("/articles/" + in2016))).isEqualTo("Vice Minister of Foreign Affairs");
        assertThat(roleOn(page("/articles/" + in2025))).isEqualTo("Ambassador of Laos");
        assertThat(roleOn(page("/articles/" + later))).as("the latest role stated before the story's date")
            .isEqualTo("Ambassador of Laos");
    }

    @Test
    void twoWaysOfWritingOneOfficeAreOneRoleAndAnAmbassadorsPostIsPartOfIt() throws Exception {
        importStory("2017.txt", """
                Lao minister meets Thai envoy %1$s

                VIENTIANE, 14 March 2017 (KPL) – Lao Foreign Minister %2$s received the new Thai envoy in Vientiane.
                """.formatted(surname, name));
        importStory("2024.txt", """
                Lao minister visits Bangkok %1$s

                BANGKOK, 3 June 2024 (KPL) – Minister of Foreign Affairs of Laos %2$s held talks in Bangkok.
                """.formatted(surname, name));
        String slug = jdbc.sql("select slug from person where name = ?").param(name).query(String.class).single();

        assertThat(page("/people/" + slug).select("table.roles tbody tr"))
            .extracting(tr -> tr.select("td").get(0).text(), tr -> tr.select("td").get(1).text())
            .as("one office from its first story to its last")
            .containsExactly(tuple("14 March 2017", "3 June 2024"));

        importStory("2025.txt", """
                Lao envoy meets officials in Hanoi %1$s

                HANOI, 1 December 2025 (KPL) – The Lao Ambassador to Vietnam %2$s met officials in Hanoi.
                """.formatted(surname, name));
        caches.evictAll();
        assertThat(page("/people/" + slug).select("table.roles tbody tr th").eachText())
            .containsExactly("Ambassador of Laos to Vietnam", "Minister of Foreign Affairs of Laos");
    }

    @Test
    void aNewsroomSaveRecordsTheRoleItsTextStates() throws Exception {
        importStory("2016.txt",
                """
                        Lao diplomat receives Thai envoy %1$s

                        VIENTIANE, 10 March 2016 (KPL) – Vice Minister of Foreign Affairs %2$s received the new Thai envoy at the ministry in Vientiane.
                        """
                    .formatted(surname, name));
        String slug = jdbc.sql("select slug from person where name = ?").param(name).query(String.class).single();

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("headline", "Minister visits Hanoi " + surname);
        form.add("standfirst", "");
        form.add("body", "Deputy Foreign Minister " + name + " of Laos visited Hanoi on Monday.");
        form.add("source", "Dateline staff");
        form.add("dateline", "Hanoi");
        form.add("slug", "");
        form.add("publishedDate", "2024-06-03");
        form.add("publishedTime", "10:00");
        form.add("zone", "+07:00");
        form.add("status", "PUBLISHED");
        form.add("language", "en");
        form.add("people", slug);
        form.add("action", "save");
        assertThat(
                mvc.post().uri("/admin/articles").with(user("ed").roles("EDITOR")).with(csrf()).params(form).exchange())
            .hasStatus3xxRedirection();

        caches.evictAll();
        assertThat(page("/people/" + slug).select("table.roles tbody tr th").eachText())
            .containsExactly("Deputy Foreign Minister of Laos", "Vice Minister of Foreign Affairs");
    }

}
