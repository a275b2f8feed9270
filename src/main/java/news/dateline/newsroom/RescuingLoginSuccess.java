package news.dateline.newsroom;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After login: back to a rescued story if there is one, else where the editor was going,
 * else /admin.
 */
class RescuingLoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    RescuingLoginSuccess() {
        setDefaultTargetUrl("/admin");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(RescuedDraft.ATTRIBUTE) != null) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, "/admin/articles/rescued");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

}
