package news.dateline.event;

import news.dateline.person.PersonMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Events a person merged into another took part in now list the person kept. Runs inside
 * the merge's transaction, before the removed person is deleted.
 */
@Component
class MergedPersonEvents {

    private final JdbcClient jdbc;

    MergedPersonEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonMerged merged) {
        jdbc.sql("""
                insert into event_person (event_id, person_id)
                select event_id, :into from event_person where person_id = :from on conflict do nothing""")
            .param("into", merged.keptId())
            .param("from", merged.removedId())
            .update();
        jdbc.sql("delete from event_person where person_id = ?").param(merged.removedId()).update();
    }

}
