package news.dateline.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reader cache ({@code dateline.cache.*}).
 *
 * @param maximumSize how many query results it holds at most
 * @param refreshAfter how old an entry gets before its next read computes it again in the
 * background (the reader still gets the previous one); also how long another story's
 * related-news sidebar can miss a newly related story, since sidebars are not emptied by
 * other stories' changes
 * @param expireAfter how long an entry nobody reads is kept
 */
@ConfigurationProperties("dateline.cache")
public record ReaderCacheProperties(@DefaultValue("5000") int maximumSize, @DefaultValue("60s") Duration refreshAfter,
        @DefaultValue("10m") Duration expireAfter) {
}
