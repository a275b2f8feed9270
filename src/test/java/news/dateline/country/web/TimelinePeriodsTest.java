package news.dateline.country.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import news.dateline.support.DatelineTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/**
 * A country with more events than a page lists shows its years with their counts, the
 * months of the year shown, and one period's events, each with its latest three stories.
 * A hundred and nine events made in the test's transaction: ten in 2019, eighty-four in
 * 2020 (seven a month) and fifteen in 2021 (five a month, January to March).
 */
@DatelineTest
@Transactional
class TimelinePeriodsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    news.dateline.web.ReaderCache.Evictor caches;

    String country;

    @BeforeEach
    void aCountryWithAHundredAndNineEvents() {
        country = jdbc.sql("""
                select c.slug from country c
                where not exists (select 1 from event_country ec where ec.country_id = c.id)
                  and not exists (select 1 from article_country ac where ac.country_id = c.id)
                order by c.id limit 1""").query(String.class).single();
        jdbc.sql(
                """
                        insert into event (slug, title, kind, start_date, date_precision)
                        select 'period-event-' || i, 'Period event ' || i, 'visit',
                               case when i <= 10 then date '2019-03-01' + i
                                    when i <= 94 then date '2020-01-01' + cast((i - 11) / 7 as int) * interval '1 month' + (i % 7) * interval '1 day'
                                    else date '2021-01-01' + cast((i - 95) / 5 as int) * interval '1 month' + (i % 5) * interval '1 day' end,
                               'DAY'
                        from generate_series(1, 109) i""")
            .update();
        jdbc.sql("""
                insert into event_country (event_id, country_id)
                select e.id, c.id from event e, country c where e.slug like 'period-event-%' and c.slug = ?""")
            .param(country)
            .update();
        // five stories cover the last event
        jdbc.sql(
                """
                        insert into article (slug, headline, body, agency_id, published_at, published_precision, status, content_hash)
                        select 'period-story-' || i, 'Period story ' || i, 'A story of the last event.', (select min(id) from agency),
                               timestamptz '2021-06-10 12:00:00+00' + i * interval '1 hour', 'MINUTE', 'PUBLISHED', 'period-hash-' || i
                        from generate_series(1, 5) i""")
            .update();
        jdbc.sql("""
                insert into article_event (article_id, event_id)
                select a.id, (select id from event where slug = 'period-event-109') from article a
                where a.slug like 'period-story-%'""").update();
        caches.evictAll();
    }

    @Test
    void theLatestYearThatFitsIsShownWithItsMonths() throws Exception {
        Document page = page("");

        assertThat(page.select("#periods-heading").text()).isEqualTo("109 events by year");
        assertThat(page.select(".timeline-periods ul[aria-label=Years] a").eachText()).containsExactly("2019 (10)",
                "2020 (84)", "2021 (15)");
        assertThat(page.select(".timeline-periods a[aria-current=true]").eachText()).containsExactly("2021 (15)");
        // only the months of the year shown
        assertThat(page.select(".timeline-periods .months").eachAttr("aria-label")).containsExactly("Months of 2021");
        assertThat(page.select(".timeline-periods .months a").eachText()).containsExactly("January (5)", "February (5)",
                "March (5)");
        assertThat(page.select(".timeline-year h3").eachText()).containsExactly("2021");
        assertThat(page.select(".timeline-year ol.timeline > li")).hasSize(15);
        // the last event's latest three stories of five: its page has them all
        assertThat(page.select(".timeline a[href=\"/events/period-event-109\"] ~ .covered-by li a").eachText())
            .containsExactly("Period story 5", "Period story 4", "Period story 3");
    }

    @Test
    void aLatestYearTooLongToListIsShownByItsLatestMonth() throws Exception {
        jdbc.sql("""
                insert into event (slug, title, kind, start_date, date_precision)
                select 'period-event-more-' || i, 'Period event more ' || i, 'visit', date '2021-03-10' + i, 'DAY'
                from generate_series(1, 10) i""").update();
        jdbc.sql("""
                insert into event_country (event_id, country_id)
                select e.id, c.id from event e, country c where e.slug like 'period-event-more-%' and c.slug = ?""")
            .param(country)
            .update();
        caches.evictAll();

        Document page = page("");

        assertThat(page.select(".timeline-periods a[aria-current=true]").eachText()).containsExactly("2021 (25)",
                "March (15)");
        assertThat(page.select(".timeline-year ol.timeline > li > time").eachAttr("datetime")).hasSize(15)
            .allMatch(date -> date.startsWith("2021-03"));
        assertThat(page.select(".timeline-periods .meta").text()).isEqualTo("Events of March 2021:");
    }

    @Test
    void aYearOrAMonthIsShownWhenAsked() throws Exception {
        Document year = page("?period=2020");
        assertThat(year.select(".timeline-periods .months").eachAttr("aria-label")).containsExactly("Months of 2020");
        assertThat(year.select(".timeline-periods .months a")).hasSize(12);
        // more than a page lists: the first eighty, and the page says how many are left
        // out
        assertThat(year.select(".timeline-year ol.timeline > li > time").eachAttr("datetime")).hasSize(80)
            .isSorted()
            .allMatch(date -> date.startsWith("2020-"));
        assertThat(year.select(".timeline-periods .meta").text()).isEqualTo("The first 80 of 84 events of 2020:");

        Document month = page("?period=2020-03");
        // the month, and the year it belongs to
        assertThat(month.select(".timeline-periods a[aria-current=true]").eachText()).containsExactly("2020 (84)",
                "March (7)");
        assertThat(month.select(".timeline-year ol.timeline > li > time").eachAttr("datetime")).hasSize(7)
            .allMatch(date -> date.startsWith("2020-03"));
        assertThat(month.select(".timeline-periods .meta").text()).isEqualTo("Events of March 2020:");
    }

    private Document page(String query) throws Exception {
        var result = mvc.get().uri("/countries/" + country + query).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

}
