package news.dateline.country;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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

    /** The newest published stories that mention the country. */
    public List<StoryEntry> ofCountry(String slug, int limit) {
        return stories("""
                exists (select 1 from article_country ac join country c on c.id = ac.country_id
                        where ac.article_id = a.id and c.slug = ?)""", List.of(slug), limit);
    }

    /**
     * The newest published stories about two countries' relations, by the rule of the
     * relation page.
     */
    public List<StoryEntry> ofRelation(RelationQueries.Side a, RelationQueries.Side b, int limit) {
        return stories(RelationQueries.ABOUT_BOTH, List.of(a.id(), b.id(), a.id(), b.id()), limit);
    }

    private List<StoryEntry> stories(String filter, List<Object> values, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(SqlTime.now(clock));
        params.addAll(values);
        params.add(limit);
        return jdbc.sql("""
                select '/articles/' || a.slug as path, a.headline as title,
                       coalesce(a.standfirst, split_part(a.body, E'\\n\\n', 1)) as summary,
                       a.published_at as published, a.updated_at as updated, a.language, g.name as author
                from article a left join agency g on g.id = a.agency_id
                where a.status = 'PUBLISHED' and a.published_at <= ? and \s""" + filter + " " + """
                order by a.published_at desc, a.id desc limit ?""")
            .params(params)
            .query((rs, n) -> StoryEntry.read(rs))
            .list();
    }

}
