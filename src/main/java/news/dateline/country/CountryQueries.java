package news.dateline.country;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.annotation.Cacheable;
import news.dateline.shared.CacheTags;
import news.dateline.web.ReaderCache;
import news.dateline.shared.DisplayTimes;
import news.dateline.shared.SqlTime;
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
    }

    public record TimelineEntry(String slug, String title, String date, String dateIso, int year, String place,
                                List<StoryItem> stories) {
    }

    /** The events of one year, in date order. */
    public record TimelineYear(int year, List<TimelineEntry> events) {
    }

    public record PersonItem(String slug, String name, String role) {
    }

    public record StoryItem(String slug, String headline, DisplayTimes.Stamp published) {
    }

    public record Country(long id, String slug, String name, String code, List<TimelineYear> timeline,
                          List<StoryItem> stories, List<CountryItem> partners, List<PersonItem> people) {
        public int eventCount() {
            return timeline.stream().mapToInt(year -> year.events().size()).sum();
        }

        public TimelineGraphic graphic() {
            return TimelineGraphic.of(timeline);
        }
    }

    /** Only the countries that have a story or an event: not 250 empty pages. */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public List<CountryItem> withContent() {
        CacheTags.add(CacheTags.COUNTRIES);
        return jdbc.sql("""
                        select c.slug, c.name, c.code,
                               (select count(*) from article_country ac join article a on a.id = ac.article_id
                                 where ac.country_id = c.id and a.status = 'PUBLISHED' and a.published_at <= :now) as stories,
                               (select count(*) from event_country ec where ec.country_id = c.id) as events
                        from country c
                        where exists (select 1 from article_country ac join article a on a.id = ac.article_id
                                      where ac.country_id = c.id and a.status = 'PUBLISHED' and a.published_at <= :now)
                           or exists (select 1 from event_country ec where ec.country_id = c.id)
                        order by c.name""")
                .param("now", SqlTime.now(clock))
                .query((rs, n) -> new CountryItem(rs.getString("slug"), rs.getString("name"), rs.getString("code"),
                        rs.getLong("stories"), rs.getLong("events")))
                .list();
    }

    /** The countries with the most recent stories: for the home page. */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public List<CountryItem> mostActive(int limit) {
        CacheTags.add(CacheTags.HOME);
        return jdbc.sql("""
                        select c.slug, c.name, c.code, count(*) as stories, 0 as events, max(a.published_at) as latest
                        from article_country ac join article a on a.id = ac.article_id join country c on c.id = ac.country_id
                        where a.status = 'PUBLISHED' and a.published_at <= ?
                        group by c.id order by latest desc, stories desc, c.name limit ?""")
                .params(SqlTime.now(clock), limit)
                .query((rs, n) -> new CountryItem(rs.getString("slug"), rs.getString("name"), rs.getString("code"),
                        rs.getLong("stories"), rs.getLong("events")))
                .list();
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<Country> bySlug(String slug) {
        return jdbc.sql("select id, slug, name, code from country where slug = ?").param(slug)
                .query((rs, n) -> new Country(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                        rs.getString("code"), List.of(), List.of(), List.of(), List.of()))
                .optional()
                .map(c -> {
                    CacheTags.add(CacheTags.country(c.id()));
                    return c;
                })
                .map(c -> new Country(c.id(), c.slug(), c.name(), c.code(),
                        timelines.of("exists (select 1 from event_country ec where ec.event_id = e.id and ec.country_id = ?)", c.id()),
                        stories(c.id()), partners(c.id()), people(c.id())));
    }

    /** People of the country, those with the most stories first. */
    private List<PersonItem> people(long countryId) {
        return jdbc.sql("""
                        select p.slug, p.name, p.role, p.id from person p
                        where p.country_id = ?
                        order by (select count(*) from article_person ap where ap.person_id = p.id) desc, p.name limit 30""")
                .param(countryId)
                .query((rs, n) -> {
                    CacheTags.add(CacheTags.person(rs.getLong(4)));
                    return new PersonItem(rs.getString(1), rs.getString(2), rs.getString(3));
                })
                .list();
    }

    private List<StoryItem> stories(long countryId) {
        return jdbc.sql("""
                        select a.slug, a.headline, a.published_at, a.published_offset from article_country ac
                        join article a on a.id = ac.article_id
                        where ac.country_id = ? and a.status = 'PUBLISHED' and a.published_at <= ?
                        order by a.published_at desc, a.id desc limit 20""")
                .params(countryId, SqlTime.now(clock))
                .query((rs, n) -> new StoryItem(rs.getString("slug"), rs.getString("headline"), DisplayTimes.day(rs)))
                .list();
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
