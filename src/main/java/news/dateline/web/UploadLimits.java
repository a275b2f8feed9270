package news.dateline.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart post larger than the servlet's own limits
 * ({@code spring.servlet.multipart.max-file-size}, {@code max-request-size}) cannot be
 * read at all: Tomcat then hands out no parameter, and the CSRF check further on would
 * refuse the post as forged. So a multipart post's parts are read here, before the
 * security filters, and a post too large gets a 413 page that says so and what to do
 * (never a 500, nor a "forbidden"). A file over the image limit but under these (the
 * usual case) is refused by the story form itself, which keeps what was typed.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadsWithinLimits() {
        // after the character encoding and the bad requests' filters, before Spring
        // Security's
        return Filters.register("uploadsWithinLimits", Ordered.HIGHEST_PRECEDENCE + 2, (request, response, chain) -> {
            String type = request.getContentType();
            if ("POST".equals(request.getMethod()) && type != null
                    && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                try {
                    request.getParts();
                }
                catch (IllegalStateException | IOException | ServletException e) {
                    if (tooLarge(e)) {
                        answer(response);
                        return;
                    }
                    throw e;
                }
            }
            chain.doFilter(request, response);
        });
    }

    static boolean tooLarge(Throwable failure) {
        return PlainPages.cause(failure, cause -> cause instanceof SizeException) != null;
    }

    private static void answer(HttpServletResponse response) throws IOException {
        PlainPages.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>File too large · Dateline</title>
                <meta name="robots" content="noindex"><link rel="stylesheet" href="/css/site.css"></head>
                <body><main><h1 class="page-title">The file is too large</h1>
                <p>What you sent is larger than the newsroom takes in one post, so nothing of it was saved. Go back,
                choose a smaller image (a JPEG, PNG or WebP of at most a few megabytes), and save again: the story form
                keeps its text in its autosave.</p>
                <p><a href="/admin">Back to the newsroom</a></p></main></body></html>
                """);
    }

}
