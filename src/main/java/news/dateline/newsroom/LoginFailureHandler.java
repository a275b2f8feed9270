package news.dateline.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the login form with a clear message, and the user name kept. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String MESSAGE = "loginMessage";
    static final String USERNAME = "loginUsername";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        var session = request.getSession(true);
        session.setAttribute(MESSAGE,
                exception instanceof LockedException ? exception.getMessage() : "Wrong user name or password.");
        String username = request.getParameter("username");
        session.setAttribute(USERNAME, username == null ? "" : username.strip());
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

}
