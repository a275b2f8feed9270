package news.dateline.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP caching of public responses ({@code dateline.http.*}); the newsroom's pages are
 * always {@code private, no-store}.
 *
 * @param pageCacheControl Cache-Control of public pages, feeds and sitemaps
 * @param assetCacheControl Cache-Control of style sheets and images
 */
@ConfigurationProperties("dateline.http")
public record HttpProperties(@DefaultValue("public, max-age=60, stale-while-revalidate=600") String pageCacheControl,
        @DefaultValue("public, max-age=86400") String assetCacheControl) {
}
