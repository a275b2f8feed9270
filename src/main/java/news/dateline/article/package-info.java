/**
 * The story aggregate: imports and newsroom saves (one content hash), revisions,
 * agencies, the reader queries of the home and article pages, the related-news ranking.
 * Owns the {@code article*} and {@code agency} tables.
 */
@ApplicationModule(displayName = "Stories",
        allowedDependencies = { "country", "image", "person", "seo", "shared", "web" })
@NullMarked
package news.dateline.article;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
