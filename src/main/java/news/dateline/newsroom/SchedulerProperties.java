package news.dateline.newsroom;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled publishing ({@code dateline.scheduler.*}).
 *
 * @param enabled whether this process publishes scheduled stories at all (the web
 * application does; the command-line tools do not). With several nodes it may stay on
 * everywhere: an advisory lock lets one node at a time publish.
 * @param delay the pause between the end of one round and the start of the next
 */
@ConfigurationProperties("dateline.scheduler")
public record SchedulerProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration delay) {
}
