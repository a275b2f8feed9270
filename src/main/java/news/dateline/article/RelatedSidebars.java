package news.dateline.article;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a story changes while readers can see it (before or after), the stories whose
 * sidebar may now show it, or no longer show it, are named in the same transaction
 * ({@link SidebarsTouched}): a new story on an event appears in the sidebars of the
 * event's stories of its days at once, rather than when their kept pages expire.
 */
@Component
class RelatedSidebars {

    private final RelatedNews related;

    private final ApplicationEventPublisher events;

    RelatedSidebars(RelatedNews related, ApplicationEventPublisher events) {
        this.related = related;
        this.events = events;
    }

    @EventListener
    void on(StoryEvent change) {
        Set<Long> eventIds = new LinkedHashSet<>();
        Set<Long> personIds = new LinkedHashSet<>();
        for (StoryState state : change.before() == null ? List.of(change.after())
                : List.of(change.before(), change.after())) {
            if (state.published()) {
                state.events().forEach(tag -> eventIds.add(tag.id()));
                state.people().forEach(tag -> personIds.add(tag.id()));
            }
        }
        if (eventIds.isEmpty() && personIds.isEmpty()) {
            return;
        }
        Set<Long> touched = related.sidebarsShowing(change.storyId(), eventIds, personIds);
        if (!touched.isEmpty()) {
            events.publishEvent(new SidebarsTouched(touched));
        }
    }

}
