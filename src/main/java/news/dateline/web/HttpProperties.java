package news.dateline.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP caching of public responses ({@code dateline.http.*}); the newsroom's pages are
 * always {@code private, no-store}.
 *
 * @param pageCacheControl Cache-Control of public pages, feeds and sitemaps
 * @param assetCacheControl Cache-Control of style sheets and images under their plain
 * names
 * @param fingerprintedAssetCacheControl Cache-Control of a style sheet under the name
 * carrying a hash of its content, which changes with the content
 */
@ConfigurationProperties("dateline.http")
public record HttpProperties(@DefaultValue("public, max-age=60, stale-while-revalidate=600") String pageCacheControl,
        @DefaultValue("public, max-age=86400") String assetCacheControl,
        @DefaultValue("public, max-age=31536000, immutable") String fingerprintedAssetCacheControl) {
}
