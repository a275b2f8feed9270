package news.dateline.newsroom.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object message = session.getAttribute("loginMessage");
        Object username = session.getAttribute("loginUsername");
        session.removeAttribute("loginMessage");
        session.removeAttribute("loginUsername");
        model.addAttribute("message", message);
        model.addAttribute("username", username == null ? "" : username);
        return "newsroom/login";
    }

}
