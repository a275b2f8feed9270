package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's head needs: the site and the page's own canonical URL. */
@ControllerAdvice
class PageModelAdvice {

    private final SiteProperties site;

    PageModelAdvice(SiteProperties site) {
        this.site = site;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }

    /**
     * The path and the page number, nothing else: other query parameters never make
     * another page.
     */
    @ModelAttribute("canonicalUrl")
    String canonicalUrl(HttpServletRequest request) {
        String page = request.getParameter("page");
        boolean paged = page != null && page.matches("[2-9]|[1-9]\\d{1,5}");
        return site.absolute(request.getRequestURI()) + (paged ? "?page=" + page : "");
    }

}
