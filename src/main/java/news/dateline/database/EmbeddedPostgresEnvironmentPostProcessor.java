package news.dateline.database;

import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no datasource configured, starts the embedded PostgreSQL (README, "Run it") and
 * hands its JDBC URL to Spring Boot's normal HikariCP pool. Its data directory
 * ({@code dateline.embedded-postgres.data-dir}, default {@code ./data/postgres}) is kept
 * across restarts, so nothing an editor saves is lost.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    private final Log log;

    /** The log is a deferred one: this runs before the logging system is set up. */
    public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        // Bound by hand: this runs before the application context that binds
        // @ConfigurationProperties beans.
        EmbeddedPostgresProperties settings = Binder.get(environment)
            .bind("dateline.embedded-postgres", EmbeddedPostgresProperties.class)
            .orElseGet(() -> new EmbeddedPostgresProperties(null, null, null));
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(settings.dataDir()).toAbsolutePath(),
                settings.port(), settings.ephemeral());
        log.info(database.description());
        environment.getPropertySources()
            .addFirst(new MapPropertySource("embeddedPostgres",
                    Map.of("spring.datasource.url", database.jdbcUrl(), "spring.datasource.username",
                            database.username(), "spring.datasource.password", "", "dateline.embedded-postgres.active",
                            "true")));
    }

    @Override
    public int getOrder() {
        // after the config files are read, so that application.yml and profiles can set
        // the data directory
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

}
