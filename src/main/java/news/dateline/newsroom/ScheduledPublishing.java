package news.dateline.newsroom;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Publishes the scheduled stories whose time has come, every
 * {@code dateline.scheduler.delay} after the previous round ended. Registered only when
 * scheduling is on ({@code dateline.scheduler.enabled}, see
 * {@code shared.SchedulingConfiguration}).
 */
@Component
class ScheduledPublishing implements SchedulingConfigurer {

    private final Newsroom newsroom;

    private final SchedulerProperties properties;

    ScheduledPublishing(Newsroom newsroom, SchedulerProperties properties) {
        this.newsroom = newsroom;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        Rounds.schedule(properties, tasks, newsroom::publishScheduled, properties.delay());
    }

}
