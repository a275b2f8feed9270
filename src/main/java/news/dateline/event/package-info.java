/**
 * Dated events (year, month or day precision) with their countries, people and phrases.
 * Owns {@code event}, {@code event_country}, {@code event_person} and
 * {@code event_phrase}.
 */
@ApplicationModule(displayName = "Events", allowedDependencies = { "person", "seo", "shared", "web" })
@NullMarked
package news.dateline.event;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
