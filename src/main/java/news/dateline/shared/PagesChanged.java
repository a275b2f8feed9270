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

}
