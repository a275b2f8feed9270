package news.dateline.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search ({@code dateline.search.*}).
 *
 * @param statisticsRefresh how often the archive's statistics that choose a search's way
 * are read again (from the start; zero: only when asked, as the tests do)
 * @param index the search index each node keeps
 */
@ConfigurationProperties("dateline.search")
public record SearchProperties(@DefaultValue("10m") Duration statisticsRefresh, @DefaultValue Index index) {

    /**
     * The Lucene index of the published stories ({@code dateline.search.index.*}).
     *
     * @param enabled false: every search is PostgreSQL's full-text search
     * @param directory where the index is kept between starts
     * @param temporary true: in a temporary directory instead, deleted at the stop and
     * built again at each start (the tests' contexts)
     * @param poll how often the node looks for stories written elsewhere (another node,
     * the import command) when nothing told it sooner
     * @param foregroundUpTo an archive of at most this many published stories is indexed
     * as the node starts; a larger one in the background, searched by PostgreSQL until
     * its index is ready
     */
    public record Index(@DefaultValue("true") boolean enabled, @DefaultValue("data/search-index") Path directory,
            @DefaultValue("false") boolean temporary, @DefaultValue("1s") Duration poll,
            @DefaultValue("20000") long foregroundUpTo) {
    }

}
