/**
 * The layout's model, error pages, HTTP caching and security headers, the reader cache.
 * Open to every module.
 */
@ApplicationModule(displayName = "Web", type = ApplicationModule.Type.OPEN)
@NullMarked
package news.dateline.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
