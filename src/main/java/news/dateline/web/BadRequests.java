package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

/**
 * A request the server cannot read (a parameter that is not UTF-8 such as {@code q=%ff},
 * more than 1,000 parameters, a form post over 2 MB, a broken multipart body) is the
 * client's fault: it gets a 400 page and one WARN line in the log, never an ERROR with a
 * stack trace. At most {@code dateline.http.bad-requests-logged-per-minute} such lines a
 * minute; the rest are counted and told in one line when the next minute starts, so a
 * client sending nothing but malformed requests cannot flood the log.
 */
@Configuration(proxyBeanMethods = false)
class BadRequests {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> badRequestsAreTheClients(Log log, SiteProperties site) {
        String page = PlainPages.badRequest(site.siteName());
        // after the character-encoding filter (parameters are read as UTF-8), before
        // anything that reads parameters
        return Filters.register("badRequestsAreTheClients", Ordered.HIGHEST_PRECEDENCE + 1,
                Filters.answering((request, response, failure) -> {
                    Throwable unreadable = unreadable(failure);
                    if (unreadable == null) {
                        return false;
                    }
                    log.bad(request, unreadable);
                    if (!response.isCommitted()) {
                        PlainPages.send(response, HttpServletResponse.SC_BAD_REQUEST, page);
                    }
                    return true;
                }));
    }

    @Bean
    Log badRequestLog(Clock clock, HttpProperties http) {
        return new Log(clock, http.badRequestsLoggedPerMinute());
    }

    /**
     * The cause that says the request itself could not be read, if that is what failed.
     */
    static Throwable unreadable(Throwable failure) {
        return PlainPages.cause(failure, cause -> cause instanceof InvalidParameterException
                || cause instanceof MultipartException || cause instanceof FileUploadException);
    }

    /** The rate-limited log of bad requests. */
    static final class Log {

        private static final Logger log = LoggerFactory.getLogger(BadRequests.class);

        private final Clock clock;

        private final int perMinute;

        private Instant minute = Instant.EPOCH;

        private int logged;

        private int dropped;

        Log(Clock clock, int perMinute) {
            this.clock = clock;
            this.perMinute = perMinute;
        }

        void bad(HttpServletRequest request, Throwable why) {
            bad(request.getRemoteAddr(), request.getMethod(), request.getRequestURI(), why.getMessage());
        }

        /**
         * One bad request: the client's address, the method and address it sent (as far
         * as they could be read) and why it was refused.
         */
        void bad(String from, String method, String uri, String why) {
            String line = "Bad request from " + from + ": " + printable(method, 20) + " " + printable(uri, 200) + ": "
                    + printable(why, 200);
            int droppedBefore = 0;
            boolean write;
            synchronized (this) {
                Instant now = clock.instant();
                if (!now.isBefore(minute.plus(Duration.ofMinutes(1)))) {
                    droppedBefore = dropped;
                    minute = now;
                    logged = 0;
                    dropped = 0;
                }
                write = logged < perMinute;
                if (write) {
                    logged++;
                }
                else {
                    dropped++;
                }
            }
            if (droppedBefore > 0) {
                log.warn("{} more bad requests were not logged in the minute before", droppedBefore);
            }
            if (write) {
                log.warn(line);
            }
        }

        /**
         * One line, no control characters (a value sent could forge log lines), cut to
         * {@code max}.
         */
        static String printable(String text, int max) {
            if (text == null) {
                return "";
            }
            StringBuilder kept = new StringBuilder(Math.min(text.length(), max));
            for (int i = 0; i < text.length() && kept.length() < max; i++) {
                char c = text.charAt(i);
                kept.append(Character.isISOControl(c) ? '?' : c);
            }
            return kept.length() < text.length() ? kept + "…" : kept.toString();
        }

    }

}
