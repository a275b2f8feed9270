package news.dateline.article;

import java.util.Set;
import java.util.stream.Collectors;
import news.dateline.shared.CacheTags;
import news.dateline.shared.PagesChanged;

/**
 * Other stories whose related-news sidebar a change to one story may alter: the stories
 * nearest to it in time on each event and person it has or had, which rank it among their
 * candidates ({@link RelatedNews#sidebarsShowing}). Their pages, in memory and in the
 * database, are emptied with the change.
 *
 * @param storyIds the other stories
 */
public record SidebarsTouched(Set<Long> storyIds) implements PagesChanged {

    public SidebarsTouched {
        storyIds = Set.copyOf(storyIds);
    }

    @Override
    public Set<String> pages() {
        return storyIds.stream().map(CacheTags::article).collect(Collectors.toUnmodifiableSet());
    }

}
