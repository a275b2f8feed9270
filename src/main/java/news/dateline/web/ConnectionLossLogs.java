package news.dateline.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Set;
import org.slf4j.Marker;

/**
 * Keeps the libraries from logging, for every request in flight, the database going away
 * under it: the pool's "marked as broken" warning and Spring's "Application exception
 * overridden by rollback exception" error (from the interceptor and from
 * {@code TransactionTemplate}, as Spring Session uses), the reader cache's failed load
 * and the health check each carry a stack trace of a hundred lines (so does Thymeleaf's
 * for a page whose session could not be written as it was sent), and Hibernate adds two
 * lines of its own (SQLState class 08 or 57P, or none, as a pool timing out gives).
 * {@link DatabaseUnavailable} says it once, in one WARN line at most every 10 s. Only
 * events whose exception is a lost database ({@link DatabaseFailures}) are dropped, and
 * only from these loggers; everything else they say is logged as before. Set in
 * {@code logback-spring.xml}.
 */
public final class ConnectionLossLogs extends TurboFilter {

    private static final String POOL = "com.zaxxer.hikari.pool.ProxyConnection";

    private static final String TRANSACTIONS = "org.springframework.transaction.interceptor.TransactionInterceptor";

    private static final String TEMPLATE = "org.springframework.transaction.support.TransactionTemplate";

    private static final String HIBERNATE = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper";

    private static final String HIBERNATE_7 = "org.hibernate.orm.jdbc.error";

    private static final Set<String> LOGGERS = Set.of(POOL, TRANSACTIONS, TEMPLATE, HIBERNATE, HIBERNATE_7,
            "com.github.benmanes.caffeine.cache.LocalAsyncCache",
            "com.github.benmanes.caffeine.cache.BoundedLocalCache",
            "org.springframework.boot.jdbc.health.DataSourceHealthIndicator",
            // a page being rendered when its session could not be written (the database
            // went during the request)
            "org.thymeleaf.TemplateEngine");

    /**
     * Hibernate logs a failed statement in two lines, its SQLState and then its message:
     * set when the first was dropped.
     */
    private static final ThreadLocal<Boolean> MESSAGE_NEXT = new ThreadLocal<>();

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || !LOGGERS.contains(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        if (logger.getName().equals(HIBERNATE) || logger.getName().equals(HIBERNATE_7)) {
            if (MESSAGE_NEXT.get() != null) {
                MESSAGE_NEXT.remove();
                return FilterReply.DENY;
            }
            if (format != null && (format.contains("SQLState: 08") || format.contains("SQLState: 57P")
                    || format.contains("SQLState: null"))) {
                MESSAGE_NEXT.set(Boolean.TRUE);
                return FilterReply.DENY;
            }
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last
                        : null;
        return thrown != null && DatabaseFailures.unreachable(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

}
