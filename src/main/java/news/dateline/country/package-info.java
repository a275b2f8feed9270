/**
 * Countries (ISO 3166-1 from the JDK) with their aliases and demonyms, country timelines
 * and bilateral relations. Owns {@code country} and {@code country_alias}.
 */
@ApplicationModule(displayName = "Countries", allowedDependencies = { "seo", "shared", "web" })
@NullMarked
package news.dateline.country;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
