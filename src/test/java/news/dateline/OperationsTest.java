package news.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import news.dateline.support.DatelineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What an operator watches: metrics of logins, caches and the pool, kept off the readers'
 * port.
 */
@DatelineTest
class OperationsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MeterRegistry registry;

    @Test
    void aFailedLoginIsCounted() {
        double before = failures();
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(mvc.post().uri("/login").with(csrf()).with(request -> {
            // an address no other test uses: StrangersTest locks some of 198.51.100.0/24
            request.setRemoteAddr("198.18.0.31");
            return request;
        }).param("username", stranger).param("password", "not-the-password-at-all").exchange())
            .hasStatus3xxRedirection();
        assertThat(failures()).isEqualTo(before + 1);
    }

    @Test
    void theCachesAndThePoolHaveMetrics() {
        assertThat(mvc.get().uri("/").exchange()).hasStatusOk();
        assertThat(registry.find("cache.gets").tag("cache", "pages").functionCounters()).isNotEmpty();
        assertThat(registry.find("cache.gets").tag("cache", "reader").functionCounters()).isNotEmpty();
        assertThat(registry.find("hikaricp.connections.active").gauge()).isNotNull();
    }

    @Test
    void theSearchIndexHasMetrics() {
        double byDatabase = registry.get("dateline.search.by.database").functionCounter().count();
        assertThat(mvc.get().uri("/search").param("q", "Laos").exchange()).hasStatusOk();
        assertThat(registry.get("dateline.search.index.ready").gauge().value()).isEqualTo(1);
        assertThat(registry.get("dateline.search.index.stories").gauge().value()).isPositive();
        // the index answered, not PostgreSQL
        assertThat(registry.get("dateline.search.by.database").functionCounter().count()).isEqualTo(byDatabase);
    }

    @Test
    void metricsAreNotServedOnTheReadersPort() {
        assertThat(mvc.get().uri("/actuator/prometheus").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatusOk();
    }

    double failures() {
        return registry.find("dateline.login.failures").counters().stream().mapToDouble(c -> c.count()).sum();
    }

}
