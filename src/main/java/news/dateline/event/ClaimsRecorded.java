package news.dateline.event;

import java.util.Set;
import java.util.stream.Collectors;
import news.dateline.shared.CacheTags;
import news.dateline.shared.PagesChanged;

/**
 * What stories say of events' days and places was recorded or settled: the pages of those
 * events (and every page showing them).
 */
public record ClaimsRecorded(Set<Long> eventIds) implements PagesChanged {

    public ClaimsRecorded {
        eventIds = Set.copyOf(eventIds);
    }

    @Override
    public Set<String> pages() {
        return eventIds.stream().map(CacheTags::event).collect(Collectors.toUnmodifiableSet());
    }

}
