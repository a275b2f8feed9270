package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * When the database does not answer (no connection within the pool's 2 s, a connection
 * refused, or broken under a request as PostgreSQL stops: {@link DatabaseFailures}), a
 * page answers {@code 503 Service Unavailable} with {@code Retry-After} and the portal's
 * own "back in a moment" page, whatever the client asked for in {@code Accept} (a 503 is
 * what a proxy or a crawler should see, not a 500 or JSON). It logs one WARN line,
 * without a stack trace, at most every 10 s.
 * <p>
 * Two places catch it: a {@link HandlerExceptionResolver} after the controllers' own
 * exception handlers (the newsroom's forms keep what an editor typed), for failures in a
 * controller; and a filter ahead of Spring Session and Spring Security, for failures
 * anywhere else in the chain (an editor's session is read from PostgreSQL before any
 * controller runs). The filter first lets the modules' {@link DatabaseAwayAnswer}s answer
 * (the newsroom gives back a story being saved), and sends the page itself otherwise. A
 * post whose work was done and whose redirect failed only because the session could not
 * be written as the answer was committed gets that redirect.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailable implements WebMvcConfigurer, HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /** Seconds a client is asked to wait before it tries again. */
    static final String RETRY_AFTER_SECONDS = "30";

    /**
     * After the page cache (which answers a failed render with the last good page) and
     * the filters that clean a request, before Spring Session's filter
     * ({@code Integer.MIN_VALUE + 50}) and Spring Security's.
     */
    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    /**
     * Right after Spring Session's filter
     * ({@code SessionRepositoryFilter.DEFAULT_ORDER}).
     */
    static final int REDIRECTS_ORDER = Integer.MIN_VALUE + 51;

    /** The request attribute of the location a request was being redirected to. */
    static final String REDIRECTED = DatabaseUnavailable.class.getName() + ".redirected";

    private static final long WARN_EVERY_MILLIS = 10_000;

    private final ObjectProvider<ThymeleafViewResolver> views;

    private final ObjectProvider<DatabaseAwayAnswer> answers;

    private final Clock clock;

    private final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE);

    DatabaseUnavailable(ObjectProvider<ThymeleafViewResolver> views, ObjectProvider<DatabaseAwayAnswer> answers,
            Clock clock) {
        this.views = views;
        this.answers = answers;
        this.clock = clock;
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
        warn(request, exception);
        unavailable(response);
        View page = page();
        return page == null ? new ModelAndView() : new ModelAndView(page);
    }

    /** The filter for failures outside the controllers. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableFilter() {
        return Filters.register("databaseUnavailableFilter", FILTER_ORDER,
                Filters.answering((request, response, failure) -> {
                    if (!databaseUnreachable(failure) || response.isCommitted()) {
                        return false;
                    }
                    warn(request, failure);
                    answer(request, response);
                    return true;
                }));
    }

    /**
     * Notes where a request was being redirected, inside Spring Session's filter: that
     * filter saves the session as the answer is committed, so a redirect after a save
     * that committed fails there when the database has just gone, after the work was
     * done.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableRedirects() {
        return Filters.register("databaseUnavailableRedirects", REDIRECTS_ORDER,
                (request, response, chain) -> chain.doFilter(request, new HttpServletResponseWrapper(response) {
                    @Override
                    public void sendRedirect(String location) throws IOException {
                        request.setAttribute(REDIRECTED, location);
                        super.sendRedirect(location);
                    }

                    @Override
                    public void sendRedirect(String location, int status) throws IOException {
                        request.setAttribute(REDIRECTED, location);
                        super.sendRedirect(location, status);
                    }

                    @Override
                    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
                        request.setAttribute(REDIRECTED, location);
                        super.sendRedirect(location, clearBuffer);
                    }

                    @Override
                    public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
                        request.setAttribute(REDIRECTED, location);
                        super.sendRedirect(location, status, clearBuffer);
                    }
                }));
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // nothing of the failed request's answer goes out: no cookie, no header
        response.reset();
        if (request.getAttribute(REDIRECTED) instanceof String location && "POST".equals(request.getMethod())
                && !location.contains("/login")) {
            // the work was done and committed: only the session's last access was not
            // written (a redirect to the login page says the work was not done)
            response.sendRedirect(location);
            return;
        }
        unavailable(response);
        // the request's CSRF token would be read from the session, in the database
        request.removeAttribute(CsrfToken.class.getName());
        request.removeAttribute("_csrf");
        for (DatabaseAwayAnswer answer : answers.orderedStream().toList()) {
            if (answer.answer(request, response)) {
                return;
            }
        }
        View page = page();
        if (page != null) {
            try {
                page.render(Map.of(), request, response);
                return;
            }
            catch (Exception e) {
                log.debug("The 503 page could not be rendered", e);
                response.reset();
                unavailable(response);
            }
        }
        PlainPages.send(response, HttpStatus.SERVICE_UNAVAILABLE.value(),
                """
                        <!DOCTYPE html>
                        <html lang="en"><head><meta charset="utf-8"><title>Back in a moment · Dateline</title>
                        <meta name="robots" content="noindex"><link rel="stylesheet" href="/css/site.css"></head>
                        <body><main><h1 class="page-title">Back in a moment</h1>
                        <p>Dateline cannot reach its archive just now, so this page cannot be shown. Nothing is lost: please try again in half a minute.</p>
                        <p><a href="/">Try the latest stories</a></p></main></body></html>
                        """);
    }

    private static void unavailable(HttpServletResponse response) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** One WARN line at most every 10 s, the others at DEBUG; never a stack trace. */
    private void warn(HttpServletRequest request, Throwable failure) {
        long now = clock.millis();
        long last = lastWarning.get();
        if ((last == Long.MIN_VALUE || now - last >= WARN_EVERY_MILLIS) && lastWarning.compareAndSet(last, now)) {
            log.warn("The database did not answer: {} {} answered 503 ({}; further ones for 10 s at DEBUG)",
                    request.getMethod(), request.getRequestURI(), rootMessage(failure));
        }
        else {
            log.debug("The database did not answer: {} {} answered 503", request.getMethod(), request.getRequestURI());
        }
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
        return DatabaseFailures.unreachable(failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

}
