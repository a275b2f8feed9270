package news.dateline.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.HtmlUtils;

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

    /**
     * A page of the portal's that needs no template and no database: the site's style
     * sheet, its name in the masthead linking home, a heading, a sentence and a link
     * home. It holds nothing the request said.
     */
    static String page(String siteName, String heading, String text, String linkText) {
        String site = HtmlUtils.htmlEscape(siteName);
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%2$s · %1$s</title><meta name="robots" content="noindex"><meta name="color-scheme" content="light dark">
                <link rel="stylesheet" href="/css/site.css"></head>
                <body><header class="masthead"><div class="wrap masthead-inner"><a class="brand" href="/">%1$s</a></div></header>
                <main id="main" class="wrap"><h1 class="page-title">%2$s</h1>
                <p>%3$s</p>
                <p><a href="/">%4$s</a></p></main></body></html>
                """
            .formatted(site, HtmlUtils.htmlEscape(heading), HtmlUtils.htmlEscape(text), HtmlUtils.htmlEscape(linkText));
    }

    /** The page for a request that could not be read: a 400. */
    static String badRequest(String siteName) {
        return page(siteName, "Request not understood",
                "This address, or what was sent to it, is not one we understand. Check the address, or go back and "
                        + "try again.",
                "See the latest stories");
    }

    /**
     * The page for a status the server answered by itself, before the portal could: a 400
     * for an address it cannot read, else a word for the kind of status.
     */
    static String statusPage(String siteName, int status) {
        if (status == 404) {
            return page(siteName, "Page not found",
                    "There is no page at this address. Check the address, or start " + "from the latest stories.",
                    "See the latest stories");
        }
        if (status >= 500) {
            return page(siteName, "Something went wrong",
                    "We could not show this page just now. Please try again " + "in a moment.",
                    "See the latest stories");
        }
        return badRequest(siteName);
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
