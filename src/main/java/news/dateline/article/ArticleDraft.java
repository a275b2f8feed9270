package news.dateline.article;

import java.time.Instant;
import java.util.Set;

/**
 * A story as the newsroom edits it.
 *
 * @param id null for a new story
 * @param expectedVersion the version the editor started from (null for a new story): a
 * save from a stale version is a conflict
 * @param publishedAt when it is (or will be) published
 * @param publishedOffset the zone the time is shown in ("+07:00"); null for a date alone
 */
public record ArticleDraft(Long id, Integer expectedVersion, String slug, String headline, String standfirst,
        String body, String agencyName, String dateline, String language, Instant publishedAt,
        boolean publishedWithTime, String publishedOffset, ArticleStatus status, Set<Long> people, Set<Long> countries,
        Set<Long> events) {
}
