package news.dateline.article;

import news.dateline.person.PersonMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stories tagging a person merged into another now tag the person kept, their mentions
 * summed when a story tagged both. Runs inside the merge's transaction, before the
 * removed person is deleted.
 */
@Component
class MergedPersonStories {

    private final JdbcClient jdbc;

    MergedPersonStories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonMerged merged) {
        jdbc.sql(
                """
                        insert into article_person (article_id, person_id, mentions)
                        select article_id, :into, mentions from article_person where person_id = :from
                        on conflict (article_id, person_id) do update set mentions = article_person.mentions + excluded.mentions""")
            .param("into", merged.keptId())
            .param("from", merged.removedId())
            .update();
        // the stories now tagged with the kept person are written again (nothing in them
        // changes) so that every node's search index re-reads their people
        jdbc.sql(
                "update article set updated_at = updated_at where id in (select article_id from article_person where person_id = ?)")
            .param(merged.removedId())
            .update();
        jdbc.sql("delete from article_person where person_id = ?").param(merged.removedId()).update();
    }

}
