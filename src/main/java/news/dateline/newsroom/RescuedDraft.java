package news.dateline.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * An editor whose session expired while writing posts a form that no longer has a valid
 * session or CSRF token. Instead of a bare 403 that loses the text, the post is kept in a
 * fresh session, the editor logs in again, and the form comes back with everything typed.
 * A post without a valid token from a logged-in session is still refused with 403.
 */
public final class RescuedDraft implements AccessDeniedHandler {

    public static final String ATTRIBUTE = "rescuedStory";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken;
        if (denied instanceof CsrfException && anonymous && isStoryPost(request)) {
            keepAndLogIn(request, response, "Your session had expired. Log in again.");
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "Forbidden");
    }

    /**
     * Sends the editor to the login page saying {@code why}; a story form being posted is
     * kept in a fresh session first, to come back after the login, and the message says
     * so.
     */
    static void keepAndLogIn(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        Map<String, String[]> fields = new HashMap<>(request.getParameterMap());
        fields.remove("_csrf");
        HttpSession session = request.getSession(true);
        boolean keep = isStoryPost(request);
        if (keep) {
            session.setAttribute(ATTRIBUTE, fields);
        }
        session.setAttribute("loginMessage", keep ? why + " The story you were writing is kept." : why);
        response.sendRedirect(request.getContextPath() + "/login");
    }

    private static boolean isStoryPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/admin/articles");
    }

    /** The rescued post as the story form, once; null when there is none. */
    @SuppressWarnings("unchecked")
    public static StoryForm take(HttpSession session) {
        Object value = session.getAttribute(ATTRIBUTE);
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        session.removeAttribute(ATTRIBUTE);
        return StoryForm.fromFields((Map<String, String[]>) map);
    }

}
