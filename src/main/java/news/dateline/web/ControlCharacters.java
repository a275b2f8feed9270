package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import news.dateline.shared.PlainText;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request parameters lose the control characters no text field means to send (NUL and the
 * other C0 controls but tab, line feed and carriage return, and DEL) before anything
 * reads them: PostgreSQL text cannot hold a NUL, and a search, a login or a form must
 * answer, not fail, when one arrives.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacters {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> controlCharactersInParameters() {
        // After the character-encoding filter, so that parameters are decoded as UTF-8
        // when first read.
        return Filters.register("controlCharactersInParameters", HttpCaching.PAGE_CACHE_ORDER + 3,
                (request, response, chain) -> chain.doFilter(new Cleaned(request), response));
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return PlainText.withoutControlCharacters(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null ? null
                    : Arrays.stream(values).map(PlainText::withoutControlCharacters).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> cleaned.put(name,
                    Arrays.stream(values).map(PlainText::withoutControlCharacters).toArray(String[]::new)));
            return Collections.unmodifiableMap(cleaned);
        }

    }

}
