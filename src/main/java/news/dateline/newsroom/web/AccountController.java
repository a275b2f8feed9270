package news.dateline.newsroom.web;

import java.security.Principal;
import java.util.Map;
import news.dateline.newsroom.Accounts;
import news.dateline.newsroom.AuditLog;
import news.dateline.newsroom.InvalidAccountException;
import news.dateline.newsroom.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** For admins: the accounts and the audit log. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final AuditLog audit;

    AccountController(Accounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("errors", Map.of());
        model.addAttribute("username", "");
        model.addAttribute("displayName", "");
        model.addAttribute("role", Role.EDITOR);
        return "newsroom/accounts";
    }

    @PostMapping("/admin/accounts")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "EDITOR") Role role,
                  Principal admin, Model model, RedirectAttributes redirect) {
        try {
            accounts.create(admin.getName(), username, displayName, password, role);
        } catch (InvalidAccountException e) {
            model.addAttribute("accounts", accounts.all());
            model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
            model.addAttribute("username", username);
            model.addAttribute("displayName", displayName);
            model.addAttribute("role", role);
            return "newsroom/accounts";
        }
        redirect.addFlashAttribute("saved", "Created the account " + username.strip().toLowerCase(java.util.Locale.ROOT) + ".");
        return "redirect:/admin/accounts";
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.latest(500));
        return "newsroom/audit";
    }
}
