package news.dateline.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL started when no datasource is configured
 * ({@code dateline.embedded-postgres.*}).
 *
 * @param dataDir where it keeps its data, across restarts
 * @param port a fixed port, or 0 for a free one
 * @param ephemeral a throw-away data directory, removed at exit (the tests' choice)
 */
@ConfigurationProperties("dateline.embedded-postgres")
public record EmbeddedPostgresProperties(String dataDir, Integer port, Boolean ephemeral) {

    public EmbeddedPostgresProperties {
        dataDir = dataDir == null || dataDir.isBlank() ? "data/postgres" : dataDir;
        port = port == null ? 0 : port;
        ephemeral = ephemeral != null && ephemeral;
    }
}
