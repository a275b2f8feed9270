package news.dateline.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import news.dateline.newsroom.LoginNotice;
import news.dateline.newsroom.RescuedDraft;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login form. It creates no session: its CSRF token travels in a cookie until a
 * session exists, and a failed login's message in another ({@link LoginNotice}).
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object message = null;
        Object username = null;
        HttpSession session = request.getSession(false);
        if (session != null) {
            message = session.getAttribute(RescuedDraft.MESSAGE);
            session.removeAttribute(RescuedDraft.MESSAGE);
        }
        var notice = LoginNotice.take(request, response);
        if (notice.isPresent()) {
            message = message == null ? notice.get().message() : message;
            username = notice.get().username();
        }
        model.addAttribute("message", message);
        model.addAttribute("username", username == null ? "" : username);
        return "newsroom/login";
    }

}
