package news.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@news.dateline.support.DatelineTest
class DatelineApplicationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsOnRealPostgresqlWithTheSchema() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select dl_fold('Tô Lâm')", String.class)).isEqualTo("to lam");
    }

}
