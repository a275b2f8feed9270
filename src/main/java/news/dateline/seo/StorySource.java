package news.dateline.seo;

import java.time.Instant;
import java.util.List;

/**
 * The published stories of the whole site, newest first: the site's feed and the news
 * sitemap. The article feature implements it.
 */
public interface StorySource {

    /** The newest published stories. */
    List<StoryEntry> latest(int limit);

    /** The stories published since a time, newest first. */
    List<StoryEntry> publishedSince(Instant since, int limit);

}
