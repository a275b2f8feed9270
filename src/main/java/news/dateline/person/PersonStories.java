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
        return jdbc.sql("""
                select '/articles/' || a.slug as path, a.headline as title,
                       coalesce(a.standfirst, split_part(a.body, E'\\n\\n', 1)) as summary,
                       a.published_at as published, a.updated_at as updated, a.language, g.name as author
                from article a left join agency g on g.id = a.agency_id
                where a.status = 'PUBLISHED' and a.published_at <= ?
                  and exists (select 1 from article_person ap join person p on p.id = ap.person_id
                              where ap.article_id = a.id and p.slug = ?)
                order by a.published_at desc, a.id desc limit ?""")
            .params(SqlTime.now(clock), slug, limit)
            .query((rs, n) -> StoryEntry.read(rs))
            .list();
    }

}
