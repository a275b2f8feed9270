/**
 * The editors' side: accounts, login, the story form, previews, the knowledge graph's
 * forms, the audit log.
 */
@ApplicationModule(displayName = "Newsroom",
        allowedDependencies = { "article", "country", "event", "image", "ingest", "person", "shared", "web" })
@NullMarked
package news.dateline.newsroom;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
