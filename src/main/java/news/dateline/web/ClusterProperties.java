package news.dateline.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Several nodes on one database ({@code dateline.cluster.*}, see
 * {@link ClusterInvalidation}).
 *
 * @param enabled whether changes are sent to and heard from other nodes
 * @param channel the PostgreSQL notification channel, the same on every node of one site
 * @param reconnectEvery how often the listener tries again when its connection is gone
 * @param checkEvery how long the listener waits for news before checking its connection
 */
@ConfigurationProperties("dateline.cluster")
public record ClusterProperties(@DefaultValue("true") boolean enabled, @DefaultValue("dateline_pages") String channel,
        @DefaultValue("2s") Duration reconnectEvery, @DefaultValue("20s") Duration checkEvery) {
}
