package news.dateline.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import news.dateline.newsroom.Accounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole application on the test database, with MockMvc and a clock tests can move.
 * Every test class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "dateline.scheduler.enabled=false",
        // story pages kept in the database are tested in their own context
        // (PageStoreTest):
        // here tests change rows with SQL and empty the caches in memory
        "dateline.page-store.enabled=false",
        // no background refresh of the reader cache while tests count statements
        "dateline.cache.refresh-after=1h", "dateline.cache.expire-after=2h",
        // the search's statistics are read when a test asks (SearchStatistics.refresh)
        "dateline.search.statistics-refresh=0",
        // MockMvc carries a session as a MockHttpSession, which Spring Session's filter
        // would replace by its own: here sessions stay in memory. Sessions in PostgreSQL
        // are tested over real HTTP (TwoNodesTest, the browser tests).
        "spring.autoconfigure.exclude=org.springframework.boot.session.autoconfigure.SessionAutoConfiguration,"
                + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration" })
@AutoConfigureMockMvc
@Import(DatelineTest.Clocks.class)
public @interface DatelineTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean
        static DataSourceProbe dataSourceProbe() {
            return new DataSourceProbe();
        }

        @Bean
        Editors editors(Accounts accounts, TransactionTemplate transactions) {
            return new Editors(accounts, transactions);
        }

    }

}
