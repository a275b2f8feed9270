package news.dateline.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP caching of public responses and the proxies in front of the portal
 * ({@code dateline.http.*}); the newsroom's pages are always {@code private, no-store}.
 *
 * @param pageCacheControl Cache-Control of public pages, feeds and sitemaps
 * @param assetCacheControl Cache-Control of style sheets and images under their plain
 * names
 * @param fingerprintedAssetCacheControl Cache-Control of a style sheet under the name
 * carrying a hash of its content, which changes with the content
 * @param trustedProxies the addresses (or CIDR ranges) of the reverse proxies whose
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed; from anyone else
 * these headers are ignored. Loopback only by default.
 * @param badRequestsLoggedPerMinute malformed requests logged a minute at most (one WARN
 * line each), the others counted in one line
 * @param socketWriteBuffer the connector's write buffer per connection: a page larger
 * than it goes to the socket in several writes
 */
@ConfigurationProperties("dateline.http")
public record HttpProperties(@DefaultValue("public, max-age=60, stale-while-revalidate=600") String pageCacheControl,
        @DefaultValue("public, max-age=86400") String assetCacheControl,
        @DefaultValue("public, max-age=31536000, immutable") String fingerprintedAssetCacheControl, @DefaultValue( {
                "127.0.0.1", "::1" }) List<String> trustedProxies,
        @DefaultValue("20") int badRequestsLoggedPerMinute, @DefaultValue("32KB") DataSize socketWriteBuffer){
}
