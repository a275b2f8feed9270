package news.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import news.dateline.seo.StoryEntry;
import news.dateline.seo.StorySource;
import news.dateline.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's newest published stories, for its feed and the news sitemap: one statement
 * each.
 */
@Service
@Transactional(readOnly = true)
class LatestStories implements StorySource {

    private final JdbcClient jdbc;

    private final Clock clock;

    LatestStories(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<StoryEntry> latest(int limit) {
        return jdbc.sql(SELECT + " order by a.published_at desc, a.id desc limit ?")
            .params(SqlTime.now(clock), limit)
            .query((rs, n) -> StoryEntry.read(rs))
            .list();
    }

    @Override
    public List<StoryEntry> publishedSince(Instant since, int limit) {
        return jdbc.sql(SELECT + " and a.published_at >= ? order by a.published_at desc, a.id desc limit ?")
            .params(SqlTime.now(clock), SqlTime.of(since), limit)
            .query((rs, n) -> StoryEntry.read(rs))
            .list();
    }

    private static final String SELECT = """
            select %s
            from article a left join agency g on g.id = a.agency_id
            where a.status = 'PUBLISHED' and a.published_at <= ?""".formatted(StoryEntry.COLUMNS);

}
