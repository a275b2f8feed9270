package news.dateline.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search ({@code dateline.search.*}).
 *
 * @param statisticsRefresh how often the archive's statistics that choose a search's way
 * are read again (from the start; zero: only when asked, as the tests do)
 */
@ConfigurationProperties("dateline.search")
public record SearchProperties(@DefaultValue("10m") Duration statisticsRefresh) {
}
