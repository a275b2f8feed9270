package news.dateline.shared;

import java.util.Set;

/**
 * Published after a change that does not yet say what it touched: the reader caches are emptied
 * entirely once it commits. Changes to stories publish the article module's events instead.
 */
public record ContentChanged(String what) implements PagesChanged {

    @Override
    public Set<String> pages() {
        return Set.of(CacheTags.EVERYTHING);
    }
}
