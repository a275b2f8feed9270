package news.dateline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How this module's servlet filters are written: the work of one request as a lambda,
 * registered under a name of its own at an order. Each runs once per request (a
 * {@link OncePerRequestFilter}).
 */
final class Filters {

    private Filters() {
    }

    /** What a filter does with one request. */
    @FunctionalInterface
    interface Work {

        void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException;

    }

    /** What a filter does when the rest of the chain failed. */
    @FunctionalInterface
    interface Answer {

        /**
         * Answers the failure and says so, or says it was not answered: then it goes on
         * up.
         */
        boolean answer(HttpServletRequest request, HttpServletResponse response, Exception failure)
                throws ServletException, IOException;

    }

    /**
     * The registration of a filter doing {@code work}, named (distinct names keep the
     * filters, and their once-per-request marks, apart) and at {@code order}.
     */
    static FilterRegistrationBean<OncePerRequestFilter> register(String name, int order, Work work) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                work.filter(request, response, chain);
            }
        });
        registration.setName(name);
        registration.setOrder(order);
        return registration;
    }

    /**
     * Work that passes the request on and lets {@code answer} answer a failure of the
     * rest of the chain; a failure it does not answer goes on up as it was.
     */
    static Work answering(Answer answer) {
        return (request, response, chain) -> {
            try {
                chain.doFilter(request, response);
            }
            catch (ServletException | IOException | RuntimeException e) {
                if (!answer.answer(request, response, e)) {
                    throw e;
                }
            }
        };
    }

}
