package news.dateline.country;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import news.dateline.shared.PartialDate;
import news.dateline.shared.CacheTags;
import news.dateline.shared.DisplayTimes;
import news.dateline.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A timeline of events, each with the latest stories that cover it, grouped by year:
 * three statements whatever the number of events and stories. A timeline of up to
 * {@value #WHOLE} events is shown whole; a longer one (a country in the news for decades
 * has thousands) is shown as its years and months with how many events each holds,
 * linking to one period ({@code ?period=2019} or {@code 2019-05}), whose events are
 * listed; without a period, the latest one that fits.
 */
@Component
class Timelines {

    /**
     * The most events a timeline is listed whole with, and the most the period it lists
     * by default holds (the latest year, or else the latest month): with the three latest
     * stories of each, a page stays light.
     */
    static final int WHOLE = 20;

    /**
     * The most events listed for one period a reader asks for (a year of a country in the
     * news every day): the first of them, the page saying how many it leaves out.
     */
    static final int LISTED = 80;

    /** The most stories listed under one event: its own page has them all. */
    static final int STORIES_PER_EVENT = 3;

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

    private final JdbcClient jdbc;

    private final Clock clock;

    Timelines(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether a {@code ?period=} value is a year or a month. */
    static boolean isPeriod(String value) {
        return value != null && PERIOD.matcher(value).matches();
    }

    /**
     * @param period a year ({@code 2019}) or a month ({@code 2019-05}) to list, or null
     * @param eventFilter SQL over the alias {@code e} choosing the events, with
     * positional parameters
     */
    CountryQueries.Timeline of(String period, String eventFilter, Object... params) {
        List<CountryQueries.TimelinePeriod> periods = new ArrayList<>();
        jdbc.sql(
                "select cast(extract(year from e.start_date) as int) as y, cast(extract(month from e.start_date) as int) as m,"
                        + " count(*) as n from event e where " + eventFilter + " group by 1, 2 order by 1, 2")
            .params(params)
            .query(rs -> {
                int year = rs.getInt("y");
                if (periods.isEmpty() || periods.getLast().year() != year) {
                    periods.add(new CountryQueries.TimelinePeriod(year, new ArrayList<>()));
                }
                periods.getLast().months().add(new CountryQueries.TimelineMonth(year, rs.getInt("m"), rs.getLong("n")));
            });
        long total = periods.stream().mapToLong(CountryQueries.TimelinePeriod::events).sum();
        boolean whole = total <= WHOLE;
        String shown = whole ? null : chosen(period, periods);
        List<CountryQueries.TimelineYear> years = whole || shown != null ? events(shown, eventFilter, params)
                : List.of();
        return new CountryQueries.Timeline(years, whole ? List.of() : periods, shown, total);
    }

    /**
     * The period asked for when it holds events, else the latest year that fits, else the
     * latest month.
     */
    private static String chosen(String period, List<CountryQueries.TimelinePeriod> periods) {
        if (isPeriod(period)) {
            for (var year : periods) {
                if (period.equals(String.valueOf(year.year()))) {
                    return period;
                }
                for (var month : year.months()) {
                    if (period.equals(month.period())) {
                        return period;
                    }
                }
            }
        }
        var latest = periods.getLast();
        return latest.events() <= WHOLE ? String.valueOf(latest.year()) : latest.months().getLast().period();
    }

    /** The events (of a period, or all) with the latest stories of each. */
    private List<CountryQueries.TimelineYear> events(String period, String eventFilter, Object... params) {
        String inPeriod = "";
        List<Object> eventParams = new ArrayList<>(List.of(params));
        if (period != null) {
            var match = PERIOD.matcher(period);
            match.matches();
            LocalDate from = match.group(2) == null ? LocalDate.of(Integer.parseInt(match.group(1)), 1, 1)
                    : LocalDate.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)), 1);
            inPeriod = " and e.start_date >= ? and e.start_date < ?";
            eventParams.add(from);
            eventParams.add(match.group(2) == null ? from.plusYears(1) : from.plusMonths(1));
        }
        Map<Long, CountryQueries.TimelineEntry> entries = new LinkedHashMap<>();
        jdbc.sql("select e.id, e.slug, e.title, e.start_date, e.date_precision, e.place from event e where "
                + eventFilter + inPeriod + " order by e.start_date, e.id limit " + LISTED)
            .params(eventParams)
            .query(rs -> {
                CacheTags.add(CacheTags.event(rs.getLong("id")));
                PartialDate date = PartialDate.of(rs.getObject("start_date", LocalDate.class),
                        PartialDate.Precision.valueOf(rs.getString("date_precision")));
                entries.put(rs.getLong("id"),
                        new CountryQueries.TimelineEntry(rs.getString("slug"), rs.getString("title"), date.display(),
                                date.toString(), date.year(), rs.getString("place"), new ArrayList<>()));
            });
        if (!entries.isEmpty()) {
            var now = SqlTime.now(clock);
            // A story covering several events of the timeline is listed once: under the
            // event nearest its day.
            Map<Long, CountryQueries.Coverage> coverage = new LinkedHashMap<>();
            Map<Long, Long> under = new LinkedHashMap<>();
            Map<Long, Long> distance = new LinkedHashMap<>();
            jdbc.sql(
                    """
                            select ev.id as event_id, a.id, a.slug, a.headline, a.published_at, a.published_offset, ag.name as agency
                            from unnest(cast(? as bigint[])) as ev (id)
                            cross join lateral (select ae.article_id from article_event ae
                                                where ae.event_id = ev.id and ae.status = 'PUBLISHED' and ae.published_at <= ?
                                                order by ae.published_at desc, ae.article_id desc limit ?) latest
                            join article a on a.id = latest.article_id
                            left join agency ag on ag.id = a.agency_id
                            order by a.published_at desc, a.id desc""")
                .params(entries.keySet().toArray(Long[]::new), now, STORIES_PER_EVENT)
                .query(rs -> {
                    long storyId = rs.getLong("id");
                    long eventId = rs.getLong("event_id");
                    var entry = entries.get(eventId);
                    if (entry == null) {
                        return;
                    }
                    var published = DisplayTimes.day(rs);
                    coverage.putIfAbsent(storyId, new CountryQueries.Coverage(rs.getString("slug"),
                            rs.getString("headline"), rs.getString("agency"), published));
                    long days = Math.abs(java.time.temporal.ChronoUnit.DAYS
                        .between(PartialDate.parse(entry.dateIso()).start(), LocalDate.parse(published.machine())));
                    if (!distance.containsKey(storyId) || days < distance.get(storyId)) {
                        distance.put(storyId, days);
                        under.put(storyId, eventId);
                    }
                });
            coverage.forEach((storyId, story) -> entries.get(under.get(storyId)).stories().add(story));
        }
        Map<Integer, List<CountryQueries.TimelineEntry>> byYear = new LinkedHashMap<>();
        entries.values().forEach(entry -> byYear.computeIfAbsent(entry.year(), y -> new ArrayList<>()).add(entry));
        return byYear.entrySet().stream().map(e -> new CountryQueries.TimelineYear(e.getKey(), e.getValue())).toList();
    }

    static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

}
