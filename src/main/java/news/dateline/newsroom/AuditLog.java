package news.dateline.newsroom;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who created, edited, published, unpublished or deleted what, and when. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Entry(String at, String actor, String action, String entityType, Long entityId, String summary) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String entityType, Long entityId, String summary) {
        jdbc.sql("insert into audit_log (at, actor, action, entity_type, entity_id, summary) values (?, ?, ?, ?, ?, ?)")
            .params(java.sql.Timestamp.from(clock.instant()), actor, action, entityType, entityId, summary)
            .update();
    }

    @Transactional(readOnly = true)
    public List<Entry> latest(int limit) {
        return jdbc.sql(
                "select at, actor, action, entity_type, entity_id, summary from audit_log order by at desc, id desc limit ?")
            .param(limit)
            .query((rs, n) -> new Entry(
                    rs.getTimestamp("at").toInstant().toString().replace("T", " ").substring(0, 19) + " UTC",
                    rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
                    (Long) rs.getObject("entity_id"), rs.getString("summary")))
            .list();
    }

}
