/**
 * Wire copy in: parsing (wire), recognition, reference data and the import workflow.
 * Writes nothing of its own but the {@code reference_applied} ledger: it calls the
 * modules that own the tables.
 */
@ApplicationModule(displayName = "Ingest", allowedDependencies = { "article", "country", "event", "person", "shared" })
@NullMarked
package news.dateline.ingest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
