package news.dateline.article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration 9: every stored story gets the content hash of {@link ContentHash}. Before
 * it, newsroom saves hashed the raw headline and Markdown while imports hashed the wire
 * paragraphs, so a story saved once in the newsroom no longer matched its wire file.
 * Written in Java because the hash is; Spring Boot hands this bean to Flyway, which runs
 * it once, in order, in its transaction.
 *
 * <p>
 * Rows are read a page at a time by id. Should two stored stories now hash the same
 * (possible only for rows saved before this migration), the later one keeps its old,
 * unique hash: nothing is lost, it is merely not recognised as the other's duplicate.
 */
@Component
class ContentHashMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(ContentHashMigration.class);

    private static final int PAGE = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9");
    }

    @Override
    public String getDescription() {
        return "one content hash";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long after = 0;
        int changed = 0;
        int kept = 0;
        try (PreparedStatement page = connection.prepareStatement(
                "select id, headline, body, content_hash from article where id > ? order by id limit " + PAGE);
                PreparedStatement update = connection.prepareStatement("""
                        update article set content_hash = ? where id = ?
                        and not exists (select 1 from article other where other.content_hash = ?)""")) {
            while (true) {
                List<Row> rows = new ArrayList<>(PAGE);
                page.setLong(1, after);
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
                if (rows.isEmpty()) {
                    break;
                }
                for (Row row : rows) {
                    String hash = ContentHash.of(row.headline(), row.body());
                    if (!hash.equals(row.hash())) {
                        update.setString(1, hash);
                        update.setLong(2, row.id());
                        update.setString(3, hash);
                        if (update.executeUpdate() == 1) {
                            changed++;
                        }
                        else {
                            kept++;
                        }
                    }
                }
                after = rows.getLast().id();
            }
        }
        log.info("content hash recomputed: {} stories changed, {} kept their old hash (same text as another story)",
                changed, kept);
    }

    private record Row(long id, String headline, String body, String hash) {
    }

}
