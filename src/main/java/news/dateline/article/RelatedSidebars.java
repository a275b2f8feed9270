package news.dateline.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.dateline.shared.PerTransaction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * When a story changes while readers can see it (before or after), the stories whose
 * sidebar may now show it, or no longer show it, are named in the same transaction
 * ({@link SidebarsTouched}): a new story on an event appears in the sidebars of the
 * event's stories of its days at once, rather than when their kept pages expire. The
 * stories a transaction changed are looked up together just before it commits (an
 * import's batch of a hundred stories in one statement), ahead of the transaction's other
 * synchronizations, so that the cluster's notification carries them too.
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
        var story = new RelatedNews.Tagged(change.storyId(), eventIds, personIds);
        Pending pending = PerTransaction.gathering(Pending.class, each -> each.owner == this, () -> new Pending(this));
        if (pending == null) {
            touch(List.of(story));
            return;
        }
        pending.stories.add(story);
    }

    private void touch(List<RelatedNews.Tagged> stories) {
        Set<Long> touched = new LinkedHashSet<>(related.sidebarsShowing(stories));
        // the changed stories themselves are named by their own events
        stories.forEach(story -> touched.remove(story.storyId()));
        if (!touched.isEmpty()) {
            events.publishEvent(new SidebarsTouched(touched));
        }
    }

    /**
     * The stories a transaction changed so far. First of the transaction's
     * synchronizations: the cluster's notification goes out in its own, after this one.
     */
    private static final class Pending implements TransactionSynchronization {

        private final RelatedSidebars owner;

        private final List<RelatedNews.Tagged> stories = new ArrayList<>();

        Pending(RelatedSidebars owner) {
            this.owner = owner;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            owner.touch(stories);
        }

    }

}
