/**
 * The home and article pages.
 */
@NullMarked
package news.dateline.article.web;

import org.jspecify.annotations.NullMarked;
