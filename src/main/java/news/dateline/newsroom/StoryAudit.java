package news.dateline.newsroom;

import news.dateline.article.StoryChanged;
import news.dateline.article.StoryEvent;
import news.dateline.article.StoryPublished;
import news.dateline.article.StoryWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the audit log's entries for stories from the article module's events. The
 * listener is synchronous, so the entry is written in the transaction that changes the
 * story: it commits with the change, or rolls back with it, and an audit entry that
 * cannot be written fails the change ({@link AuditLog#record} requires a transaction).
 * Imports are not audited, as before.
 */
@Component
class StoryAudit {

    private static final String ARTICLE = "ARTICLE";

    private final AuditLog audit;

    StoryAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(StoryEvent event) {
        if (event.cause() == StoryEvent.Cause.IMPORTED) {
            return;
        }
        String actor = event.actor();
        long id = event.storyId();
        if (event.cause() == StoryEvent.Cause.SAVED) {
            audit.record(actor, event.before() == null ? "CREATED" : "EDITED", ARTICLE, id,
                    event.after().headline() + " [" + event.after().status() + "]");
        }
        switch (event) {
            case StoryPublished published ->
                audit.record(actor, "PUBLISHED", ARTICLE, id, published.cause() == StoryEvent.Cause.SCHEDULE_REACHED
                        ? "scheduled time reached" : "/articles/" + published.slug());
            case StoryWithdrawn withdrawn -> {
                if (withdrawn.cause() == StoryEvent.Cause.DELETED) {
                    audit.record(actor, "DELETED", ARTICLE, id, null);
                }
                else {
                    audit.record(actor, "UNPUBLISHED", ARTICLE, id,
                            withdrawn.cause() == StoryEvent.Cause.SAVED ? "now " + withdrawn.after().status() : null);
                }
            }
            case StoryChanged changed -> {
                // the CREATED or EDITED entry above says it all
            }
        }
    }

}
