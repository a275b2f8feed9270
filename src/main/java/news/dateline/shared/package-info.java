/**
 * Small things every module uses: slugs, Markdown, display times, partial dates, the
 * clock. Open to every module.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
@NullMarked
package news.dateline.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
