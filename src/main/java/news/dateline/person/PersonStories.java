package news.dateline.person;

import java.time.Clock;
import java.util.List;
import news.dateline.seo.StoryEntry;
import news.dateline.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The newest stories that mention a person, for their feed: one statement. */
@Service
@Transactional(readOnly = true)
public class PersonStories {

    private final JdbcClient jdbc;

    private final Clock clock;

    PersonStories(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<StoryEntry> ofPerson(String slug, int limit) {
        // the person's latest links, read in order from article_person_latest_idx (V10)
        return jdbc.sql("""
                select %s
                from (select ap.article_id from article_person ap
                      where ap.person_id = (select p.id from person p where p.slug = ?)
                        and ap.status = 'PUBLISHED' and ap.published_at <= ?
                      order by ap.published_at desc, ap.article_id desc limit ?) latest
                join article a on a.id = latest.article_id
                left join agency g on g.id = a.agency_id
                order by a.published_at desc, a.id desc""".formatted(StoryEntry.COLUMNS))
            .params(slug, SqlTime.now(clock), limit)
            .query((rs, n) -> StoryEntry.read(rs))
            .list();
    }

}
