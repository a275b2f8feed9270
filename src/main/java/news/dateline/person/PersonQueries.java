package news.dateline.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import news.dateline.shared.PartialDate;
import org.springframework.cache.annotation.Cacheable;
import news.dateline.web.ReaderCache;
import news.dateline.shared.DisplayTimes;
import news.dateline.shared.IndexPage;
import news.dateline.shared.CacheTags;
import news.dateline.shared.SqlTime;
import news.dateline.shared.StoryCursor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's page: four statements whatever the number of events and stories; the stories
 * {@value #STORIES} at a time, newest first, older ones through a {@link StoryCursor}.
 */
@Service
@Transactional(readOnly = true)
public class PersonQueries {

    static final int STORIES = 50;

    private final JdbcClient jdbc;

    private final Clock clock;

    PersonQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Link(String slug, String name, String extra) {
    }

    /** A story that mentions the person, dated on its own day. */
    public record Story(String slug, String headline, DisplayTimes.Stamp published) {
    }

    /**
     * @param older where the older stories start, or null when these are the last
     */
    public record Person(long id, String slug, String name, String role, Link country, List<String> aliases,
            List<Link> events, List<Story> stories, StoryCursor older) {
    }

    /** A person in the index: name, role, country. */
    public record IndexItem(long id, String slug, String name, String role, Link country) {
    }

    static final int INDEX_PAGE = 60;

    /**
     * {@code /people}: the people in a published story or an event, from A to Z,
     * {@value #INDEX_PAGE} at a time, from a letter or after a person shown last; one
     * statement along {@code person_name_idx}, each person's latest story probed in
     * {@code article_person_latest_idx} (a scalar subquery, never hashed into a scan of
     * the link table).
     * @param letter a capital letter to start at, or null
     * @param after the id of the last person of the previous page, or null
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public IndexPage<IndexItem> index(String letter, Long after) {
        CacheTags.add(CacheTags.INDEXES);
        var rows = jdbc
            .sql("""
                    select p.id, p.slug, p.name, p.role, c.slug as country_slug, c.name as country_name
                    from person p left join country c on c.id = p.country_id
                    where (dl_fold(p.name), p.id) > (coalesce((select dl_fold(s.name) from person s where s.id = :after), :letter),
                                                 coalesce(:after, 0))
                      and ((select 1 from article_person ap
                            where ap.person_id = p.id and ap.status = 'PUBLISHED' and ap.published_at <= :now
                            order by ap.published_at desc, ap.article_id desc limit 1) is not null
                           or (select 1 from event_person ep where ep.person_id = p.id limit 1) is not null)
                    order by dl_fold(p.name), p.id limit :size""")
            .param("after", after, java.sql.Types.BIGINT)
            .param("letter", letter == null ? "" : letter.toLowerCase(java.util.Locale.ROOT))
            .param("now", SqlTime.now(clock))
            .param("size", INDEX_PAGE + 1)
            .query((rs, n) -> {
                CacheTags.add(CacheTags.person(rs.getLong("id")));
                return new IndexItem(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("role"),
                        rs.getString("country_slug") == null ? null
                                : new Link(rs.getString("country_slug"), rs.getString("country_name"), null));
            })
            .list();
        return IndexPage.of(rows, INDEX_PAGE, IndexItem::id);
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<Person> bySlug(String slug) {
        return bySlug(slug, null);
    }

    /**
     * The person's page with the stories older than {@code before} (null: the latest).
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<Person> bySlug(String slug, StoryCursor before) {
        return jdbc.sql("""
                select p.id, p.slug, p.name, p.role, c.slug as country_slug, c.name as country_name
                from person p left join country c on c.id = p.country_id where p.slug = ?""")
            .param(slug)
            .query((rs, n) -> new Person(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                    rs.getString("role"),
                    rs.getString("country_slug") == null ? null
                            : new Link(rs.getString("country_slug"), rs.getString("country_name"), null),
                    List.of(), List.of(), List.of(), null))
            .optional()
            .map(p -> complete(p, before));
    }

    /** Where a merged or renamed person now lives. */
    public Optional<String> currentSlug(String oldSlug) {
        return jdbc
            .sql("select p.slug from person_slug_redirect r join person p on p.id = r.person_id where r.old_slug = ?")
            .param(oldSlug)
            .query(String.class)
            .optional();
    }

    private Person complete(Person p, StoryCursor before) {
        CacheTags.add(CacheTags.person(p.id()));
        List<String> aliases = jdbc.sql("select alias from person_alias where person_id = ? order by alias")
            .param(p.id())
            .query(String.class)
            .list();
        List<Link> events = jdbc.sql("""
                select e.slug, e.title, e.start_date, e.date_precision, e.id from event_person ep
                join event e on e.id = ep.event_id where ep.person_id = ? order by e.start_date, e.id""")
            .param(p.id())
            .query((rs, n) -> {
                CacheTags.add(CacheTags.event(rs.getLong("id")));
                return new Link(rs.getString("slug"), rs.getString("title"),
                        PartialDate
                            .of(rs.getObject("start_date", LocalDate.class),
                                    PartialDate.Precision.valueOf(rs.getString("date_precision")))
                            .display());
            })
            .list();
        var now = SqlTime.now(clock);
        var from = StoryCursor.orFirst(before, now);
        var stories = StoryCursor.Page.of(jdbc.sql("""
                select a.id, a.slug, a.headline, a.published_at, a.published_offset
                from article_person ap join article a on a.id = ap.article_id
                where ap.person_id = ? and ap.status = 'PUBLISHED' and ap.published_at <= ?
                  and (ap.published_at, ap.article_id) < (?, ?)
                order by ap.published_at desc, ap.article_id desc limit ?""")
            .params(p.id(), now, from.publishedAt(), from.id(), STORIES + 1)
            .query((rs, n) -> new StoryCursor.Keyed<>(
                    new Story(rs.getString("slug"), rs.getString("headline"), DisplayTimes.day(rs)),
                    StoryCursor.of(rs)))
            .list(), STORIES);
        return new Person(p.id(), p.slug(), p.name(), p.role(), p.country(), aliases, events, stories.items(),
                stories.older());
    }

}
