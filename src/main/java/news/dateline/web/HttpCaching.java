package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * HTTP for readers and CDNs: a trailing slash answers 301 to the address without it;
 * public pages carry an ETag (a matching conditional GET answers 304 with no body) and a
 * short shared max-age with stale-while-revalidate; nothing under /admin or /login is
 * ever cached.
 */
@Configuration(proxyBeanMethods = false)
class HttpCaching {

    static final String PRIVATE = "private, no-store";

    /** After the redirect to an address's one form, before Cache-Control and ETags. */
    static final int PAGE_CACHE_ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    private final HttpProperties http;

    HttpCaching(HttpProperties http) {
        this.http = http;
    }

    /**
     * A reader page's address typed with capitals ("/countries/Laos"): slugs are lower
     * case, so it has one home.
     */
    /**
     * A style sheet under the name the resource chain gives it: its content's MD5 before
     * the extension.
     */
    static final Pattern FINGERPRINTED_ASSET = Pattern.compile("/css/[a-z0-9-]+-[0-9a-f]{32}\\.css");

    private static final Pattern READER_PATH_IN_CAPITALS = Pattern
        .compile("/(articles|people|events|countries|relations)/[A-Za-z0-9/-]*[A-Z][A-Za-z0-9/-]*(\\.xml)?");

    /**
     * One address per page: no trailing slash, reader slugs in lower case; the others
     * answer 301.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> trailingSlashRedirect() {
        return Filters.register("trailingSlashRedirect", Ordered.HIGHEST_PRECEDENCE, (request, response, chain) -> {
            String uri = request.getRequestURI();
            boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            String target = uri;
            if (uri.length() > 1 && uri.endsWith("/")) {
                target = uri.replaceAll("/+$", "");
            }
            // the pattern backtracks over the whole slug: only worth running on a
            // capital
            if (hasCapital(target) && READER_PATH_IN_CAPITALS.matcher(target).matches()) {
                target = target.toLowerCase(Locale.ROOT);
            }
            if (read && !target.equals(uri)) {
                // built from the request's own path: Redirects.sitePath keeps
                // "//evil.example/"
                // on this site ("/evil.example")
                String query = request.getQueryString();
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader(HttpHeaders.LOCATION,
                        Redirects.sitePath(target) + (query == null ? "" : "?" + query));
                return;
            }
            chain.doFilter(request, response);
        });
    }

    private static boolean hasCapital(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cacheControl() {
        return Filters.register("cacheControl", PAGE_CACHE_ORDER + 1, (request, response, chain) -> {
            String uri = request.getRequestURI();
            boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            if (uri.startsWith("/admin") || uri.startsWith("/login") || uri.startsWith("/logout") || !read) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            }
            else if (!uri.startsWith("/actuator")) {
                boolean fingerprinted = FINGERPRINTED_ASSET.matcher(uri).matches();
                response.setHeader(HttpHeaders.CACHE_CONTROL,
                        fingerprinted ? http.fingerprintedAssetCacheControl()
                                : uri.startsWith("/css/") || uri.endsWith(".svg") || uri.endsWith(".png")
                                        ? http.assetCacheControl() : http.pageCacheControl());
                // a fingerprinted name this node does not know may be a newer build's:
                // its 404 is not kept for a year
                response = new NoStoreOnServerError(response, fingerprinted ? 400 : 500);
            }
            chain.doFilter(request, response);
        });
    }

    /**
     * A server error is never cached: it says nothing about the page once the fault is
     * gone. Nor is any error under an address whose answer would be kept for a year.
     */
    static final class NoStoreOnServerError extends jakarta.servlet.http.HttpServletResponseWrapper {

        /** The lowest status not to be cached. */
        private final int from;

        NoStoreOnServerError(HttpServletResponse response, int from) {
            super(response);
            this.from = from;
        }

        @Override
        public void setStatus(int status) {
            noStoreIfError(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            noStoreIfError(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            noStoreIfError(status);
            super.sendError(status, message);
        }

        private void noStoreIfError(int status) {
            if (status >= from) {
                setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            }
        }

    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        var filter = new ShallowEtagHeaderFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String uri = request.getRequestURI();
                return uri.startsWith("/admin") || uri.startsWith("/login") || uri.startsWith("/actuator");
            }
        };
        // weak: the same page gzipped or not is the same page, and Tomcat does not
        // compress behind a strong ETag
        filter.setWriteWeakETag(true);
        var registration = new FilterRegistrationBean<ShallowEtagHeaderFilter>(filter);
        registration.setOrder(PAGE_CACHE_ORDER + 2);
        return registration;
    }

}
