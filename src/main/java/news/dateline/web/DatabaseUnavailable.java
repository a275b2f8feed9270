package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * When the database does not answer (no connection within the pool's 2 s, a connection
 * refused or broken), a page answers {@code 503 Service Unavailable} with
 * {@code Retry-After} and the portal's own "back in a moment" page, whatever the client
 * asked for in {@code Accept} (a 503 is what a proxy or a crawler should see, not a 500
 * or JSON). It logs one WARN line, without a stack trace, at most every 10 s. It runs
 * after the controllers' own exception handlers (the newsroom's forms keep what an editor
 * typed).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailable implements WebMvcConfigurer, HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /** Seconds a client is asked to wait before it tries again. */
    static final String RETRY_AFTER_SECONDS = "30";

    private static final long WARN_EVERY_NANOS = 10_000_000_000L;

    private final ObjectProvider<ThymeleafViewResolver> views;

    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS - 1);

    DatabaseUnavailable(ObjectProvider<ThymeleafViewResolver> views) {
        this.views = views;
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        // after ExceptionHandlerExceptionResolver (the first), before the others
        resolvers.add(resolvers.isEmpty() ? 0 : 1, this);
    }

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
            @Nullable Object handler, Exception exception) {
        if (!databaseUnreachable(exception) || response.isCommitted()) {
            return null;
        }
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last > WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            log.warn("The database did not answer: {} {} answered 503 ({}; further ones for 10 s at DEBUG)",
                    request.getMethod(), request.getRequestURI(), rootMessage(exception));
        }
        else {
            log.debug("The database did not answer: {} {} answered 503", request.getMethod(), request.getRequestURI());
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        View page = page();
        return page == null ? new ModelAndView() : new ModelAndView(page);
    }

    private @Nullable View page() {
        ThymeleafViewResolver resolver = views.getIfAvailable();
        try {
            return resolver == null ? null : resolver.resolveViewName("error/503", Locale.ENGLISH);
        }
        catch (Exception e) {
            return null;
        }
    }

    /**
     * Whether the failure, or one of its causes, says the database could not be reached.
     */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof java.net.ConnectException
                    || (cause instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

}
