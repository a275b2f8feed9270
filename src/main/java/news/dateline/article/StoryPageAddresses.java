package news.dateline.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import news.dateline.shared.SqlTime;
import news.dateline.web.StoredPageAddresses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published stories' pages, for the page store's filler: the archive walked from its
 * newest story down by id (steps of the primary key, never an OFFSET), and the stories
 * named by {@code article:<id>} tags.
 */
@Component
class StoryPageAddresses implements StoredPageAddresses {

    private static final String TAG = "article:";

    private final JdbcClient jdbc;

    private final Clock clock;

    StoryPageAddresses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Batch next(long below, int limit) {
        List<String> addresses = new ArrayList<>(limit);
        long[] last = { below };
        jdbc.sql("""
                select id, '/articles/' || slug as path from article
                where id < ? and status = 'PUBLISHED' and published_at <= ? order by id desc limit ?""")
            .params(below, SqlTime.now(clock), limit)
            .query(rs -> {
                addresses.add(rs.getString("path"));
                last[0] = rs.getLong("id");
            });
        return new Batch(List.copyOf(addresses), last[0]);
    }

    @Override
    public List<String> named(Collection<String> tags) {
        Long[] ids = tags.stream()
            .filter(tag -> tag.startsWith(TAG) && tag.length() > TAG.length() && tag.length() < TAG.length() + 19
                    && tag.substring(TAG.length()).chars().allMatch(Character::isDigit))
            .map(tag -> Long.parseLong(tag.substring(TAG.length())))
            .distinct()
            .toArray(Long[]::new);
        if (ids.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                select '/articles/' || slug from article
                where id = any(?) and status = 'PUBLISHED' and published_at <= ? order by id desc""")
            .params(ids, SqlTime.now(clock))
            .query(String.class)
            .list();
    }

}
