package news.dateline.country;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.shared.CacheTags;
import news.dateline.shared.PartialDate;
import news.dateline.shared.DisplayTimes;
import news.dateline.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A timeline of events, each with the stories that cover it, grouped by year: two statements
 * whatever the number of events and stories.
 */
@Component
class Timelines {

    private final JdbcClient jdbc;
    private final Clock clock;

    Timelines(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param eventFilter SQL over the alias {@code e} choosing the events, with positional parameters
     */
    List<CountryQueries.TimelineYear> of(String eventFilter, Object... params) {
        Map<Long, CountryQueries.TimelineEntry> entries = new LinkedHashMap<>();
        jdbc.sql("select e.id, e.slug, e.title, e.start_date, e.date_precision, e.place from event e where "
                        + eventFilter + " order by e.start_date, e.id")
                .params(params)
                .query(rs -> {
                    CacheTags.add(CacheTags.event(rs.getLong("id")));
                    PartialDate date = PartialDate.of(rs.getObject("start_date", LocalDate.class),
                            PartialDate.Precision.valueOf(rs.getString("date_precision")));
                    entries.put(rs.getLong("id"), new CountryQueries.TimelineEntry(rs.getString("slug"), rs.getString("title"),
                            date.display(), date.toString(), date.year(), rs.getString("place"), new ArrayList<>()));
                });
        if (!entries.isEmpty()) {
            List<Object> storyParams = new ArrayList<>(List.of(params));
            storyParams.add(SqlTime.now(clock));
            jdbc.sql("""
                            select ae.event_id, a.slug, a.headline, a.published_at, a.published_offset
                            from article_event ae join article a on a.id = ae.article_id
                            where ae.event_id in (select e.id from event e where \s""" + eventFilter + " " + """
                            ) and a.status = 'PUBLISHED' and a.published_at <= ?
                            order by a.published_at desc, a.id desc""")
                    .params(storyParams)
                    .query(rs -> {
                        var entry = entries.get(rs.getLong("event_id"));
                        if (entry != null) {
                            entry.stories().add(new CountryQueries.StoryItem(rs.getString("slug"), rs.getString("headline"),
                                    DisplayTimes.day(rs)));
                        }
                    });
        }
        Map<Integer, List<CountryQueries.TimelineEntry>> byYear = new LinkedHashMap<>();
        entries.values().forEach(entry -> byYear.computeIfAbsent(entry.year(), y -> new ArrayList<>()).add(entry));
        return byYear.entrySet().stream().map(e -> new CountryQueries.TimelineYear(e.getKey(), e.getValue())).toList();
    }
}
