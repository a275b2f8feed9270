package news.dateline.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A moved page (an old slug, the other order of a pair) answers 301 to where it lives
 * now.
 */
public final class Redirects {

    private Redirects() {
    }

    public static RedirectView permanent(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return redirect;
    }

}
