package news.dateline.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.annotation.Cacheable;
import news.dateline.web.ReaderCache;
import news.dateline.shared.PartialDate;
import news.dateline.shared.CacheTags;
import news.dateline.shared.SqlTime;
import news.dateline.shared.StoryCursor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's page: four statements whatever the number of countries, people and stories;
 * the stories {@value #STORIES} at a time, newest first, older ones through a
 * {@link StoryCursor}.
 */
@Service
@Transactional(readOnly = true)
public class EventQueries {

    static final int STORIES = 50;

    private final JdbcClient jdbc;

    private final Clock clock;

    EventQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Link(String slug, String name, String extra) {
    }

    public record Event(long id, String slug, String title, String kind, String summary, PartialDate date,
            LocalDate endDate, String place, List<Link> countries, List<Link> people, List<Link> stories,
            StoryCursor older) {

        /**
         * The covering stories of this page grouped by agency (by name, "Other sources"
         * last), newest first in each.
         */
        public java.util.Map<String, List<Link>> storiesByAgency() {
            java.util.Map<String, List<Link>> groups = new java.util.TreeMap<>(
                    java.util.Comparator.comparing((String agency) -> agency.equals(OTHER_SOURCES))
                        .thenComparing(agency -> agency));
            stories.forEach(s -> groups.computeIfAbsent(s.extra(), k -> new java.util.ArrayList<>()).add(s));
            return groups;
        }

        public String dateText() {
            return endDate == null || endDate.equals(date.start()) ? date.display()
                    : date.display() + " to " + PartialDate.of(endDate).display();
        }
    }

    static final String OTHER_SOURCES = "Other sources";

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<Event> bySlug(String slug) {
        return bySlug(slug, null);
    }

    /** The event's page with the stories older than {@code before} (null: the latest). */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<Event> bySlug(String slug, StoryCursor before) {
        return jdbc.sql(
                "select id, slug, title, kind, summary, start_date, date_precision, end_date, place from event where slug = ?")
            .param(slug)
            .query((rs, n) -> new Event(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                    rs.getString("kind"), rs.getString("summary"),
                    PartialDate.of(rs.getObject("start_date", LocalDate.class),
                            PartialDate.Precision.valueOf(rs.getString("date_precision"))),
                    rs.getObject("end_date", LocalDate.class), rs.getString("place"), List.of(), List.of(), List.of(),
                    null))
            .optional()
            .map(e -> complete(e, before));
    }

    private Event complete(Event e, StoryCursor before) {
        CacheTags.add(CacheTags.event(e.id()));
        List<Link> countries = jdbc.sql("""
                select c.slug, c.name, c.id from event_country ec join country c on c.id = ec.country_id
                where ec.event_id = ? order by c.name""").param(e.id()).query((rs, n) -> {
            CacheTags.add(CacheTags.country(rs.getLong(3)));
            return new Link(rs.getString(1), rs.getString(2), null);
        }).list();
        List<Link> people = jdbc.sql("""
                select p.slug, p.name, p.role, p.id from event_person ep join person p on p.id = ep.person_id
                where ep.event_id = ? order by p.name""").param(e.id()).query((rs, n) -> {
            CacheTags.add(CacheTags.person(rs.getLong(4)));
            return new Link(rs.getString(1), rs.getString(2), rs.getString(3));
        }).list();
        var now = SqlTime.now(clock);
        var from = StoryCursor.orFirst(before, now);
        var stories = StoryCursor.Page.of(jdbc.sql("""
                select a.id, a.slug, a.headline, a.published_at, coalesce(g.name, ?) as agency
                from article_event ae join article a on a.id = ae.article_id left join agency g on g.id = a.agency_id
                where ae.event_id = ? and ae.status = 'PUBLISHED' and ae.published_at <= ?
                  and (ae.published_at, ae.article_id) < (?, ?)
                order by ae.published_at desc, ae.article_id desc limit ?""")
            .params(OTHER_SOURCES, e.id(), now, from.publishedAt(), from.id(), STORIES + 1)
            .query((rs, n) -> new StoryCursor.Keyed<>(
                    new Link(rs.getString("slug"), rs.getString("headline"), rs.getString("agency")),
                    StoryCursor.of(rs)))
            .list(), STORIES);
        return new Event(e.id(), e.slug(), e.title(), e.kind(), e.summary(), e.date(), e.endDate(), e.place(),
                countries, people, stories.items(), stories.older());
    }

}
