package news.dateline.article;

/**
 * A story was saved without appearing or leaving: a published story edited (its pages
 * change), or a draft or scheduled story saved (no page changes).
 */
public record StoryChanged(long storyId, StoryState before, StoryState after, String actor,
        Cause cause) implements StoryEvent {
}
