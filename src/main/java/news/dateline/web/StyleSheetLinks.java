package news.dateline.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to style sheets get the name carrying their content's hash; every other link is
 * left as written.
 *
 * <p>
 * Spring's own {@link ResourceUrlEncodingFilter} asks the resource chain about every link
 * a page renders, and the static resources' {@code /**} mapping makes it look for each
 * {@code /articles/...} or {@code /countries/...} link as a file in the jar: a country
 * page of a few hundred links spent most of a second doing so, on every request. Only
 * {@code /css/} links can name a fingerprinted file, and their answers are kept.
 */
@Configuration(proxyBeanMethods = false)
class StyleSheetLinks {

    /** Replaces Spring Boot's filter (it backs off when one of this type exists). */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter(
            ObjectProvider<ResourceUrlProvider> urls) {
        var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new OnlyStyleSheets(urls));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static final class OnlyStyleSheets extends ResourceUrlEncodingFilter {

        private final ObjectProvider<ResourceUrlProvider> urls;

        /** A style sheet's path to its fingerprinted path; only paths found are kept. */
        private final Map<String, String> found = new ConcurrentHashMap<>();

        OnlyStyleSheets(ObjectProvider<ResourceUrlProvider> urls) {
            this.urls = urls;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (response instanceof HttpServletResponse http) {
                chain.doFilter(request, new HttpServletResponseWrapper(http) {
                    @Override
                    public String encodeURL(String url) {
                        return super.encodeURL(styleSheet(url));
                    }
                });
            }
            else {
                chain.doFilter(request, response);
            }
        }

        private String styleSheet(String url) {
            if (!url.startsWith("/css/") || url.indexOf('?') >= 0 || url.indexOf('#') >= 0) {
                return url;
            }
            String known = found.get(url);
            if (known != null) {
                return known;
            }
            ResourceUrlProvider provider = urls.getIfAvailable();
            String resolved = provider == null ? null : provider.getForLookupPath(url);
            if (resolved == null) {
                return url;
            }
            found.put(url, resolved);
            return resolved;
        }

    }

}
