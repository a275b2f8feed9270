package news.dateline.article;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import news.dateline.web.ReaderCache;
import news.dateline.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "related news" beside an article: up to five other published stories ranked by what they
 * share with it (the same event weighs most, then people, then countries), with headline
 * similarity and recency as tie-breakers. One SQL statement, whatever the number of mentions;
 * a second one only when nothing is related.
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

    @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS)
    public Sidebar of(long articleId) {
        List<Item> items = jdbc.sql("select " + ArticleQueries.CARD_COLUMNS + """
                        , se.names as shared_events, sp.names as shared_people, sc.names as shared_countries
                        from article a
                        join article me on me.id = :id
                        left join agency g on g.id = a.agency_id
                        left join (select other.article_id, count(*) as n, array_agg(e.title order by e.start_date) as names
                                   from article_event mine join article_event other on other.event_id = mine.event_id
                                   join event e on e.id = mine.event_id
                                   where mine.article_id = :id group by other.article_id) se on se.article_id = a.id
                        left join (select other.article_id, count(*) as n,
                                          array_agg(p.name order by mine.mentions desc, p.name) as names
                                   from article_person mine join article_person other on other.person_id = mine.person_id
                                   join person p on p.id = mine.person_id
                                   where mine.article_id = :id group by other.article_id) sp on sp.article_id = a.id
                        left join (select other.article_id, count(*) as n,
                                          array_agg(c.name order by mine.mentions desc, c.name) as names
                                   from article_country mine join article_country other on other.country_id = mine.country_id
                                   join country c on c.id = mine.country_id
                                   where mine.article_id = :id group by other.article_id) sc on sc.article_id = a.id
                        where a.id <> :id and a.status = 'PUBLISHED' and a.published_at <= :now
                          and (se.n is not null or sp.n is not null or sc.n is not null)
                        order by coalesce(se.n, 0) * 100 + coalesce(sp.n, 0) * 10 + coalesce(sc.n, 0) desc,
                                 similarity(dl_fold(a.headline), dl_fold(me.headline)) desc,
                                 a.published_at desc,
                                 a.id desc
                        limit :limit""")
                .param("id", articleId)
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
                .params(articleId, SqlTime.now(clock), LIMIT)
                .query((rs, n) -> new Item(ArticleQueries.card(rs), List.of(), List.of(), List.of()))
                .list();
        return new Sidebar(latest, false);
    }

    private static List<String> names(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
