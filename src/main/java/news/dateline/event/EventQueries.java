package news.dateline.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.annotation.Cacheable;
import news.dateline.shared.CacheTags;
import news.dateline.web.ReaderCache;
import news.dateline.shared.PartialDate;
import news.dateline.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An event's page: four statements whatever the number of countries, people and stories. */
@Service
@Transactional(readOnly = true)
public class EventQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    EventQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Link(String slug, String name, String extra) {
    }

    public record Event(long id, String slug, String title, String kind, String summary, PartialDate date,
                        LocalDate endDate, String place, List<Link> countries, List<Link> people, List<Link> stories) {

        /** The covering stories grouped by agency, in the order the query gives (agency, newest first). */
        public java.util.Map<String, List<Link>> storiesByAgency() {
            java.util.Map<String, List<Link>> groups = new java.util.LinkedHashMap<>();
            stories.forEach(s -> groups.computeIfAbsent(s.extra(), k -> new java.util.ArrayList<>()).add(s));
            return groups;
        }

        public String dateText() {
            return endDate == null || endDate.equals(date.start()) ? date.display()
                    : date.display() + " to " + PartialDate.of(endDate).display();
        }
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<Event> bySlug(String slug) {
        return jdbc.sql("select id, slug, title, kind, summary, start_date, date_precision, end_date, place from event where slug = ?")
                .param(slug)
                .query((rs, n) -> new Event(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getString("kind"), rs.getString("summary"),
                        PartialDate.of(rs.getObject("start_date", LocalDate.class),
                                PartialDate.Precision.valueOf(rs.getString("date_precision"))),
                        rs.getObject("end_date", LocalDate.class), rs.getString("place"), List.of(), List.of(), List.of()))
                .optional()
                .map(this::complete);
    }

    private Event complete(Event e) {
        CacheTags.add(CacheTags.event(e.id()));
        List<Link> countries = jdbc.sql("""
                        select c.slug, c.name, c.id from event_country ec join country c on c.id = ec.country_id
                        where ec.event_id = ? order by c.name""")
                .param(e.id()).query((rs, n) -> {
                    CacheTags.add(CacheTags.country(rs.getLong(3)));
                    return new Link(rs.getString(1), rs.getString(2), null);
                }).list();
        List<Link> people = jdbc.sql("""
                        select p.slug, p.name, p.role, p.id from event_person ep join person p on p.id = ep.person_id
                        where ep.event_id = ? order by p.name""")
                .param(e.id()).query((rs, n) -> {
                    CacheTags.add(CacheTags.person(rs.getLong(4)));
                    return new Link(rs.getString(1), rs.getString(2), rs.getString(3));
                }).list();
        List<Link> stories = jdbc.sql("""
                        select a.slug, a.headline, coalesce(g.name, 'Other sources') as agency
                        from article_event ae join article a on a.id = ae.article_id left join agency g on g.id = a.agency_id
                        where ae.event_id = ? and a.status = 'PUBLISHED' and a.published_at <= ?
                        order by g.name nulls last, a.published_at desc""")
                .params(e.id(), SqlTime.now(clock))
                .query((rs, n) -> new Link(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        return new Event(e.id(), e.slug(), e.title(), e.kind(), e.summary(), e.date(), e.endDate(), e.place(),
                countries, people, stories);
    }
}
