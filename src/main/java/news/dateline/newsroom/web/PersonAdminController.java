package news.dateline.newsroom.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import news.dateline.newsroom.PeopleAdmin;
import news.dateline.newsroom.PersonForm;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** People in the newsroom: list, find, create, edit, merge. */
@Controller
class PersonAdminController {

    private final PeopleAdmin people;

    private final VersionedFormPage<PersonForm> page;

    PersonAdminController(PeopleAdmin people) {
        this.people = people;
        this.page = new VersionedFormPage<>("person", "/admin/people", "newsroom/person", PersonForm.class,
                people::form, people::save, (slug, model) -> {
                    if (slug != null) {
                        model.addAttribute("others", Forms.orNone(() -> people.others(slug)));
                    }
                });
    }

    @GetMapping("/admin/people")
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("people", people.list(q));
        model.addAttribute("limit", PeopleAdmin.LIST_LIMIT);
        return "newsroom/people";
    }

    @GetMapping("/admin/people/new")
    String create(Model model) {
        return page.show(null, PersonForm.empty(), Map.of(), model);
    }

    @GetMapping("/admin/people/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        return page.edit(slug, model);
    }

    @PostMapping({ "/admin/people", "/admin/people/{slug}" })
    String save(@PathVariable(required = false) String slug, @Valid @ModelAttribute("form") PersonForm form,
            BindingResult binding, Principal editor, Model model, RedirectAttributes redirect) {
        return page.save(slug, form, binding, editor, model, redirect);
    }

    @PostMapping("/admin/people/{slug}/merge")
    String merge(@PathVariable String slug, @RequestParam(required = false) String from, Principal editor, Model model,
            RedirectAttributes redirect) {
        PersonForm form = page.stored(slug);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            String merged = people.merge(slug, from, editor.getName(), errors);
            if (merged != null) {
                redirect.addFlashAttribute("saved",
                        "Merged " + merged + " into this person. Their old address now redirects here.");
                return "redirect:/admin/people/" + slug + "/edit";
            }
        }
        catch (TransactionException | DataAccessException e) {
            model.addAttribute("problem", Forms.problem(e));
        }
        model.addAttribute("from", from);
        return page.show(slug, form, errors, model);
    }

}
