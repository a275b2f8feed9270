package news.dateline.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads stories as their events report them: two statements for any number of stories.
 */
@Component
class StoryStates {

    private final JdbcClient jdbc;

    StoryStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StoryState of(long id) {
        return of(List.of(id)).get(id);
    }

    /** The stories with these ids as the current transaction sees them, by id. */
    Map<Long, StoryState> of(List<Long> ids) {
        Long[] idArray = ids.toArray(Long[]::new);
        Map<Long, Map<String, List<StoryState.Tag>>> tags = new HashMap<>();
        jdbc.sql(
                """
                        select 'c' as kind, ac.article_id, c.id, c.slug from article_country ac join country c on c.id = ac.country_id
                         where ac.article_id = any(:ids)
                        union all
                        select 'p', ap.article_id, p.id, p.slug from article_person ap join person p on p.id = ap.person_id
                         where ap.article_id = any(:ids)
                        union all
                        select 'e', ae.article_id, e.id, e.slug from article_event ae join event e on e.id = ae.event_id
                         where ae.article_id = any(:ids)
                        order by 1, 3""")
            .param("ids", idArray)
            .query(rs -> {
                tags.computeIfAbsent(rs.getLong(2), k -> new HashMap<>())
                    .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new StoryState.Tag(rs.getLong(3), rs.getString(4)));
            });
        Map<Long, StoryState> states = new HashMap<>();
        jdbc.sql("select id, slug, headline, status from article where id = any(?)").param(idArray).query(rs -> {
            var mine = tags.getOrDefault(rs.getLong("id"), Map.of());
            states.put(rs.getLong("id"),
                    new StoryState(rs.getString("slug"), rs.getString("headline"),
                            ArticleStatus.valueOf(rs.getString("status")), mine.getOrDefault("c", List.of()),
                            mine.getOrDefault("p", List.of()), mine.getOrDefault("e", List.of())));
        });
        return states;
    }

}
