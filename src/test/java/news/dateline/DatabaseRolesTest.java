package news.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.dateline.support.DatelineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The portal's own database role may read and write rows and nothing more. */
@DatelineTest
class DatabaseRolesTest {

    static final String ROLE = "dateline_app_role_test";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void dropRole() {
        if (jdbc.sql("select exists (select 1 from pg_roles where rolname = ?)")
            .param(ROLE)
            .query(Boolean.class)
            .single()) {
            jdbc.sql("drop owned by " + ROLE).update();
            jdbc.sql("drop role " + ROLE).update();
        }
    }

    @Test
    void theAppRoleReadsAndWritesEveryTableButCannotChangeTheSchemaOrItsHistory() {
        jdbc.sql("create role " + ROLE + " nologin").update();

        jdbc.sql("select dl_grant_app_role(?)").param(ROLE).query().singleRow();

        List<String> tables = jdbc
            .sql("select tablename from pg_tables where schemaname = 'public' and tablename <> 'flyway_schema_history'")
            .query(String.class)
            .list();
        assertThat(tables).contains("article", "person", "editor", "audit_log", "reference_applied");
        for (String table : tables) {
            for (String right : List.of("SELECT", "INSERT", "UPDATE", "DELETE")) {
                assertThat(privilege("has_table_privilege(?, ?, ?)", table, right)).as(right + " on " + table).isTrue();
            }
            assertThat(privilege("has_table_privilege(?, ?, ?)", table, "TRUNCATE")).as("TRUNCATE on " + table)
                .isFalse();
        }
        assertThat(privilege("has_table_privilege(?, ?, ?)", "flyway_schema_history", "SELECT")).isFalse();
        assertThat(privilege("has_schema_privilege(?, ?, ?)", "public", "CREATE")).isFalse();
        assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner = ?")
            .param(ROLE)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void anUnknownRoleIsAClearErrorAndNoRoleIsNothingToDo() {
        assertThatThrownBy(() -> jdbc.sql("select dl_grant_app_role('no_such_dateline_role')").query().singleRow())
            .hasMessageContaining("The database role \"no_such_dateline_role\" does not exist");
        jdbc.sql("select dl_grant_app_role('')").query().singleRow();
    }

    private boolean privilege(String function, String object, String right) {
        return jdbc.sql("select " + function).params(ROLE, object, right).query(Boolean.class).single();
    }

}
