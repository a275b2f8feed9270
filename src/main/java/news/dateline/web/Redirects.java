package news.dateline.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Redirects that cannot leave the site: every {@code Location} the portal builds from a
 * request or a stored value goes through {@link #sitePath}. A moved page (an old slug,
 * the other order of a pair) answers 301 to where it lives now.
 */
public final class Redirects {

    private Redirects() {
    }

    public static RedirectView permanent(String path) {
        RedirectView redirect = new RedirectView(sitePath(path));
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return redirect;
    }

    /**
     * {@code path} as a path on this site: one leading slash, never two, never a
     * backslash (browsers read {@code //host}, {@code /\host} and {@code /\t/host} as
     * another site), no scheme, no whitespace or control character. A path that was one
     * already is returned unchanged.
     */
    public static String sitePath(String path) {
        if (path == null) {
            return "/";
        }
        StringBuilder kept = new StringBuilder(path.length() + 1);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c > ' ' && c != 0x7f && !Character.isWhitespace(c) && !Character.isISOControl(c)) {
                kept.append(c == '\\' ? '/' : c);
            }
        }
        int start = 0;
        while (start < kept.length() && kept.charAt(start) == '/') {
            start++;
        }
        return "/" + kept.substring(start);
    }

}
