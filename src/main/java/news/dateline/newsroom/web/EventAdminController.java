package news.dateline.newsroom.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import news.dateline.newsroom.EventForm;
import news.dateline.newsroom.EventsAdmin;
import news.dateline.web.NotFoundException;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Events in the newsroom: list, create, edit. */
@Controller
class EventAdminController {

    private final EventsAdmin events;

    EventAdminController(EventsAdmin events) {
        this.events = events;
    }

    @GetMapping("/admin/events")
    String list(Model model) {
        model.addAttribute("events", events.list());
        model.addAttribute("limit", EventsAdmin.LIST_LIMIT);
        return "newsroom/events";
    }

    @GetMapping("/admin/events/new")
    String create(Model model) {
        return form(null, EventForm.empty(), Map.of(), model);
    }

    @GetMapping("/admin/events/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        EventForm form = events.form(slug).orElseThrow(() -> new NotFoundException("event " + slug));
        return form(slug, form, Map.of(), model);
    }

    @PostMapping({ "/admin/events", "/admin/events/{slug}" })
    String save(@PathVariable(required = false) String slug, @Valid @ModelAttribute("form") EventForm form,
            BindingResult binding, Principal editor, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = Forms.errors(binding);
        Forms.Saving<EventForm> saving = Forms.save(events::form, events::save, "event", slug, form, editor.getName(),
                errors, model);
        if (saving.saved() != null) {
            redirect.addFlashAttribute("saved", "Saved.");
            return "redirect:/admin/events/" + saving.saved() + "/edit";
        }
        return form(slug, saving.form(), errors, model);
    }

    private String form(String slug, EventForm form, Map<String, String> errors, Model model) {
        model.addAttribute("slug", slug);
        model.addAttribute("form", form);
        model.addAttribute("errors", Forms.inFormOrder(errors, EventForm.class));
        try {
            model.addAttribute("kinds", events.kinds());
        }
        catch (CannotCreateTransactionException | DataAccessException e) {
            model.addAttribute("kinds", List.of());
        }
        return "newsroom/event";
    }

}
