package news.dateline.newsroom.web;

import java.security.Principal;
import java.util.Map;
import news.dateline.newsroom.Accounts;
import news.dateline.newsroom.AuditLog;
import news.dateline.newsroom.InvalidAccountException;
import news.dateline.newsroom.Role;
import news.dateline.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
        }
        catch (InvalidAccountException e) {
            model.addAttribute("accounts", accounts.all());
            model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
            model.addAttribute("username", username);
            model.addAttribute("displayName", displayName);
            model.addAttribute("role", role);
            return "newsroom/accounts";
        }
        redirect.addFlashAttribute("saved",
                "Created the account " + username.strip().toLowerCase(java.util.Locale.ROOT) + ".");
        return "redirect:/admin/accounts";
    }

    @GetMapping("/admin/accounts/{username}")
    String account(@PathVariable String username, Principal admin, Model model) {
        model.addAttribute("self", username.equalsIgnoreCase(admin.getName()));
        model.addAttribute("account",
                accounts.find(username).orElseThrow(() -> new NotFoundException("account " + username)));
        model.addAttribute("errors", Map.of());
        return "newsroom/account";
    }

    @PostMapping("/admin/accounts/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, Principal admin, Model model,
            RedirectAttributes redirect) {
        return change(username, () -> accounts.setEnabled(admin.getName(), username, enabled),
                enabled ? "The account can log in again." : "The account can no longer log in.", model, redirect);
    }

    @PostMapping("/admin/accounts/{username}/role")
    String role(@PathVariable String username, @RequestParam Role role, Principal admin, Model model,
            RedirectAttributes redirect) {
        return change(username, () -> accounts.setRole(admin.getName(), username, role),
                role == Role.ADMIN ? "The account is now an admin." : "The account is now an editor.", model, redirect);
    }

    @PostMapping("/admin/accounts/{username}/password")
    String password(@PathVariable String username, @RequestParam(defaultValue = "") String password, Principal admin,
            Model model, RedirectAttributes redirect) {
        return change(username, () -> accounts.setPassword(admin.getName(), username, password),
                "New password set: hand it to its owner in person.", model, redirect);
    }

    /**
     * Applies a change to one account: back to its page with what was done, or what is
     * wrong at its field.
     */
    private String change(String username, Runnable change, String done, Model model, RedirectAttributes redirect) {
        var account = accounts.find(username).orElseThrow(() -> new NotFoundException("account " + username));
        try {
            change.run();
        }
        catch (InvalidAccountException e) {
            model.addAttribute("account", account);
            model.addAttribute("self", false);
            model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
            return "newsroom/account";
        }
        redirect.addFlashAttribute("saved", done);
        return "redirect:/admin/accounts/" + account.username();
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.latest(500));
        return "newsroom/audit";
    }

}
