package news.dateline.article;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A story as the newsroom edits it.
 *
 * @param id null for a new story
 * @param expectedVersion the version the editor started from (null for a new story): a
 * save from a stale version is a conflict
 * @param publishedAt when it is (or will be) published
 * @param publishedOffset the zone the time is shown in ("+07:00"); null for a date alone
 * @param leadImage the story's lead image, or null for none
 */
public record ArticleDraft(Long id, Integer expectedVersion, String slug, String headline, String standfirst,
        String body, String agencyName, String dateline, String language, Instant publishedAt,
        boolean publishedWithTime, String publishedOffset, ArticleStatus status, Set<Long> people, Set<Long> countries,
        Set<Long> events, @Nullable LeadImage leadImage) {

    /** A draft without a lead image. */
    public ArticleDraft(Long id, Integer expectedVersion, String slug, String headline, String standfirst, String body,
            String agencyName, String dateline, String language, Instant publishedAt, boolean publishedWithTime,
            String publishedOffset, ArticleStatus status, Set<Long> people, Set<Long> countries, Set<Long> events) {
        this(id, expectedVersion, slug, headline, standfirst, body, agencyName, dateline, language, publishedAt,
                publishedWithTime, publishedOffset, status, people, countries, events, null);
    }

    /**
     * A lead image: an image uploaded already (by its SHA-256) and its words.
     *
     * @param alt what it shows, for a reader who cannot see it (required)
     * @param caption the caption, or null
     * @param credit the photographer or agency, or null
     */
    public record LeadImage(String hash, String alt, @Nullable String caption, @Nullable String credit) {
    }

}
