package news.dateline.newsroom;

import java.time.Clock;
import java.util.List;
import news.dateline.image.ImageProperties;
import news.dateline.image.Images;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the images uploaded for a story and then left unused: the story was never saved
 * (the upload abandoned) or was saved with another image (replaced). Every
 * {@code dateline.images.cleanup-interval}, an image last uploaded more than
 * {@code dateline.images.orphan-grace} ago that no story uses and no autosaved story form
 * names is removed with its variants. With several nodes each one's scheduler runs, but a
 * round first takes a transaction-scoped advisory lock, as scheduled publishing does: the
 * node that gets it cleans, the others skip the round.
 */
@Service
public class OrphanedImages implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedImages.class);

    /** The advisory lock of a round (any number, the same on every node: "dlimgs"). */
    static final long CLEANUP_LOCK = 0x646c_696d_6773L;

    private final Images images;

    private final ImageProperties properties;

    private final SchedulerProperties scheduler;

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final Clock clock;

    OrphanedImages(Images images, ImageProperties properties, SchedulerProperties scheduler, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.images = images;
        this.properties = properties;
        this.scheduler = scheduler;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        Rounds.schedule(scheduler, tasks, this::removeUnused, properties.cleanupInterval());
    }

    /**
     * One round: the hashes of the images removed, or null when another node holds the
     * round's lock.
     */
    public List<String> removeUnused() {
        List<String> removed = transactions.execute(status -> {
            if (!Rounds.mine(jdbc, CLEANUP_LOCK)) {
                return null;
            }
            // the image an autosaved form carries (its hidden "image" field) is work in
            // progress
            List<String> inProgress = jdbc.sql("""
                    select distinct substring(fields from '(?:^|&)image=([0-9a-f]{64})(?:&|$)') from story_autosave
                    where fields ~ '(^|&)image=[0-9a-f]{64}(&|$)'""").query(String.class).list();
            return images.removeUnused(clock.instant().minus(properties.orphanGrace()), inProgress);
        });
        if (removed != null && !removed.isEmpty()) {
            log.info("Removed {} unused uploaded images (older than {})", removed.size(), properties.orphanGrace());
        }
        return removed;
    }

}
