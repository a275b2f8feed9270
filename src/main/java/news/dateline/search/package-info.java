/**
 * Full-text search over stories, and people, countries and events by name or alias.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = { "article", "country", "seo", "shared", "web" })
@NullMarked
package news.dateline.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
