package news.dateline.shared;

import java.util.Set;

/**
 * A change to the people, events or countries readers see, published by the module that
 * owns the rows ({@code PersonChanged}, {@code PersonMerged}, {@code EventChanged},
 * {@code CountryChanged}): the reader caches and Last-Modified react to it once the
 * transaction commits. A change that does not name the pages it touches empties every
 * cached page.
 */
public interface GraphChange extends PagesChanged {

    @Override
    default Set<String> pages() {
        return Set.of(CacheTags.EVERYTHING);
    }

}
