package news.dateline.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed and recognized wire story, ready to be saved as a published article.
 *
 * @param body Markdown
 * @param publishedAt the instant used for ordering
 * @param publishedOffset the source's offset ("+07:00"), or null when the copy gives only
 * a date
 * @param people person id to number of mentions
 * @param countries country id to number of mentions
 * @param contentHash the {@link ContentHash} of this headline and body, as the wire
 * story's parser took it (an import hashes each story once)
 * @param sourceHash the SHA-256 (hex) of the wire file's bytes, or null
 */
public record ImportedStory(String headline, String standfirst, String body, String photoCaption, String agencyName,
        String dateline, String language, Instant publishedAt, boolean publishedWithTime, String publishedOffset,
        String sourceFile, Map<Long, Integer> people, Map<Long, Integer> countries, Set<Long> events,
        List<OtherNews> otherNews, String contentHash, String sourceHash) {

    public record OtherNews(String headline, Instant publishedAt) {
    }
}
