package news.dateline.article;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.dateline.shared.CacheTags;
import news.dateline.shared.PagesChanged;

/**
 * A change to a story, published inside the transaction that writes it:
 * {@link StoryPublished}, {@link StoryChanged} or {@link StoryWithdrawn}. It says which
 * story, who changed it and why, and the story before (null for a new story) and after
 * the change, tags included.
 */
public sealed interface StoryEvent extends PagesChanged permits StoryPublished, StoryChanged, StoryWithdrawn {

    /** What made the change. */
    enum Cause {

        /** An editor saved the story form. */
        SAVED,
        /** An editor took the story off the site. */
        UNPUBLISHED,
        /** An editor deleted the story. */
        DELETED,
        /** A scheduled story's time came. */
        SCHEDULE_REACHED,
        /** A wire story was imported. */
        IMPORTED

    }

    long storyId();

    /** The story before the change; null when the change created it. */
    StoryState before();

    StoryState after();

    /**
     * Who made the change: an editor's user name, {@code scheduler}, or null for an
     * import.
     */
    String actor();

    Cause cause();

    default String slug() {
        return after().slug();
    }

    /** The story's previous slug, when this change gave it a new one. */
    default Optional<String> oldSlug() {
        return before() == null || before().slug().equals(after().slug()) ? Optional.empty()
                : Optional.of(before().slug());
    }

    /**
     * The pages the story was on before the change and is on after it: its own page, its
     * countries', people's and events' pages, the relation pages of each pair of its
     * countries, the home page, feeds and sitemaps. Other stories' related-news sidebars
     * are left to the cache's short refresh time.
     */
    @Override
    default Set<String> pages() {
        Set<String> pages = new LinkedHashSet<>();
        for (StoryState state : before() == null ? List.of(after()) : List.of(before(), after())) {
            if (!state.published()) {
                continue;
            }
            state.countries().forEach(c -> pages.add(CacheTags.country(c.id())));
            state.people().forEach(p -> pages.add(CacheTags.person(p.id())));
            state.events().forEach(e -> pages.add(CacheTags.event(e.id())));
            for (int i = 0; i < state.countries().size(); i++) {
                for (int j = i + 1; j < state.countries().size(); j++) {
                    pages.add(CacheTags.relation(state.countries().get(i).id(), state.countries().get(j).id()));
                }
            }
        }
        if (!pages.isEmpty() || after().published() || before() != null && before().published()) {
            pages.add(CacheTags.article(storyId()));
            pages.addAll(List.of(CacheTags.HOME, CacheTags.COUNTRIES, CacheTags.FEEDS, CacheTags.SITEMAPS,
                    CacheTags.ABSENT, CacheTags.INDEXES));
        }
        return pages;
    }

    /**
     * Of the pages kept in the database, the story's own: the pages of its countries,
     * people and events are not kept there, and other stories' sidebars are named by
     * {@link SidebarsTouched}.
     */
    @Override
    default Set<String> storedPages() {
        return pages().isEmpty() ? Set.of() : Set.of(CacheTags.article(storyId()));
    }

}
