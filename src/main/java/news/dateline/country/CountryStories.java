package news.dateline.country;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import news.dateline.seo.StoryEntry;
import news.dateline.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newest stories of a country and of a relation, for their feeds: one statement each.
 */
@Service
@Transactional(readOnly = true)
public class CountryStories {

    private final JdbcClient jdbc;

    private final Clock clock;

    CountryStories(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The newest published stories that mention the country: its latest links, read in
     * order from {@code article_country_latest_idx} (V10).
     */
    public List<StoryEntry> ofCountry(String slug, int limit) {
        return stories("""
                select ac.article_id from article_country ac
                where ac.country_id = (select c.id from country c where c.slug = :slug)
                  and ac.status = 'PUBLISHED' and ac.published_at <= :now
                order by ac.published_at desc, ac.article_id desc limit :size""", Map.of("slug", slug), limit);
    }

    /**
     * The newest published stories about two countries' relations, by the rule of the
     * relation page and read as it reads them
     * ({@link RelationQueries#ABOUT_BOTH_LATEST}).
     */
    public List<StoryEntry> ofRelation(RelationQueries.Side a, RelationQueries.Side b, int limit) {
        return stories(RelationQueries.ABOUT_BOTH_LATEST,
                Map.of("a", a.id(), "b", b.id(), "at", SqlTime.now(clock), "id", Long.MAX_VALUE), limit);
    }

    /**
     * The stories whose ids {@code latest} selects (a query with the parameters
     * {@code :now} and {@code :size}), newest first.
     */
    private List<StoryEntry> stories(String latest, Map<String, Object> values, int limit) {
        return jdbc.sql("""
                with latest (article_id) as (%s)
                select %s
                from latest join article a on a.id = latest.article_id
                left join agency g on g.id = a.agency_id
                order by a.published_at desc, a.id desc""".formatted(latest, StoryEntry.COLUMNS))
            .params(values)
            .param("now", SqlTime.now(clock))
            .param("size", limit)
            .query((rs, n) -> StoryEntry.read(rs))
            .list();
    }

}
