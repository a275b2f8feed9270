/**
 * robots.txt, the sitemaps and the site's feed.
 */
@NullMarked
package news.dateline.seo.web;

import org.jspecify.annotations.NullMarked;
