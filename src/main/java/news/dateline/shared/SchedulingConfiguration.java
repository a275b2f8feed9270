package news.dateline.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled publishing runs in the web application, not in the command-line tools. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "dateline.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

}
