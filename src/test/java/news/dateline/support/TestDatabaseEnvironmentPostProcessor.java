package news.dateline.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Picks the real PostgreSQL the tests run on, in the order the README gives: an explicit
 * {@code SPRING_DATASOURCE_URL}, else a Testcontainers PostgreSQL when a Docker engine
 * answers, else the embedded PostgreSQL in a throw-away directory under {@code target/}.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    private static volatile PostgreSQLContainer container;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        if (dockerAnswers()) {
            PostgreSQLContainer postgres = container();
            properties.put("spring.datasource.url", postgres.getJdbcUrl());
            properties.put("spring.datasource.username", postgres.getUsername());
            properties.put("spring.datasource.password", postgres.getPassword());
        }
        else {
            properties.put("dateline.embedded-postgres.data-dir", "target/test-postgres");
            properties.put("dateline.embedded-postgres.ephemeral", "true");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    }

    private static boolean dockerAnswers() {
        if ("false".equalsIgnoreCase(System.getenv("DATELINE_TEST_DOCKER"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException e) {
            return false;
        }
    }

    private static synchronized PostgreSQLContainer container() {
        if (container == null) {
            PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");
            postgres.start();
            container = postgres;
        }
        return container;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 20;
    }

}
