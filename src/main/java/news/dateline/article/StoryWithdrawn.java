package news.dateline.article;

/**
 * A story left the site, unpublished or deleted (a draft deleted too: it touches no
 * page).
 */
public record StoryWithdrawn(long storyId, StoryState before, StoryState after, String actor,
        Cause cause) implements StoryEvent {
}
