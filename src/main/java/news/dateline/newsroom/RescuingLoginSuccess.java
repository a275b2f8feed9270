package news.dateline.newsroom;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import news.dateline.web.Redirects;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After login: back to a rescued story if there is one, else to the newsroom page the
 * editor was going to (its path only: never another site), else /admin. The browser is
 * marked as an editor's ({@link EditorMark}).
 */
class RescuingLoginSuccess extends SimpleUrlAuthenticationSuccessHandler {

    private final RequestCache requests;

    private final EditorMark mark;

    RescuingLoginSuccess(RequestCache requests, EditorMark mark) {
        this.requests = requests;
        this.mark = mark;
        setDefaultTargetUrl("/admin");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        mark.issue(request, response, authentication.getName());
        clearAuthenticationAttributes(request);
        var session = request.getSession(false);
        if (session != null && session.getAttribute(RescuedDraft.ATTRIBUTE) != null) {
            getRedirectStrategy().sendRedirect(request, response, "/admin/articles/rescued");
            return;
        }
        SavedRequest saved = requests.getRequest(request, response);
        String target = "/admin";
        if (saved != null) {
            requests.removeRequest(request, response);
            try {
                URI wanted = URI.create(saved.getRedirectUrl());
                String path = Redirects.sitePath(wanted.getRawPath());
                if (path.equals("/admin") || path.startsWith("/admin/")) {
                    target = path + (wanted.getRawQuery() == null ? "" : "?" + wanted.getRawQuery());
                }
            }
            catch (IllegalArgumentException e) {
                // a damaged saved address: the newsroom's home
            }
        }
        getRedirectStrategy().sendRedirect(request, response, target);
    }

}
