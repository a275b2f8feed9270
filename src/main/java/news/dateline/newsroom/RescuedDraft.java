package news.dateline.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

/**
 * An editor whose session expired while writing posts a form that no longer has a valid
 * session or CSRF token. Instead of a bare 403 that loses the text, the post is kept in a
 * fresh session, the editor logs in again, and the form comes back with everything typed.
 * Only for a browser where an editor logged in ({@link EditorMark}) and a story form of
 * at most {@link #MAX_KEPT} bytes: a stranger's post is refused and keeps nothing,
 * creates no session. A post without a valid token from a logged-in session is still
 * refused with 403.
 */
public final class RescuedDraft implements AccessDeniedHandler, AuthenticationEntryPoint {

    public static final String ATTRIBUTE = "rescuedStory";

    /** The session attribute of a message for the login page. */
    public static final String MESSAGE = "loginMessage";

    /** The largest story form kept (its characters, names and values). */
    static final int MAX_KEPT = 256 * 1024;

    private final EditorMark mark;

    private final AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");

    RescuedDraft(EditorMark mark) {
        this.mark = mark;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken;
        if (denied instanceof CsrfException && anonymous && isStoryPost(request) && mark.present(request)) {
            keepAndLogIn(request, response, "Your session had expired. Log in again.");
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "Forbidden");
    }

    /**
     * Not logged in: an editor's story post is kept as above, anything else goes to
     * /login.
     */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException why)
            throws IOException, jakarta.servlet.ServletException {
        if (isStoryPost(request) && mark.present(request)) {
            keepAndLogIn(request, response, "Your session had expired. Log in again.");
            return;
        }
        login.commence(request, response, why);
    }

    /**
     * Sends the editor to the login page saying {@code why}; a story form being posted is
     * kept in a fresh session first, to come back after the login, and the message says
     * so. Only called for a session that was logged in.
     */
    static void keepAndLogIn(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        boolean story = isStoryPost(request);
        Map<String, String[]> fields = story ? fields(request) : null;
        HttpSession session = request.getSession(true);
        if (fields != null) {
            session.setAttribute(ATTRIBUTE, fields);
        }
        session.setAttribute(MESSAGE, fields != null ? why + " The story you were writing is kept."
                : story ? why + " The story you were writing was too long to keep here: go back to copy it." : why);
        response.sendRedirect(request.getContextPath() + "/login");
    }

    /**
     * The posted form without its token, or null when it is larger than
     * {@link #MAX_KEPT}.
     */
    static Map<String, String[]> fields(HttpServletRequest request) {
        if (request.getContentLengthLong() > 4L * MAX_KEPT) {
            return null;
        }
        Map<String, String[]> fields = new HashMap<>(request.getParameterMap());
        fields.remove("_csrf");
        long size = 0;
        for (var field : fields.entrySet()) {
            size += field.getKey().length();
            for (String value : field.getValue()) {
                size += value.length();
            }
        }
        return size > MAX_KEPT ? null : fields;
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
