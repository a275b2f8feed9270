/**
 * A library the features use: page heads ({@code PageMeta}), schema.org JSON-LD, Atom
 * feeds and sitemaps gathered from the sources the features implement. It imports no
 * feature.
 */
@ApplicationModule(displayName = "SEO", allowedDependencies = { "shared", "web" })
@NullMarked
package news.dateline.seo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
