/**
 * People with their aliases, roles and merges; a freed slug that still redirects is never
 * reused. Owns {@code person}, {@code person_alias} and {@code person_slug_redirect}.
 */
@ApplicationModule(displayName = "People", allowedDependencies = { "seo", "shared", "web" })
@NullMarked
package news.dateline.person;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
