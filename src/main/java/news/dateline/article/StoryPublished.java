package news.dateline.article;

/**
 * A story readers could not see became visible: saved as published, its scheduled time
 * came, or imported.
 */
public record StoryPublished(long storyId, StoryState before, StoryState after, String actor,
        Cause cause) implements StoryEvent {
}
