package news.dateline.person;

import news.dateline.shared.GraphChange;

/**
 * Two records of one person became one: published inside the merge's transaction before the removed
 * row is deleted, so that the modules owning links to people (stories, events) move theirs to the
 * kept person with a plain, synchronous {@code @EventListener}.
 */
public record PersonMerged(long keptId, String keptSlug, long removedId, String removedSlug) implements GraphChange {
}
