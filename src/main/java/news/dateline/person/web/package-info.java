/**
 * The person pages and their feed.
 */
@NullMarked
package news.dateline.person.web;

import org.jspecify.annotations.NullMarked;
