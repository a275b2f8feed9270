package news.dateline.shared;

import java.util.Set;

/**
 * A change to something readers can see, naming the cached pages it touches as
 * {@link CacheTags}. The reader cache empties those pages, and only those, once the
 * change commits; {@code Last-Modified} moves.
 */
public interface PagesChanged {

    /**
     * The tags of every page this change touches, before and after it; empty when readers
     * cannot see it.
     */
    Set<String> pages();

    /**
     * The tags of the pages kept in the database ({@code web.PageStore}) this change
     * touches: only what changes what those pages show. Those pages (a story's own page)
     * are not emptied by every story sharing a country or a person with them, as the
     * pages in memory are; their sidebars by {@code article.SidebarsTouched}. The same as
     * {@link #pages()} unless a change says otherwise.
     */
    default Set<String> storedPages() {
        return pages();
    }

}
