package news.dateline.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of rendered reader pages ({@code dateline.page-cache.*}), served to anonymous
 * readers ahead of the security filters and MVC.
 *
 * @param enabled off: every request is rendered (the reader query cache still answers)
 * @param maximumSize how many bytes of pages it holds at most (each page's bytes, gzipped
 * bytes and headers)
 * @param refreshAfter how old a page gets before the next reader renders it again (the
 * readers meanwhile get the previous bytes); what a change touches is emptied at once
 * @param expireAfter how long a page nobody asks for is kept
 * @param staleIfError how old the last good bytes of a page may be to be served when
 * rendering it again fails with a server error (the database gone); zero never serves
 * them
 */
@ConfigurationProperties("dateline.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maximumSize,
        @DefaultValue("60s") Duration refreshAfter, @DefaultValue("10m") Duration expireAfter,
        @DefaultValue("24h") Duration staleIfError) {
}
