package news.dateline.country;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.annotation.Cacheable;
import news.dateline.web.ReaderCache;
import news.dateline.shared.CacheTags;
import news.dateline.shared.DisplayTimes;
import news.dateline.shared.Picture;
import news.dateline.shared.SqlTime;
import news.dateline.shared.StoryCursor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Countries for the reader pages: a fixed number of statements per page. */
@Service
@Transactional(readOnly = true)
public class CountryQueries {

    private final JdbcClient jdbc;

    private final Clock clock;

    private final Timelines timelines;

    CountryQueries(JdbcClient jdbc, Clock clock, Timelines timelines) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.timelines = timelines;
    }

    public record CountryItem(String slug, String name, String code, long stories, long events) {
        /** The address of its flag. */
        public String flag() {
            return Flags.of(code);
        }

        /** Whether there are more stories than were counted: "more than 1,000". */
        public boolean manyStories() {
            return stories > COUNTED;
        }
    }

    public record TimelineEntry(String slug, String title, String date, String dateIso, int year, String place,
            List<Coverage> stories) {
    }

    /** A story under an event of a timeline: its headline, agency (or null) and day. */
    public record Coverage(String slug, String headline, String agency, DisplayTimes.Stamp published) {
    }

    /** The events of one year, in date order. */
    public record TimelineYear(int year, List<TimelineEntry> events) {
    }

    /** A month of a long timeline and how many events it holds. */
    public record TimelineMonth(int year, int month, long events) {
        /** The value of {@code ?period=}: 2019-05. */
        public String period() {
            return "%04d-%02d".formatted(year, month);
        }

        public String name() {
            return Timelines.monthName(month);
        }
    }

    /** A year of a long timeline, by month. */
    public record TimelinePeriod(int year, List<TimelineMonth> months) {
        public long events() {
            return months.stream().mapToLong(TimelineMonth::events).sum();
        }
    }

    /**
     * A timeline as a page shows it.
     *
     * @param years the events listed (all of them, or those of {@code period}), by year
     * @param periods every year with events, by month, when the timeline is too long to
     * list whole; else empty
     * @param period the year or month listed when {@code periods} is not empty
     * @param events how many events the whole timeline holds
     */
    public record Timeline(List<TimelineYear> years, List<TimelinePeriod> periods, String period, long events) {

        public boolean summarized() {
            return !periods.isEmpty();
        }

        /**
         * The graphic: the events listed whole, or the years of a long timeline with
         * their counts, each linking to its year on {@code page}.
         */
        public TimelineGraphic graphic(String page) {
            return summarized() ? TimelineGraphic.counted(periods, page) : TimelineGraphic.of(years);
        }

        /** The year of the period shown, with its months; null when none is. */
        public TimelinePeriod shownYear() {
            if (period == null) {
                return null;
            }
            return periods.stream()
                .filter(year -> period.startsWith(String.valueOf(year.year())))
                .findFirst()
                .orElse(null);
        }

        /**
         * What the list of a period says before its events: "Events of May 2019:", or
         * when the period holds more than are listed, "The first 80 of 112 events of
         * 2019:".
         */
        public String periodHeading() {
            long held = periods.stream()
                .flatMap(year -> year.months().stream())
                .filter(month -> month.period().startsWith(period))
                .mapToLong(TimelineMonth::events)
                .sum();
            long listed = years.stream().mapToLong(year -> year.events().size()).sum();
            return listed < held ? "The first %,d of %,d events of %s:".formatted(listed, held, periodName())
                    : "Events of " + periodName() + ":";
        }

        /** "2019" or "May 2019". */
        public String periodName() {
            if (period == null) {
                return null;
            }
            return period.length() == 4 ? period
                    : Timelines.monthName(Integer.parseInt(period.substring(5))) + " " + period.substring(0, 4);
        }
    }

    /** A person named in a country's stories, with in how many of the latest. */
    public record NamedPerson(String slug, String name, String role, long stories) {
    }

    /**
     * A country's key facts from the graph.
     *
     * @param stories its published stories, counted up to {@value #COUNTED} and one more
     * @param latestEvent its latest event up to today, or null
     */
    public record Facts(long stories, TimelineEntry latestEvent) {
        public boolean manyStories() {
            return stories > COUNTED;
        }

        /** "12 stories", "more than 1,000 stories". */
        public String storiesText() {
            return manyStories() ? "more than 1,000 stories"
                    : stories == 1 ? "1 story" : "%,d stories".formatted(stories);
        }
    }

    /** A story in a list, with its lead image (for its thumbnail) when it has one. */
    public record StoryItem(String slug, String headline, DisplayTimes.Stamp published,
            @org.jspecify.annotations.Nullable Picture picture) {
    }

    /**
     * @param timeline the events listed (see {@link Timeline#years()})
     * @param older where the older stories start, or null when these are the last
     */
    public record Country(long id, String slug, String name, String code, List<TimelineYear> timeline,
            Timeline timelineIndex, List<StoryItem> stories, StoryCursor older, List<CountryItem> partners,
            List<NamedPerson> people, Facts facts) {
        /** The address of its flag. */
        public String flag() {
            return Flags.of(code);
        }

        /** Its locator map, or null when Natural Earth has no such country. */
        public LocatorMaps.LocatorMap map() {
            return LocatorMaps.of(code, name).orElse(null);
        }

        public long eventCount() {
            return timelineIndex.events();
        }

        public TimelineGraphic graphic() {
            return timelineIndex.graphic("/countries/" + slug);
        }

        /** The partners sharing the most events, shown with their flags. */
        public List<CountryItem> leadingPartners() {
            return partners.subList(0, Math.min(LEADING_PARTNERS, partners.size()));
        }

        /**
         * The other partners, fewer shared events first in the list's order: named on one
         * line, not a row each (a country of the wire's front pages shares events with
         * most others).
         */
        public List<CountryItem> otherPartners() {
            return partners.subList(Math.min(LEADING_PARTNERS, partners.size()), partners.size());
        }

        /**
         * The address of its relation with a partner: the two slugs in alphabetical
         * order.
         */
        public String relationWith(CountryItem partner) {
            return slug.compareTo(partner.slug()) < 0 ? "/relations/" + slug + "/" + partner.slug()
                    : "/relations/" + partner.slug() + "/" + slug;
        }
    }

    /** How many partners a country page shows as a row with its flag. */
    static final int LEADING_PARTNERS = 10;

    static final int STORIES = 20;

    /**
     * Only the countries that have a story or an event: not 250 empty pages. Stories are
     * counted up to {@value #COUNTED} and one more ({@link CountryItem#manyStories()}),
     * each an index read.
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public List<CountryItem> withContent() {
        CacheTags.add(CacheTags.COUNTRIES);
        return jdbc
            .sql("""
                    select * from (
                        select c.slug, c.name, c.code,
                               (select count(*) from (select 1 from article_country ac
                                                      where ac.country_id = c.id and ac.status = 'PUBLISHED' and ac.published_at <= :now
                                                      order by ac.published_at desc, ac.article_id desc limit :counted) counted) as stories,
                               (select count(*) from event_country ec where ec.country_id = c.id) as events
                        from country c) counts
                    where stories > 0 or events > 0
                    order by name""")
            .param("now", SqlTime.now(clock))
            .param("counted", COUNTED + 1)
            .query((rs, n) -> new CountryItem(rs.getString("slug"), rs.getString("name"), rs.getString("code"),
                    rs.getLong("stories"), rs.getLong("events")))
            .list();
    }

    /** A country by its name, for a list to choose from. */
    public record CountryName(String slug, String name) {
    }

    /**
     * The countries that have a published story, by name: a search's country filter. One
     * index probe each (counting their stories, as {@link #withContent()} does for the
     * countries page, read 2,300 pages at a million stories).
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public List<CountryName> withStories() {
        CacheTags.add(CacheTags.COUNTRIES);
        return jdbc.sql("""
                select c.slug, c.name from country c
                where exists (select 1 from article_country ac
                              where ac.country_id = c.id and ac.status = 'PUBLISHED' and ac.published_at <= :now)
                order by c.name""")
            .param("now", SqlTime.now(clock))
            .query((rs, n) -> new CountryName(rs.getString("slug"), rs.getString("name")))
            .list();
    }

    /**
     * The countries with the most recent stories: for the home page. Each country's
     * latest story is one index read; ties (a story names several countries) go to the
     * country with more stories, counted up to {@value #COUNTED}, and only among the
     * leading countries.
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public List<CountryItem> mostActive(int limit) {
        CacheTags.add(CacheTags.HOME);
        return jdbc
            .sql("""
                    with latest as (
                             select c.id, c.slug, c.name, c.code, last.published_at from country c
                             cross join lateral (select ac.published_at from article_country ac
                                                 where ac.country_id = c.id and ac.status = 'PUBLISHED' and ac.published_at <= :now
                                                 order by ac.published_at desc, ac.article_id desc limit 1) last
                             order by last.published_at desc limit :leading)
                    select latest.slug, latest.name, latest.code, 0 as events,
                           (select count(*) from (select 1 from article_country ac
                                                  where ac.country_id = latest.id and ac.status = 'PUBLISHED' and ac.published_at <= :now
                                                  order by ac.published_at desc, ac.article_id desc limit :counted) counted) as stories
                    from latest
                    order by latest.published_at desc, stories desc, latest.name limit :limit""")
            .param("now", SqlTime.now(clock))
            .param("counted", COUNTED)
            .param("limit", limit)
            .param("leading", limit * 3)
            .query((rs, n) -> new CountryItem(rs.getString("slug"), rs.getString("name"), rs.getString("code"),
                    rs.getLong("stories"), rs.getLong("events")))
            .list();
    }

    /** How far a count used only to break ties goes. */
    static final int COUNTED = 1000;

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<Country> bySlug(String slug) {
        return bySlug(slug, null, null);
    }

    /**
     * A country's page.
     * @param period a year or month of its timeline to list ({@code 2019},
     * {@code 2019-05}), or null
     * @param before where its list of stories starts, or null for the latest
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<Country> bySlug(String slug, String period, StoryCursor before) {
        return jdbc.sql("select id, slug, name, code from country where slug = ?")
            .param(slug)
            .query((rs, n) -> new Country(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                    rs.getString("code"), List.of(), null, List.of(), null, List.of(), List.of(), null))
            .optional()
            .map(c -> {
                CacheTags.add(CacheTags.country(c.id()));
                var timeline = timelines.of(period,
                        "exists (select 1 from event_country ec where ec.event_id = e.id and ec.country_id = ?)",
                        c.id());
                var stories = stories(c.id(), before);
                return new Country(c.id(), c.slug(), c.name(), c.code(), timeline.years(), timeline, stories.items(),
                        stories.older(), partners(c.id()), mostNamed(c.id()), facts(c.id()));
            });
    }

    /** How many of a country's latest stories name the people its page lists. */
    static final int NAMED_IN = 500;

    /**
     * The people most often named in the country's latest {@value #NAMED_IN} stories: the
     * stories from the country's link index, their people from {@code article_person}'s
     * primary key, whatever the size of the archive.
     */
    private List<NamedPerson> mostNamed(long countryId) {
        return jdbc.sql("""
                with recent as (select ac.article_id from article_country ac
                                where ac.country_id = ? and ac.status = 'PUBLISHED' and ac.published_at <= ?
                                order by ac.published_at desc, ac.article_id desc limit ?)
                select p.id, p.slug, p.name, p.role, count(*) as stories
                from recent join article_person ap on ap.article_id = recent.article_id
                join person p on p.id = ap.person_id
                group by p.id order by count(*) desc, p.name limit 12""")
            .params(countryId, SqlTime.now(clock), NAMED_IN)
            .query((rs, n) -> {
                CacheTags.add(CacheTags.person(rs.getLong("id")));
                return new NamedPerson(rs.getString("slug"), rs.getString("name"), rs.getString("role"),
                        rs.getLong("stories"));
            })
            .list();
    }

    /**
     * The number of stories (an index read, up to {@value #COUNTED} and one more) and the
     * latest event up to today: one statement.
     */
    private Facts facts(long countryId) {
        var now = SqlTime.now(clock);
        return jdbc
            .sql("""
                    select (select count(*) from (select 1 from article_country ac
                                                  where ac.country_id = :id and ac.status = 'PUBLISHED' and ac.published_at <= :now
                                                  order by ac.published_at desc, ac.article_id desc limit :counted) counted) as stories,
                           latest.id, latest.slug, latest.title, latest.start_date, latest.date_precision, latest.place
                    from (select 1) one
                    left join lateral (select e.id, e.slug, e.title, e.start_date, e.date_precision, e.place
                                       from event_country ec join event e on e.id = ec.event_id
                                       where ec.country_id = :id and e.start_date <= :today
                                       order by e.start_date desc, e.id desc limit 1) latest on true""")
            .param("id", countryId)
            .param("now", now)
            .param("today", java.time.LocalDate.now(clock))
            .param("counted", COUNTED + 1)
            .query((rs, n) -> {
                TimelineEntry latest = null;
                if (rs.getString("slug") != null) {
                    CacheTags.add(CacheTags.event(rs.getLong("id")));
                    var date = news.dateline.shared.PartialDate.of(
                            rs.getObject("start_date", java.time.LocalDate.class),
                            news.dateline.shared.PartialDate.Precision.valueOf(rs.getString("date_precision")));
                    latest = new TimelineEntry(rs.getString("slug"), rs.getString("title"), date.display(),
                            date.toString(), date.year(), rs.getString("place"), List.of());
                }
                return new Facts(rs.getLong("stories"), latest);
            })
            .single();
    }

    private StoryCursor.Page<StoryItem> stories(long countryId, StoryCursor before) {
        var now = SqlTime.now(clock);
        var from = StoryCursor.orFirst(before, now);
        return StoryCursor.Page.of(jdbc.sql("""
                select a.id, a.slug, a.headline, a.published_at, a.published_offset, %s from article_country ac
                join article a on a.id = ac.article_id
                where ac.country_id = ? and ac.status = 'PUBLISHED' and ac.published_at <= ?
                  and (ac.published_at, ac.article_id) < (?, ?)
                order by ac.published_at desc, ac.article_id desc limit ?""".formatted(Picture.COLUMNS))
            .params(countryId, now, from.publishedAt(), from.id(), STORIES + 1)
            .query((rs,
                    n) -> new StoryCursor.Keyed<>(new StoryItem(rs.getString("slug"), rs.getString("headline"),
                            DisplayTimes.day(rs), Picture.from(rs)), StoryCursor.of(rs)))
            .list(), STORIES);
    }

    /** Countries that share events with this one, most shared first. */
    private List<CountryItem> partners(long countryId) {
        return jdbc.sql("""
                select c.slug, c.name, c.code, 0 as stories, count(*) as events
                from event_country mine join event_country other on other.event_id = mine.event_id
                join country c on c.id = other.country_id
                where mine.country_id = ? and other.country_id <> mine.country_id
                group by c.id order by count(*) desc, c.name""")
            .param(countryId)
            .query((rs, n) -> new CountryItem(rs.getString("slug"), rs.getString("name"), rs.getString("code"),
                    rs.getLong("stories"), rs.getLong("events")))
            .list();
    }

}
