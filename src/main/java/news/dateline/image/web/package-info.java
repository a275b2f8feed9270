/** Serves the images' resized variants at their fingerprinted addresses. */
@NullMarked
package news.dateline.image.web;

import org.jspecify.annotations.NullMarked;
