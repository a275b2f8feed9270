package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import news.dateline.shared.PagesChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Last-Modified on public pages: the time of the last change to anything readers can see,
 * read once from the database and moved forward by every committed change readers can see
 * ({@link PagesChanged}). A conditional GET with If-Modified-Since at or after it answers
 * 304 before any page is built.
 */
@Component
public class LastModified implements HandlerInterceptor {

    private final AtomicReference<Instant> lastChange = new AtomicReference<>();

    private final JdbcClient jdbc;

    private final Clock clock;

    LastModified(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Instant lastChange() {
        Instant known = lastChange.get();
        if (known == null) {
            Instant read = jdbc
                .sql("""
                        select greatest((select max(greatest(updated_at, published_at)) from article where status = 'PUBLISHED'),
                                        (select max(updated_at) from person), (select max(updated_at) from event))""")
                .query((rs, n) -> rs.getTimestamp(1))
                .optional()
                .filter(java.util.Objects::nonNull)
                .map(java.sql.Timestamp::toInstant)
                .orElse(Instant.EPOCH);
            lastChange.compareAndSet(null, read.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
            known = lastChange.get();
        }
        return known;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(PagesChanged change) {
        if (change.pages().isEmpty()) {
            return;
        }
        lastChange.set(clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String uri = request.getRequestURI();
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || uri.startsWith("/admin") || uri.startsWith("/login") || uri.startsWith("/actuator")
                || uri.startsWith("/error")) {
            return true;
        }
        return !new ServletWebRequest(request, response).checkNotModified(lastChange().toEpochMilli());
    }

}
