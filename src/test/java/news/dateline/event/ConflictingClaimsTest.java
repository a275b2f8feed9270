package news.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import news.dateline.ingest.ImportReport;
import news.dateline.ingest.StoryImporter;
import news.dateline.shared.PartialDate;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Conflicting facts (issue 11.7): two stories about one event that disagree on its day
 * and place. The event keeps both claims with their sources, its page shows both, the
 * newsroom lists the conflict, and settling it keeps the record of both claims.
 */
@DatelineTest
class ConflictingClaimsTest {

    static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoryImporter importer;

    @Autowired
    Events events;

    @Autowired
    ReaderCache.Evictor caches;

    /** A made-up name no story or event has. */
    final String name = "Zorvath" + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "q");

    long eventId;

    String eventSlug;

    @BeforeEach
    void anEventBetweenLaosAndAzerbaijan() {
        var added = events.add(
                new Events.Details(name + " forum", "forum", null, PartialDate.of(LocalDate.of(2025, 11, 20)), null,
                        null),
                jdbc.sql("select id from country where code in ('LA', 'AZ')").query(Long.class).list(), List.of());
        events.addPhrase(added.id(), name + " forum", Events.Phrase.ALIAS);
        eventId = added.id();
        eventSlug = added.slug();
    }

    @AfterEach
    void forget() {
        jdbc.sql("delete from article where source_file like ?").param("claims-" + name + "%").update();
        jdbc.sql("delete from event where id = ?").param(eventId).update();
        caches.evictAll();
    }

    void importStory(String file, String wire) {
        List<ImportReport> reports = importer.importAll(
                List.of(new StoryImporter.Input("claims-" + name + "-" + file, wire.getBytes(StandardCharsets.UTF_8))),
                false);
        assertThat(reports).singleElement()
            .satisfies(report -> assertThat(report.outcome()).as(report.toString())
                .isEqualTo(ImportReport.Outcome.IMPORTED));
    }

    Document page(String path, RequestPostProcessor... as) throws Exception {
        var request = mvc.get().uri(path);
        for (RequestPostProcessor p : as) {
            request = request.with(p);
        }
        var result = request.exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theEventPageShowsBothClaimsWithTheirAgenciesAndSettlingKeepsBoth() throws Exception {
        importStory("kpl.txt",
                """
                        Laos, Azerbaijan hold %1$s forum

                        VIENTIANE, 21 November 2025 (KPL) – Laos and Azerbaijan held the %1$s forum on 20 November in Vientiane, with officials of both foreign ministries.
                        """
                    .formatted(name));
        importStory("trend.txt",
                """
                        Azerbaijan and Laos discuss ties at %1$s forum

                        22 November 2025 14:05 (UTC+04:00)

                        BAKU, Azerbaijan, November 22. Azerbaijan and Laos held the %1$s forum on 19 November in Baku, Trend reports.

                        The sides discussed agriculture and education.
                        """
                    .formatted(name));

        Document event = page("/events/" + eventSlug);
        assertThat(event.select(".claims").eachText()).containsExactly(
                "Date as reported 20 November 2025 (KPL) · 19 November 2025 (Trend News Agency)",
                "Place as reported Vientiane (KPL) · Baku (Trend News Agency)");

        Document newsroom = page("/admin/conflicts", EDITOR);
        assertThat(newsroom.select("nav[aria-label=Newsroom] a[href=/admin/conflicts]")).hasSize(1);
        var conflict = newsroom.select("section.conflict:has(a[href=/events/" + eventSlug + "])");
        assertThat(conflict).hasSize(1);
        assertThat(conflict.select("tbody tr")).hasSize(2);
        assertThat(conflict.select("input[name=date]").eachAttr("value")).containsExactly("", "2025-11-19",
                "2025-11-20");

        assertThat(mvc.post().uri("/admin/conflicts/" + eventId).with(EDITOR).param("date", "2025-11-19").exchange())
            .as("no settling without the form's CSRF token")
            .hasStatus(403);
        assertThat(mvc.post()
            .uri("/admin/conflicts/" + eventId)
            .with(EDITOR)
            .with(csrf())
            .param("date", "2025-11-19")
            .param("place", "")
            .exchange()).hasStatus3xxRedirection();

        assertThat(page("/admin/conflicts", EDITOR).select("a[href=/events/" + eventSlug + "]")).isEmpty();
        assertThat(jdbc.sql("select start_date from event where id = ?").param(eventId).query(LocalDate.class).single())
            .isEqualTo(LocalDate.of(2025, 11, 19));
        assertThat(jdbc.sql("select count(*) from event_claim where event_id = ?")
            .param(eventId)
            .query(Integer.class)
            .single()).as("both claims stay with their stories").isEqualTo(2);
        assertThat(jdbc.sql("select claims from event_settlement where event_id = ?")
            .param(eventId)
            .query(String.class)
            .single()).contains("20 November 2025, Vientiane (KPL: ").contains("19 November 2025, Baku (Trend");
        assertThat(jdbc.sql("select summary from audit_log where action = 'SETTLE' and entity_id = ?")
            .param(eventId)
            .query(String.class)
            .single()).contains("day 2025-11-19").contains("20 November 2025");
        assertThat(page("/events/" + eventSlug).select(".claims").eachText()).as("the page still shows both claims")
            .hasSize(2);
    }

}
