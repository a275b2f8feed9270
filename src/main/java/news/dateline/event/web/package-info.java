/**
 * The event pages.
 */
@NullMarked
package news.dateline.event.web;

import org.jspecify.annotations.NullMarked;
