/**
 * The search page.
 */
@NullMarked
package news.dateline.search.web;

import org.jspecify.annotations.NullMarked;
