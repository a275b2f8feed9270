/**
 * Pictures: lead images uploaded in the newsroom (checked by their content, resized once,
 * kept in PostgreSQL under their SHA-256) and the share cards of stories without one.
 * Owns the {@code image}, {@code image_variant} and {@code share_card} tables.
 */
@ApplicationModule(displayName = "Images", allowedDependencies = { "shared", "web" })
@NullMarked
package news.dateline.image;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
