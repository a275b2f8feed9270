package news.dateline.article;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.cache.annotation.Cacheable;
import news.dateline.shared.CacheTags;
import news.dateline.web.ReaderCache;
import news.dateline.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "related news" beside an article: up to five other published stories ranked by what
 * they share with it (the same event weighs most, then people, then countries), with
 * headline similarity and nearness in time as tie-breakers. Two SQL statements (the
 * story's tags, then the ranking), whatever the number of mentions; a third only when
 * nothing is related. Only a bounded set of candidates is ranked: the stories of each
 * shared event and person nearest in time to the story, before and after it, read in
 * order from the link tables' indexes on (tag, published_at desc): a story of 2015 is
 * related to the news of its days, not to today's. Each candidate's shared tags are
 * counted with one lookup of its links per kind, the story row is read only for the
 * leaders, the similarity of headlines is computed only for the candidates tied with the
 * leaders, and the names of what they share only for the five shown. The newsroom's
 * preview ranks an unsaved story the same way through {@link #forStory}.
 */
@Service
@Transactional(readOnly = true)
public class RelatedNews {

    static final int LIMIT = 5;

    static final String RELATED = "Related news";

    static final String LATEST = "Latest stories";

    /**
     * The candidates: of each shared event and person, this many published stories before
     * the story and as many after it, the nearest in time. Only these are ranked, so the
     * cost is bounded whatever the size of the archive (a person may have 100,000
     * stories); a story sharing an event is almost always among its event's nearest.
     * Countries bring no candidates of their own: a story sharing only a country is never
     * shown as related (the sidebar is then the main country's latest stories), though
     * shared countries still add to the score of the candidates.
     */
    static final int PER_EVENT = 30;
    static final int PER_PERSON = 15;

    private final JdbcClient jdbc;

    private final Clock clock;

    RelatedNews(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A related story and why it is there. */
    public record Item(ArticleViews.Card card, List<String> events, List<String> people, List<String> countries,
            boolean sameNews) {
        /** "Same event: first political consultations · Elnur Mammadov · Laos" */
        public String reason() {
            return String.join(" · ", reasons());
        }

        /**
         * Why the story is related, strongest first and at most two reasons, each
         * labelled: "Same event: First Azerbaijan–Laos political consultations", "Also
         * names: Elnur Mammadov, Maithong Thammavongsa", "Also about: Laos".
         */
        public List<String> reasons() {
            List<String> reasons = new ArrayList<>();
            if (!events.isEmpty()) {
                reasons.add("Same event: " + events.getFirst()
                        + (events.size() > 1 ? " + " + (events.size() - 1) + " more" : ""));
            }
            if (!people.isEmpty()) {
                reasons.add("Also names: " + String.join(", ", people.subList(0, Math.min(2, people.size())))
                        + (people.size() > 2 ? " and " + (people.size() - 2) + " more" : ""));
            }
            if (!countries.isEmpty()) {
                reasons.add("Also about: " + String.join(", ", countries.subList(0, Math.min(2, countries.size()))));
            }
            return reasons.subList(0, Math.min(2, reasons.size()));
        }

        /** It shares an event or a person: more than a country. */
        boolean strong() {
            return !events.isEmpty() || !people.isEmpty();
        }
    }

    /**
     * @param related true when the items share an event or a person with the article;
     * false when they are only the latest stories of its main country, or of the site,
     * shown because nothing stronger is related
     * @param title the sidebar's heading: "Related news", "Latest from Laos", "Latest
     * stories"
     */
    public record Sidebar(List<Item> items, boolean related, String title) {

        public Sidebar(List<Item> items, boolean related) {
            this(items, related, related ? RELATED : LATEST);
        }

        /**
         * Other agencies' stories on the same news: an event both report as it happens
         * (dated to the day, in the week before either story), not one both recall ("the
         * relations established in 1995"): "Also reported by".
         */
        public List<Item> alsoReportedBy(String agency) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            return items.stream()
                .filter(Item::sameNews)
                .filter(item -> item.card().agency() != null && !item.card().agency().equals(agency))
                .filter(item -> seen.add(item.card().agency()))
                .toList();
        }
    }

    /** What a story is about, by id, with how often it names each person and country. */
    public record Tags(Map<Long, Integer> people, Map<Long, Integer> countries, Set<Long> events) {
    }

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
    public Sidebar of(long articleId) {
        // other stories' changes reach this sidebar when it is refreshed, not at once
        // (see ReaderCacheProperties)
        CacheTags.add(CacheTags.article(articleId));
        // The ranking below is planned once per pooled connection and its plan kept (a
        // generic plan, for this transaction only): planned for each story, the planning
        // took 2 ms of its 8 at a million stories, and the kept plan reads the same pages
        // through the same indexes (docs/performance.md).
        var story = jdbc
            .sql("""
                    select set_config('plan_cache_mode', 'force_generic_plan', true) as plan_cache_mode,
                           a.headline, a.published_at,
                           array(select person_id from article_person where article_id = a.id order by person_id) as people,
                           array(select mentions from article_person where article_id = a.id order by person_id) as people_mentions,
                           array(select country_id from article_country where article_id = a.id order by country_id) as countries,
                           array(select mentions from article_country where article_id = a.id order by country_id) as country_mentions,
                           array(select event_id from article_event where article_id = a.id) as events
                    from article a where a.id = ?""")
            .param(articleId)
            .query((rs,
                    n) -> new Object[] { rs.getString("headline"), rs.getTimestamp("published_at").toInstant(),
                            new Tags(counts(rs.getArray("people"), rs.getArray("people_mentions")),
                                    counts(rs.getArray("countries"), rs.getArray("country_mentions")),
                                    new LinkedHashSet<>(longs(rs.getArray("events")))) })
            .optional();
        return story.map(row -> forStory(articleId, (String) row[0], (java.time.Instant) row[1], (Tags) row[2]))
            .orElseGet(() -> new Sidebar(List.of(), false));
    }

    /** A story and the events and people it has, or had, while readers could see it. */
    record Tagged(long storyId, Set<Long> events, Set<Long> people) {
    }

    /**
     * The published stories that may rank these among their candidates, or did before a
     * change: on each of a story's events and people, the stories nearest to it in time
     * on either side, one more than a sidebar's candidates take (a story among another's
     * nearest has that other among its own nearest, give or take itself). One statement
     * for all of them (an import's batch), bounded by their events and people whatever
     * the size of the archive.
     */
    Set<Long> sidebarsShowing(java.util.Collection<Tagged> stories) {
        List<Long> eventStories = new ArrayList<>();
        List<Long> events = new ArrayList<>();
        List<Long> personStories = new ArrayList<>();
        List<Long> people = new ArrayList<>();
        for (Tagged story : stories) {
            story.events().forEach(event -> {
                eventStories.add(story.storyId());
                events.add(event);
            });
            story.people().forEach(person -> {
                personStories.add(story.storyId());
                people.add(person);
            });
        }
        if (events.isEmpty() && people.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc
            .sql("""
                    with story (id, published_at) as (
                             select id, coalesce(published_at, :now) from article
                             where id = any(cast(:stories as bigint[]))),
                         by_event (story, tag) as (
                             select * from unnest(cast(:eventStories as bigint[]), cast(:events as bigint[]))),
                         by_person (story, tag) as (
                             select * from unnest(cast(:personStories as bigint[]), cast(:people as bigint[])))
                    select article_id from (\s"""
                    + nearest("by_event m join story s on s.id = m.story", "article_event", "event_id", "perEvent",
                            "s.published_at", "s.id")
                    + " union "
                    + nearest("by_person m join story s on s.id = m.story", "article_person", "person_id", "perPerson",
                            "s.published_at", "s.id")
                    + ") n")
            .param("stories", stories.stream().map(Tagged::storyId).distinct().toArray(Long[]::new))
            .param("eventStories", eventStories.toArray(Long[]::new))
            .param("events", events.toArray(Long[]::new))
            .param("personStories", personStories.toArray(Long[]::new))
            .param("people", people.toArray(Long[]::new))
            .param("now", SqlTime.now(clock))
            .param("perEvent", PER_EVENT + 1)
            .param("perPerson", PER_PERSON + 1)
            .query(Long.class)
            .list());
    }

    /**
     * The sidebar of a story as it stands, saved or not (the newsroom's preview): stories
     * sharing its events, people and countries, the story itself ({@code articleId}, null
     * when new) left out.
     */
    public Sidebar forStory(Long articleId, String headline, Tags tags) {
        return forStory(articleId, headline, clock.instant(), tags);
    }

    /**
     * The ranking: stories sharing an event or a person, strongest first; a story sharing
     * only a country is shown only when none shares more, and then the sidebar is the
     * latest stories of the story's main country ("Latest from Laos").
     * @param published when the story was (or will be) published: "Also reported by"
     * needs an event both stories report as news
     */
    Sidebar forStory(Long articleId, String headline, java.time.Instant published, Tags tags) {
        List<Item> items = jdbc
            .sql("""
                    with candidate (article_id, published_at) as (\s"""
                    + nearest("events", "article_event", "event_id", "perEvent") + " union "
                    + nearest("people", "article_person", "person_id", "perPerson")
                    + """
                                 ),
                                 scored as materialized (
                                     -- each candidate's links read from the primary keys, by story (the "+ 0"
                                     -- keeps the planner off the tag-first indexes, one descent per tag)
                                     select k.article_id as id, k.published_at,
                                            (select count(*) from article_event o
                                             where o.article_id = k.article_id and o.event_id + 0 = any(cast(:events as bigint[]))) * 100
                                            + (select count(*) from article_person o
                                               where o.article_id = k.article_id and o.person_id + 0 = any(cast(:people as bigint[]))) * 10
                                            + (select count(*) from article_country o
                                               where o.article_id = k.article_id and o.country_id + 0 = any(cast(:countries as bigint[]))) as score
                                     from candidate k),
                                 ranked as (
                                     select s.id, row_number() over (order by s.score desc,
                                                                              similarity(dl_fold(a.headline), dl_fold(:headline)) desc,
                                                                              abs(extract(epoch from s.published_at - :published)),
                                                                              s.id desc) as position
                                     from scored s join article a on a.id = s.id
                                     -- similarity of headlines only breaks ties among the leaders
                                     where s.score >= coalesce((select score from scored order by score desc offset :cutoff limit 1), 0)
                                     order by position limit :limit)
                            select\s"""
                    + ArticleQueries.CARD_COLUMNS
                    + """
                            , se.names as shared_events, sp.names as shared_people, sc.names as shared_countries,
                                   se.current > 0 as same_news
                            from ranked r
                            join article a on a.id = r.id
                            left join agency g on g.id = a.agency_id
                            cross join lateral (select array_agg(e.title order by e.start_date desc) as names,
                                                       count(*) filter (where e.date_precision = 'DAY'
                                                           and e.start_date >= cast(greatest(a.published_at, :published) at time zone 'UTC' as date) - 7
                                                           and e.start_date <= cast(least(a.published_at, :published) at time zone 'UTC' as date) + 1) as current
                                                from article_event other join event e on e.id = other.event_id
                                                where other.article_id = a.id and other.event_id = any(cast(:events as bigint[]))) se
                            cross join lateral (select array_agg(p.name order by (cast(:peopleMentions as int[]))[array_position(cast(:people as bigint[]), other.person_id)] desc,
                                                                                 p.name) as names
                                                from article_person other join person p on p.id = other.person_id
                                                where other.article_id = a.id and other.person_id = any(cast(:people as bigint[]))) sp
                            cross join lateral (select array_agg(c.name order by (cast(:countryMentions as int[]))[array_position(cast(:countries as bigint[]), other.country_id)] desc,
                                                                                 c.name) as names
                                                from article_country other join country c on c.id = other.country_id
                                                where other.article_id = a.id and other.country_id = any(cast(:countries as bigint[]))) sc
                            order by r.position""")
            .param("events", tags.events().toArray(Long[]::new))
            .param("people", tags.people().keySet().toArray(Long[]::new))
            .param("peopleMentions", tags.people().values().toArray(Integer[]::new))
            .param("countries", tags.countries().keySet().toArray(Long[]::new))
            .param("countryMentions", tags.countries().values().toArray(Integer[]::new))
            .param("id", articleId == null ? -1L : articleId)
            .param("headline", headline == null ? "" : headline)
            .param("now", SqlTime.now(clock))
            .param("published", SqlTime.of(published))
            .param("limit", LIMIT)
            .param("cutoff", LIMIT - 1)
            .param("perEvent", PER_EVENT)
            .param("perPerson", PER_PERSON)
            .query((rs, n) -> new Item(ArticleQueries.card(rs), names(rs.getArray("shared_events")),
                    names(rs.getArray("shared_people")), names(rs.getArray("shared_countries")),
                    rs.getBoolean("same_news")))
            .list();
        if (items.stream().anyMatch(Item::strong)) {
            return new Sidebar(items.stream().filter(Item::strong).toList(), true, RELATED);
        }
        var mainCountry = tags.countries()
            .entrySet()
            .stream()
            .max(java.util.Comparator.comparing((Map.Entry<Long, Integer> e) -> e.getValue())
                .thenComparing(e -> -e.getKey()));
        if (mainCountry.isPresent()) {
            String[] name = new String[1];
            List<Item> fromCountry = jdbc
                .sql("select c.name as country_name, " + ArticleQueries.CARD_COLUMNS
                        + """
                                 from (select x.article_id from article_country x
                                       where x.country_id = ? and x.status = 'PUBLISHED' and x.published_at <= ? and x.article_id <> ?
                                       order by x.published_at desc, x.article_id desc limit ?) l
                                join article a on a.id = l.article_id left join agency g on g.id = a.agency_id
                                join country c on c.id = ?
                                order by a.published_at desc, a.id desc""")
                .params(mainCountry.get().getKey(), SqlTime.now(clock), articleId == null ? -1L : articleId, LIMIT,
                        mainCountry.get().getKey())
                .query((rs, n) -> {
                    name[0] = rs.getString("country_name");
                    return new Item(ArticleQueries.card(rs), List.of(), List.of(), List.of(), false);
                })
                .list();
            if (!fromCountry.isEmpty()) {
                return new Sidebar(fromCountry, false, "Latest from " + name[0]);
            }
        }
        List<Item> latest = jdbc.sql("select " + ArticleQueries.CARD_COLUMNS + """
                 from article a left join agency g on g.id = a.agency_id
                where a.id <> ? and a.status = 'PUBLISHED' and a.published_at <= ?
                order by a.published_at desc, a.id desc limit ?""")
            .params(articleId == null ? -1L : articleId, SqlTime.now(clock), LIMIT)
            .query((rs, n) -> new Item(ArticleQueries.card(rs), List.of(), List.of(), List.of(), false))
            .list();
        return new Sidebar(latest, false);
    }

    /**
     * The stories of each of the story's tags ({@code :tags}, in {@code table} by
     * {@code column}) nearest in time before the story and after it, {@code :per} each
     * way, read from the link table's index on (tag, published_at desc) in one direction
     * and the other.
     */
    private static String nearest(String tags, String table, String column, String per) {
        return nearest("unnest(cast(:%s as bigint[])) as m (tag)".formatted(tags), table, column, per, ":published",
                ":id");
    }

    /**
     * Of each tag ({@code m.tag}) of the rows {@code from} gives, the published stories
     * nearest in time to {@code published} on either side, {@code per} each way, the
     * story {@code id} left out.
     */
    private static String nearest(String from, String table, String column, String per, String published, String id) {
        return """
                select l.article_id, l.published_at from %1$s cross join lateral (
                    (select x.article_id, x.published_at from %2$s x
                     where x.%3$s = m.tag and x.status = 'PUBLISHED' and x.published_at <= least(%5$s, :now)
                       and x.article_id <> %6$s
                     order by x.published_at desc, x.article_id desc limit :%4$s)
                    union all
                    (select x.article_id, x.published_at from %2$s x
                     where x.%3$s = m.tag and x.status = 'PUBLISHED' and x.published_at > %5$s
                       and x.published_at <= :now and x.article_id <> %6$s
                     order by x.published_at, x.article_id limit :%4$s)) l""".formatted(from, table, column, per,
                published, id);
    }

    /**
     * Ids and their counts, from two arrays in the same order; a LinkedHashMap, so that
     * the order holds.
     */
    private static Map<Long, Integer> counts(Array ids, Array counts) throws SQLException {
        List<Long> keys = longs(ids);
        Integer[] values = (Integer[]) counts.getArray();
        Map<Long, Integer> result = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            result.put(keys.get(i), values[i]);
        }
        return result;
    }

    private static List<Long> longs(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }

    private static List<String> names(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

}
