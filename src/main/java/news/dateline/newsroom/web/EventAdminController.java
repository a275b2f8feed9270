package news.dateline.newsroom.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Map;
import news.dateline.newsroom.EventForm;
import news.dateline.newsroom.EventsAdmin;
import org.springframework.stereotype.Controller;
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

    private final VersionedFormPage<EventForm> page;

    EventAdminController(EventsAdmin events) {
        this.events = events;
        this.page = new VersionedFormPage<>("event", "/admin/events", "newsroom/event", EventForm.class, events::form,
                events::save, (slug, model) -> model.addAttribute("kinds", Forms.orNone(events::kinds)));
    }

    @GetMapping("/admin/events")
    String list(Model model) {
        model.addAttribute("events", events.list());
        model.addAttribute("limit", EventsAdmin.LIST_LIMIT);
        return "newsroom/events";
    }

    @GetMapping("/admin/events/new")
    String create(Model model) {
        return page.show(null, EventForm.empty(), Map.of(), model);
    }

    @GetMapping("/admin/events/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        return page.edit(slug, model);
    }

    @PostMapping({ "/admin/events", "/admin/events/{slug}" })
    String save(@PathVariable(required = false) String slug, @Valid @ModelAttribute("form") EventForm form,
            BindingResult binding, Principal editor, Model model, RedirectAttributes redirect) {
        return page.save(slug, form, binding, editor, model, redirect);
    }

}
