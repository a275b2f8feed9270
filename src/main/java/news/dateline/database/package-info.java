/**
 * The embedded PostgreSQL started when no datasource is configured.
 */
@ApplicationModule(displayName = "Embedded database", allowedDependencies = {})
@NullMarked
package news.dateline.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
