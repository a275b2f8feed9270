package news.dateline.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import news.dateline.shared.PartialDate;
import org.springframework.cache.annotation.Cacheable;
import news.dateline.web.ReaderCache;
import news.dateline.shared.DisplayTimes;
import news.dateline.shared.Picture;
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
    public record Story(String slug, String headline, DisplayTimes.Stamp published,
            @org.jspecify.annotations.Nullable Picture picture) {
    }

    /**
     * @param roles the roles the stories give the person, the latest first
     * @param namedWith the people the person's latest stories name most often with them
     * @param older where the older stories start, or null when these are the last
     */
    public record Person(long id, String slug, String name, String role, Link country, List<String> aliases,
            List<Link> events, List<Story> stories, StoryCursor older, List<RoleOverTime> roles, List<Link> namedWith) {
    }

    /**
     * A role over time, as far as the stories tell: the first and the last published
     * story stating it.
     *
     * @param role with its country, "Foreign Minister of Laos"
     * @param stories how many stories state it
     */
    public record RoleOverTime(String role, DisplayTimes.Stamp from, DisplayTimes.Stamp to, int stories, Source first,
            Source last) {

        /** Whether one day (or one story) is all the stories tell. */
        public boolean oneDay() {
            return from.text().equals(to.text());
        }
    }

    /** A story that states a role, with its agency (or null). */
    public record Source(String slug, String headline, String agency) {
    }

    /** How many role facts, the latest first, a person page reads at most. */
    static final int ROLE_FACTS = 2_000;

    /** How many of the person's latest stories "named with" counts over. */
    static final int NAMED_WITH_STORIES = 500;

    /** How many people "named with" lists. */
    static final int NAMED_WITH = 8;

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
                select p.id, p.slug, p.name, p.role, c.slug as country_slug, c.name as country_name,
                       array(select alias from person_alias where person_id = p.id order by alias) as aliases
                from person p left join country c on c.id = p.country_id where p.slug = ?""")
            .param(slug)
            .query((rs, n) -> new Person(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                    rs.getString("role"),
                    rs.getString("country_slug") == null ? null
                            : new Link(rs.getString("country_slug"), rs.getString("country_name"), null),
                    List.of((String[]) rs.getArray("aliases").getArray()), List.of(), List.of(), null, List.of(),
                    List.of()))
            .optional()
            .map(p -> complete(p, before));
    }

    /**
     * The person's slug and name alone (for their feed): one statement.
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<Link> named(String slug) {
        return jdbc.sql("select id, slug, name from person where slug = ?").param(slug).query((rs, n) -> {
            CacheTags.add(CacheTags.person(rs.getLong("id")));
            return new Link(rs.getString("slug"), rs.getString("name"), null);
        }).optional();
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
        List<String> aliases = p.aliases();
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
                select a.id, a.slug, a.headline, a.published_at, a.published_offset, %s
                from article_person ap join article a on a.id = ap.article_id
                where ap.person_id = ? and ap.status = 'PUBLISHED' and ap.published_at <= ?
                  and (ap.published_at, ap.article_id) < (?, ?)
                order by ap.published_at desc, ap.article_id desc limit ?""".formatted(Picture.COLUMNS))
            .params(p.id(), now, from.publishedAt(), from.id(), STORIES + 1)
            .query((rs,
                    n) -> new StoryCursor.Keyed<>(new Story(rs.getString("slug"), rs.getString("headline"),
                            DisplayTimes.day(rs), Picture.from(rs)), StoryCursor.of(rs)))
            .list(), STORIES);
        return new Person(p.id(), p.slug(), p.name(), p.role(), p.country(), aliases, events, stories.items(),
                stories.older(), roles(p.id(), now), namedWith(p.id(), now));
    }

    /**
     * The roles the person's stories state, one row each (case and synonyms aside:
     * {@link RoleNames}), the latest first: one statement over the latest
     * {@value #ROLE_FACTS} facts of {@code person_role_person_idx}, with the first and
     * last story of each.
     */
    private List<RoleOverTime> roles(long personId, java.time.OffsetDateTime now) {
        return jdbc.sql("""
                with f as (
                    select r.article_id, r.role, r.country_id, r.published_at
                    from person_role r
                    where r.person_id = :id and r.status = 'PUBLISHED' and r.published_at <= :now
                    order by r.published_at desc, r.article_id desc limit :facts),
                g as (
                    select lower(f.role) as k, count(*) as stories, min(f.published_at) as first_at,
                           max(f.published_at) as last_at,
                           (array_agg(f.role order by f.published_at desc, f.article_id desc))[1] as role,
                           (array_agg(f.country_id order by f.published_at desc, f.article_id desc)
                               filter (where f.country_id is not null))[1] as country_id,
                           (array_agg(f.article_id order by f.published_at, f.article_id))[1] as first_id,
                           (array_agg(f.article_id order by f.published_at desc, f.article_id desc))[1] as last_id
                    from f group by lower(f.role))
                select g.role, c.name as country, g.stories,
                       fa.slug as first_slug, fa.headline as first_headline, fg.name as first_agency,
                       fa.published_at as first_at, fa.published_offset as first_offset,
                       la.slug as last_slug, la.headline as last_headline, lg.name as last_agency,
                       la.published_at as last_at, la.published_offset as last_offset
                from g left join country c on c.id = g.country_id
                join article fa on fa.id = g.first_id left join agency fg on fg.id = fa.agency_id
                join article la on la.id = g.last_id left join agency lg on lg.id = la.agency_id
                order by g.last_at desc, g.first_at desc, g.k limit 20""")
            .param("id", personId)
            .param("now", now)
            .param("facts", ROLE_FACTS)
            .query((rs, n) -> new RoleRow(rs.getString("role"), rs.getString("country"), rs.getInt("stories"),
                    rs.getTimestamp("first_at").toInstant(), rs.getString("first_offset"),
                    new Source(rs.getString("first_slug"), rs.getString("first_headline"),
                            rs.getString("first_agency")),
                    rs.getTimestamp("last_at").toInstant(), rs.getString("last_offset"),
                    new Source(rs.getString("last_slug"), rs.getString("last_headline"), rs.getString("last_agency"))))
            .list()
            .stream()
            .collect(java.util.stream.Collectors.toMap(row -> RoleNames.key(row.role()), row -> row, RoleRow::merge,
                    java.util.LinkedHashMap::new))
            .values()
            .stream()
            .map(row -> new RoleOverTime(PersonRoles.inWords(row.role(), row.country()),
                    DisplayTimes.day(row.firstAt(), row.firstOffset()),
                    DisplayTimes.day(row.lastAt(), row.lastOffset()), row.stories(), row.first(), row.last()))
            .toList();
    }

    /**
     * One way of writing a role, as the query groups it; the ways that name one office
     * ({@link RoleNames}) are merged: the latest wording and country, from the first
     * story of either to the last.
     */
    private record RoleRow(String role, String country, int stories, java.time.Instant firstAt, String firstOffset,
            Source first, java.time.Instant lastAt, String lastOffset, Source last) {

        /** Merged with a row of the same office that the query put after this one. */
        RoleRow merge(RoleRow older) {
            boolean olderFirst = older.firstAt().isBefore(firstAt);
            return new RoleRow(role, country != null ? country : older.country(), stories + older.stories(),
                    olderFirst ? older.firstAt() : firstAt, olderFirst ? older.firstOffset() : firstOffset,
                    olderFirst ? older.first() : first, lastAt, lastOffset, last);
        }
    }

    /**
     * The people named most often in the person's latest {@value #NAMED_WITH_STORIES}
     * stories, at most {@value #NAMED_WITH}: those stories from
     * {@code article_person_latest_idx}, each one's people by the link table's primary
     * key.
     */
    private List<Link> namedWith(long personId, java.time.OffsetDateTime now) {
        return jdbc.sql("""
                with mine as (
                    select ap.article_id from article_person ap
                    where ap.person_id = :id and ap.status = 'PUBLISHED' and ap.published_at <= :now
                    order by ap.published_at desc, ap.article_id desc limit :stories)
                select p.id, p.slug, p.name, count(*) as together
                from mine m join article_person o on o.article_id = m.article_id and o.person_id <> :id
                join person p on p.id = o.person_id
                group by p.id, p.slug, p.name
                order by together desc, dl_fold(p.name), p.id limit :size""")
            .param("id", personId)
            .param("now", now)
            .param("stories", NAMED_WITH_STORIES)
            .param("size", NAMED_WITH)
            .query((rs, n) -> {
                CacheTags.add(CacheTags.person(rs.getLong("id")));
                int together = rs.getInt("together");
                return new Link(rs.getString("slug"), rs.getString("name"),
                        together == 1 ? "1 story" : together + " stories");
            })
            .list();
    }

}
