package news.dateline.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login form with a clear message and the user name kept, through a short
 * cookie ({@link LoginNotice}): a failed login creates no session.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        LoginNotice.remember(request, response,
                exception instanceof ThrottledAuthenticationProvider.Locked locked ? locked.until() : null,
                request.getParameter("username"));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

}
