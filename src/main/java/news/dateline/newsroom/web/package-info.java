/**
 * The newsroom's controllers: story, people, countries, events and accounts forms.
 */
@NullMarked
package news.dateline.newsroom.web;

import org.jspecify.annotations.NullMarked;
