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
 * The "related news" beside an article: up to five other published stories ranked by what they
 * share with it (the same event weighs most, then people, then countries), with headline
 * similarity and recency as tie-breakers. Two SQL statements (the story's tags, then the ranking),
 * whatever the number of mentions; a third only when nothing is related. The newsroom's preview
 * ranks an unsaved story the same way through {@link #forStory}.
 */
@Service
@Transactional(readOnly = true)
public class RelatedNews {

    static final int LIMIT = 5;

    private final JdbcClient jdbc;
    private final Clock clock;

    RelatedNews(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A related story and why it is there. */
    public record Item(ArticleViews.Card card, List<String> events, List<String> people, List<String> countries) {
        /** "Same event: first political consultations · Elnur Mammadov · Laos" */
        public String reason() {
            List<String> parts = new ArrayList<>();
            events.forEach(e -> parts.add("Same event: " + e));
            parts.addAll(people.subList(0, Math.min(3, people.size())));
            parts.addAll(countries.subList(0, Math.min(3, countries.size())));
            return String.join(" · ", parts);
        }
    }

    /**
     * @param related true when the items share something with the article; false when they are
     *                only the latest stories, shown because nothing is related
     */
    public record Sidebar(List<Item> items, boolean related) {

        /** Other agencies' stories on the same event: "Also reported by". */
        public List<Item> alsoReportedBy(String agency) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            return items.stream()
                    .filter(item -> !item.events().isEmpty())
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
        // other stories' changes reach this sidebar when it is refreshed, not at once (see ReaderCacheProperties)
        CacheTags.add(CacheTags.article(articleId));
        var story = jdbc.sql("""
                        select a.headline,
                               array(select person_id from article_person where article_id = a.id order by person_id) as people,
                               array(select mentions from article_person where article_id = a.id order by person_id) as people_mentions,
                               array(select country_id from article_country where article_id = a.id order by country_id) as countries,
                               array(select mentions from article_country where article_id = a.id order by country_id) as country_mentions,
                               array(select event_id from article_event where article_id = a.id) as events
                        from article a where a.id = ?""")
                .param(articleId)
                .query((rs, n) -> new Object[] {rs.getString("headline"), new Tags(
                        counts(rs.getArray("people"), rs.getArray("people_mentions")),
                        counts(rs.getArray("countries"), rs.getArray("country_mentions")),
                        new LinkedHashSet<>(longs(rs.getArray("events"))))})
                .optional();
        return story.map(row -> forStory(articleId, (String) row[0], (Tags) row[1]))
                .orElseGet(() -> new Sidebar(List.of(), false));
    }

    /**
     * The sidebar of a story as it stands, saved or not (the newsroom's preview): stories sharing its
     * events, people and countries, the story itself ({@code articleId}, null when new) left out.
     */
    public Sidebar forStory(Long articleId, String headline, Tags tags) {
        List<Item> items = jdbc.sql("""
                        with mine_event (event_id) as (select unnest(cast(:events as bigint[]))),
                             mine_person (person_id, mentions) as (select * from unnest(cast(:people as bigint[]), cast(:peopleMentions as int[]))),
                             mine_country (country_id, mentions) as (select * from unnest(cast(:countries as bigint[]), cast(:countryMentions as int[])))
                        select\s""" + ArticleQueries.CARD_COLUMNS + """
                        , se.names as shared_events, sp.names as shared_people, sc.names as shared_countries
                        from article a
                        left join agency g on g.id = a.agency_id
                        left join (select other.article_id, count(*) as n, array_agg(e.title order by e.start_date) as names
                                   from mine_event mine join article_event other on other.event_id = mine.event_id
                                   join event e on e.id = mine.event_id
                                   group by other.article_id) se on se.article_id = a.id
                        left join (select other.article_id, count(*) as n,
                                          array_agg(p.name order by mine.mentions desc, p.name) as names
                                   from mine_person mine join article_person other on other.person_id = mine.person_id
                                   join person p on p.id = mine.person_id
                                   group by other.article_id) sp on sp.article_id = a.id
                        left join (select other.article_id, count(*) as n,
                                          array_agg(c.name order by mine.mentions desc, c.name) as names
                                   from mine_country mine join article_country other on other.country_id = mine.country_id
                                   join country c on c.id = mine.country_id
                                   group by other.article_id) sc on sc.article_id = a.id
                        where a.id <> :id and a.status = 'PUBLISHED' and a.published_at <= :now
                          and (se.n is not null or sp.n is not null or sc.n is not null)
                        order by coalesce(se.n, 0) * 100 + coalesce(sp.n, 0) * 10 + coalesce(sc.n, 0) desc,
                                 similarity(dl_fold(a.headline), dl_fold(:headline)) desc,
                                 a.published_at desc,
                                 a.id desc
                        limit :limit""")
                .param("events", tags.events().toArray(Long[]::new))
                .param("people", tags.people().keySet().toArray(Long[]::new))
                .param("peopleMentions", tags.people().values().toArray(Integer[]::new))
                .param("countries", tags.countries().keySet().toArray(Long[]::new))
                .param("countryMentions", tags.countries().values().toArray(Integer[]::new))
                .param("id", articleId == null ? -1L : articleId)
                .param("headline", headline == null ? "" : headline)
                .param("now", SqlTime.now(clock))
                .param("limit", LIMIT)
                .query((rs, n) -> new Item(ArticleQueries.card(rs), names(rs.getArray("shared_events")),
                        names(rs.getArray("shared_people")), names(rs.getArray("shared_countries"))))
                .list();
        if (!items.isEmpty()) {
            return new Sidebar(items, true);
        }
        List<Item> latest = jdbc.sql("select " + ArticleQueries.CARD_COLUMNS + """
                         from article a left join agency g on g.id = a.agency_id
                        where a.id <> ? and a.status = 'PUBLISHED' and a.published_at <= ?
                        order by a.published_at desc, a.id desc limit ?""")
                .params(articleId == null ? -1L : articleId, SqlTime.now(clock), LIMIT)
                .query((rs, n) -> new Item(ArticleQueries.card(rs), List.of(), List.of(), List.of()))
                .list();
        return new Sidebar(latest, false);
    }

    /** Ids and their counts, from two arrays in the same order; a LinkedHashMap, so that the order holds. */
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
