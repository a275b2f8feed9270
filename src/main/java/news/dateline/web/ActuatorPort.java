package news.dateline.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Metrics are for the operators, never public: {@code /actuator/prometheus} answers only
 * on the management port ({@code management.server.port}, which a deployment does not
 * publish); on the readers' port it is a 404, also when no management port is set.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorPort {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> metricsOnlyOnManagementPort(Environment environment) {
        var registration = Filters.register("metricsOnlyOnManagementPort", Ordered.HIGHEST_PRECEDENCE,
                (request, response, chain) -> {
                    Integer management = environment.getProperty("local.management.port", Integer.class);
                    Integer server = environment.getProperty("local.server.port", Integer.class);
                    boolean separate = environment.containsProperty("management.server.port") && management != null
                            && !management.equals(server);
                    if (!separate || management != request.getLocalPort()) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                    chain.doFilter(request, response);
                });
        registration.addUrlPatterns("/actuator/prometheus", "/actuator/prometheus/*", "/actuator/metrics",
                "/actuator/metrics/*");
        return registration;
    }

}
