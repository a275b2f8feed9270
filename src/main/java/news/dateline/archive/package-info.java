/**
 * The archive generator: {@code generate --stories N --seed S} fills the database with a
 * realistic, deterministic archive (people, countries, events, stories of wire copy) for
 * the benchmark and for tests at scale. It is the one place that bulk-loads other
 * modules' tables (with PostgreSQL COPY), because a million stories cannot go through the
 * services one by one in reasonable time; it is a fixture, never used by the portal while
 * it serves readers.
 */
@ApplicationModule(displayName = "Archive generator", allowedDependencies = { "article", "shared" })
@NullMarked
package news.dateline.archive;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
