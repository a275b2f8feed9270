/**
 * The country, relation and timeline pages and their feeds.
 */
@NullMarked
package news.dateline.country.web;

import org.jspecify.annotations.NullMarked;
