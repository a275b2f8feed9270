package news.dateline.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * What the filters ahead of MVC share when a request cannot be served: finding the cause
 * of a failure, and sending a small page of their own (no template, no database) that
 * nobody keeps.
 */
final class PlainPages {

    private PlainPages() {
    }

    /** The first cause of {@code failure}, itself included, that is {@code what}. */
    static @Nullable Throwable cause(Throwable failure, Predicate<Throwable> what) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (what.test(cause)) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** Replaces whatever was buffered with {@code html}, private and not stored. */
    static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        byte[] page = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

}
