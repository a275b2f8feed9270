package news.dateline.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The story pages kept in the database ({@code dateline.page-store.*},
 * {@link PageStore}).
 *
 * @param enabled off: a story page not in memory is rendered
 * @param maxAge how old a stored page may be served: the bound on what no change names
 * (the "Latest from" list of a story with no related news)
 * @param queue how many rendered pages may wait to be written; more are not stored
 * @param sweepEvery how often pages too old to be served are deleted (zero: never)
 */
@ConfigurationProperties("dateline.page-store")
public record PageStoreProperties(@DefaultValue("true") boolean enabled, @DefaultValue("24h") Duration maxAge,
        @DefaultValue("500") int queue, @DefaultValue("10m") Duration sweepEvery) {
}
