package news.dateline.newsroom;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Failed logins as a metric, {@code dateline_login_failures_total}, by reason (bad
 * credentials, disabled, throttled...): a rising rate is someone guessing.
 */
@Component
class LoginMetrics {

    private final MeterRegistry registry;

    LoginMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        Counter.builder("dateline.login.failures")
            .description("Failed logins")
            .tag("reason", failure.getException().getClass().getSimpleName())
            .register(registry)
            .increment();
    }

}
