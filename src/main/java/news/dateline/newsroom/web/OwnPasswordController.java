package news.dateline.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Map;
import news.dateline.newsroom.Accounts;
import news.dateline.newsroom.InvalidAccountException;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every editor's own password, changed by typing the current one. An account that must
 * choose its own (the first admin's printed one-time password) is sent here from every
 * other newsroom page until it has.
 */
@Controller
class OwnPasswordController {

    static final String PAGE = "/admin/password";

    private final Accounts accounts;

    OwnPasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping(PAGE)
    String page(Principal editor, Model model) {
        model.addAttribute("mustChange", accounts.mustChangePassword(editor.getName()));
        model.addAttribute("errors", Map.of());
        return "newsroom/password";
    }

    @PostMapping(PAGE)
    String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeated, Principal editor, HttpSession session, Model model,
            RedirectAttributes redirect) {
        boolean mustChange = accounts.mustChangePassword(editor.getName());
        try {
            accounts.changeOwnPassword(editor.getName(), current, password, repeated, session.getId());
        }
        catch (InvalidAccountException e) {
            model.addAttribute("mustChange", mustChange);
            model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
            return "newsroom/password";
        }
        redirect.addFlashAttribute("saved", mustChange ? "Your own password is set: welcome to the newsroom."
                : "Your password is changed. Your other sessions were logged out.");
        return mustChange ? "redirect:/admin" : "redirect:" + PAGE;
    }

    /**
     * Sends an account that must choose its own password to its page first. Asked once
     * per session: once the account is known to have its own password, the session says
     * so. When the database does not answer, the request goes on (it will say so itself).
     */
    static class MustChangePassword implements HandlerInterceptor {

        static final String CHECKED = MustChangePassword.class.getName() + ".checked";

        private final Accounts accounts;

        MustChangePassword(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws Exception {
            Principal editor = request.getUserPrincipal();
            HttpSession session = request.getSession(false);
            if (editor == null || (session != null && editor.getName().equals(session.getAttribute(CHECKED)))) {
                return true;
            }
            try {
                if (!accounts.mustChangePassword(editor.getName())) {
                    if (session != null) {
                        session.setAttribute(CHECKED, editor.getName());
                    }
                    return true;
                }
            }
            catch (CannotCreateTransactionException | DataAccessException e) {
                return true;
            }
            response.sendRedirect(request.getContextPath() + PAGE);
            return false;
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class Interceptors implements WebMvcConfigurer {

        private final Accounts accounts;

        Interceptors(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new MustChangePassword(accounts))
                .addPathPatterns("/admin", "/admin/**")
                .excludePathPatterns(PAGE);
        }

    }

}
