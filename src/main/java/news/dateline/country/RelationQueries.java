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

/** Two countries' relations: the events both take part in and the stories about both. */
@Service
@Transactional(readOnly = true)
public class RelationQueries {

    private final JdbcClient jdbc;

    private final Clock clock;

    private final Timelines timelines;

    RelationQueries(JdbcClient jdbc, Clock clock, Timelines timelines) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.timelines = timelines;
    }

    public record Side(long id, String slug, String name, String code) {
        /** The address of its flag. */
        public String flag() {
            return Flags.of(code);
        }

    }

    /**
     * @param timeline the events listed (see {@link CountryQueries.Timeline#years()})
     * @param older where the older stories start, or null when these are the last
     */
    public record Relation(Side a, Side b, List<CountryQueries.TimelineYear> timeline,
            CountryQueries.Timeline timelineIndex, List<CountryQueries.StoryItem> stories, StoryCursor older,
            CountryQueries.Facts facts, List<CountryQueries.NamedPerson> people) {
        public long eventCount() {
            return timelineIndex.events();
        }

        public TimelineGraphic graphic() {
            return timelineIndex.graphic("/relations/" + a.slug() + "/" + b.slug());
        }

        public String title() {
            return a.name() + " and " + b.name();
        }

        /** Both countries on one map, or null when Natural Earth lacks either. */
        public LocatorMaps.PairMap map() {
            return LocatorMaps.pairOf(a.code(), a.name(), b.code(), b.name()).orElse(null);
        }
    }

    /** A pair with content, with its most recent activity: for the home page. */
    public record Pair(String slugA, String nameA, String slugB, String nameB, long stories) {
        public String url() {
            return "/relations/" + slugA + "/" + slugB;
        }
    }

    /**
     * A story is about two countries' relations when it covers an event both take part
     * in, or names each of them at least three times: a passing mention of a third
     * country ("close ties with China, Vietnam and Thailand") does not make it a story
     * about that pair. Read from indexes newest first: the latest stories of each shared
     * event, and the latest stories of the pair (table {@code article_pair}, kept by a
     * trigger from the country links, V25: one range of one index however large the two
     * countries). Selects {@code article_id}, at most {@code :size}, older than the
     * cursor {@code (:at, :id)}; parameters {@code :a}, {@code :b}, {@code :now}.
     */
    public static final String ABOUT_BOTH_LATEST = """
            with shared (event_id) as (
                     select x.event_id from event_country x join event_country y on y.event_id = x.event_id
                     where x.country_id = :a and y.country_id = :b),
                 about (article_id, published_at) as (
                     (select l.article_id, l.published_at from shared cross join lateral (
                          select ae.article_id, ae.published_at from article_event ae
                          where ae.event_id = shared.event_id and ae.status = 'PUBLISHED' and ae.published_at <= :now
                            and (ae.published_at, ae.article_id) < (:at, :id)
                          order by ae.published_at desc, ae.article_id desc limit :size) l
                      order by l.published_at desc, l.article_id desc limit :size)
                     union
                     (select p.article_id, p.published_at from article_pair p
                      where p.country_a = least(:a, :b) and p.country_b = greatest(:a, :b) and p.status = 'PUBLISHED'
                        and p.published_at <= :now and (p.published_at, p.article_id) < (:at, :id)
                      order by p.published_at desc, p.article_id desc limit :size))
            select article_id from about order by published_at desc, article_id desc limit :size""";

    static final int STORIES = 20;

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Optional<Side> country(String slug) {
        return jdbc.sql("select id, slug, name, code from country where slug = ?").param(slug).query((rs, n) -> {
            CacheTags.add(CacheTags.country(rs.getLong(1)));
            return new Side(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
        }).optional();
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Relation between(Side a, Side b) {
        return between(a, b, null, null);
    }

    /**
     * The relations' page.
     * @param period a year or month of the timeline to list, or null
     * @param before where the list of stories starts, or null for the latest
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Relation between(Side a, Side b, String period, StoryCursor before) {
        CacheTags.add(CacheTags.relation(a.id(), b.id()));
        var timeline = timelines.of(period, """
                exists (select 1 from event_country x where x.event_id = e.id and x.country_id = ?)
                and exists (select 1 from event_country y where y.event_id = e.id and y.country_id = ?)""", a.id(),
                b.id());
        var now = SqlTime.now(clock);
        var from = StoryCursor.orFirst(before, now);
        var stories = StoryCursor.Page.of(jdbc.sql("""
                with about (article_id) as (%s)
                select a.id, a.slug, a.headline, a.published_at, a.published_offset, %s
                from about join article a on a.id = about.article_id
                order by a.published_at desc, a.id desc""".formatted(ABOUT_BOTH_LATEST, Picture.COLUMNS))
            .param("a", a.id())
            .param("b", b.id())
            .param("now", now)
            .param("at", from.publishedAt())
            .param("id", from.id())
            .param("size", STORIES + 1)
            .query((rs,
                    n) -> new StoryCursor.Keyed<>(new CountryQueries.StoryItem(rs.getString("slug"),
                            rs.getString("headline"), DisplayTimes.day(rs), Picture.from(rs)), StoryCursor.of(rs)))
            .list(), STORIES);
        var facts = facts(a, b);
        return new Relation(a, b, timeline.years(), timeline, stories.items(), stories.older(), facts.facts(),
                facts.people());
    }

    /** How many of the pair's latest stories name the people its page lists. */
    static final int NAMED_IN = 200;

    private record FactsAndPeople(CountryQueries.Facts facts, List<CountryQueries.NamedPerson> people) {
    }

    /**
     * The relation's key facts in one statement: its stories (the stories about both, as
     * its list takes them, counted in no order up to {@value CountryQueries#COUNTED} and
     * one more of each kind), its latest shared event up to today, and the people its
     * latest {@value #NAMED_IN} stories name most.
     */
    private FactsAndPeople facts(Side a, Side b) {
        var now = SqlTime.now(clock);
        var from = StoryCursor.orFirst(null, now);
        return jdbc
            .sql("""
                    with shared (event_id) as (
                             select x.event_id from event_country x join event_country y on y.event_id = x.event_id
                             where x.country_id = :a and y.country_id = :b),
                         counted (article_id) as (
                             (select ae.article_id from shared join article_event ae on ae.event_id = shared.event_id
                              where ae.status = 'PUBLISHED' and ae.published_at <= :now limit :size)
                             union
                             (select p.article_id from article_pair p
                              where p.country_a = least(:a, :b) and p.country_b = greatest(:a, :b)
                                and p.status = 'PUBLISHED' and p.published_at <= :now
                              limit :size)),
                         named (article_id) as (%s),
                         people as (select p.id, p.slug, p.name, p.role, count(*) as stories
                                    from named join article_person ap on ap.article_id = named.article_id
                                    join person p on p.id = ap.person_id
                                    group by p.id order by count(*) desc, p.name limit 8)
                    select (select count(*) from counted) as stories,
                           latest.id, latest.slug, latest.title, latest.start_date, latest.date_precision, latest.place,
                           array(select id from people order by stories desc, name) as people_ids,
                           array(select slug from people order by stories desc, name) as people_slugs,
                           array(select name from people order by stories desc, name) as people_names,
                           array(select coalesce(role, '') from people order by stories desc, name) as people_roles,
                           array(select stories from people order by stories desc, name) as people_stories
                    from (select 1) one
                    left join lateral (select e.id, e.slug, e.title, e.start_date, e.date_precision, e.place
                                       from event_country x join event_country y on y.event_id = x.event_id
                                       join event e on e.id = x.event_id
                                       where x.country_id = :a and y.country_id = :b and e.start_date <= :today
                                       order by e.start_date desc, e.id desc limit 1) latest on true"""
                .formatted(ABOUT_BOTH_LATEST.replace(":size", ":named")))
            .param("a", a.id())
            .param("b", b.id())
            .param("now", now)
            .param("at", from.publishedAt())
            .param("id", from.id())
            .param("size", CountryQueries.COUNTED + 1)
            .param("named", NAMED_IN)
            .param("today", java.time.LocalDate.now(clock))
            .query((rs, n) -> {
                CountryQueries.TimelineEntry latest = null;
                if (rs.getString("slug") != null) {
                    CacheTags.add(CacheTags.event(rs.getLong("id")));
                    var date = news.dateline.shared.PartialDate.of(
                            rs.getObject("start_date", java.time.LocalDate.class),
                            news.dateline.shared.PartialDate.Precision.valueOf(rs.getString("date_precision")));
                    latest = new CountryQueries.TimelineEntry(rs.getString("slug"), rs.getString("title"),
                            date.display(), date.toString(), date.year(), rs.getString("place"), List.of());
                }
                Long[] ids = (Long[]) rs.getArray("people_ids").getArray();
                String[] slugs = (String[]) rs.getArray("people_slugs").getArray();
                String[] names = (String[]) rs.getArray("people_names").getArray();
                String[] roles = (String[]) rs.getArray("people_roles").getArray();
                Long[] stories = (Long[]) rs.getArray("people_stories").getArray();
                List<CountryQueries.NamedPerson> people = new java.util.ArrayList<>();
                for (int i = 0; i < ids.length; i++) {
                    CacheTags.add(CacheTags.person(ids[i]));
                    people.add(new CountryQueries.NamedPerson(slugs[i], names[i], roles[i].isEmpty() ? null : roles[i],
                            stories[i]));
                }
                return new FactsAndPeople(new CountryQueries.Facts(rs.getLong("stories"), latest), List.copyOf(people));
            })
            .single();
    }

    /**
     * A pair of countries in the index of relations.
     *
     * @param events the events both take part in
     * @param stories the published stories covering those events, counted up to
     * {@value CountryQueries#COUNTED} and one more ({@link #manyStories()})
     */
    public record IndexPair(String slugA, String nameA, String slugB, String nameB, long events, long stories) {
        public String url() {
            return "/relations/" + slugA + "/" + slugB;
        }

        public boolean manyStories() {
            return stories > CountryQueries.COUNTED;
        }
    }

    /**
     * {@code /relations}: every pair of countries that share an event, by the first
     * country's name, then the second's, with the number of their shared events and of
     * the stories covering them (each pair's stories read from
     * {@code article_event_latest_idx} and counted only up to
     * {@value CountryQueries#COUNTED} and one more). One statement.
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public List<IndexPair> all() {
        CacheTags.add(CacheTags.INDEXES);
        CacheTags.add(CacheTags.COUNTRIES);
        return jdbc
            .sql("""
                    with pair as (
                             select x.country_id as id_a, y.country_id as id_b, count(*) as events
                             from event_country x join event_country y on y.event_id = x.event_id and y.country_id <> x.country_id
                             group by x.country_id, y.country_id)
                    select ca.slug as slug_a, ca.name as name_a, cb.slug as slug_b, cb.name as name_b, pair.events,
                           (select count(distinct counted.article_id) from (
                                select ae.article_id from event_country x join event_country y on y.event_id = x.event_id
                                join article_event ae on ae.event_id = x.event_id and ae.status = 'PUBLISHED' and ae.published_at <= :now
                                where x.country_id = pair.id_a and y.country_id = pair.id_b
                                limit :counted) counted) as stories
                    from pair join country ca on ca.id = pair.id_a join country cb on cb.id = pair.id_b
                    where ca.slug < cb.slug
                    order by ca.name, cb.name""")
            .param("now", SqlTime.now(clock))
            .param("counted", CountryQueries.COUNTED + 1)
            .query((rs, n) -> new IndexPair(rs.getString("slug_a"), rs.getString("name_a"), rs.getString("slug_b"),
                    rs.getString("name_b"), rs.getLong("events"), rs.getLong("stories")))
            .list();
    }

    /**
     * Pairs of countries that share events, most recent activity first (the latest shared
     * event); ties go to the pair with more stories on their shared events, counted up to
     * {@value CountryQueries#COUNTED} and only for the leading pairs.
     */
    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public List<Pair> mostActive(int limit) {
        CacheTags.add(CacheTags.HOME);
        return jdbc.sql("""
                with pair as (
                         select ca.id as id_a, ca.slug as slug_a, ca.name as name_a,
                                cb.id as id_b, cb.slug as slug_b, cb.name as name_b, max(e.start_date) as latest
                         from event_country x join event_country y on y.event_id = x.event_id
                         join event e on e.id = x.event_id
                         join country ca on ca.id = x.country_id
                         join country cb on cb.id = y.country_id and ca.slug < cb.slug
                         group by ca.id, cb.id
                         order by latest desc limit :leading)
                select pair.*,
                       (select count(*) from (select distinct ax.article_id
                                              from event_country x join event_country y on y.event_id = x.event_id
                                              join article_event ax on ax.event_id = x.event_id
                                              where x.country_id = pair.id_a and y.country_id = pair.id_b
                                              limit :counted) counted) as stories
                from pair
                order by latest desc, stories desc limit :limit""")
            .param("leading", limit * 4)
            .param("counted", CountryQueries.COUNTED)
            .param("limit", limit)
            .query((rs, n) -> new Pair(rs.getString("slug_a"), rs.getString("name_a"), rs.getString("slug_b"),
                    rs.getString("name_b"), rs.getLong("stories")))
            .list();
    }

}
