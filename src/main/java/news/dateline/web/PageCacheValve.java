package news.dateline.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Kept pages answered inside Tomcat, ahead of the servlet's filter chain: a reader's hit
 * costs no filter at all (the chain is not even assembled). Everything else, the misses,
 * the refreshes and whatever is not a reader's page, goes on to the filters, where
 * {@link PageCache#filter} renders and keeps. Tests through MockMvc have no valve: there
 * the filter answers the hits as well.
 */
final class PageCacheValve extends ValveBase {

    private final PageCache pages;

    PageCacheValve(PageCache pages) {
        super(true);
        this.pages = pages;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        pages.running().incrementAndGet();
        try {
            if (!pages.answer(request, response)) {
                getNext().invoke(request, response);
            }
        }
        finally {
            pages.running().decrementAndGet();
        }
    }

}
