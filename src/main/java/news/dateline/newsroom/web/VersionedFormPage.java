package news.dateline.newsroom.web;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import news.dateline.newsroom.VersionedForm;
import news.dateline.web.NotFoundException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form page of a row of the knowledge graph saved with optimistic locking (an event,
 * a person): shown new or filled from the stored row, saved by {@link Forms}' rules (a
 * stale version shown beside theirs, a database away said so, what was typed kept), and
 * after a save its edit page again with "Saved.". The controllers keep their mappings and
 * add what their form offers besides ({@code extras}, given the slug, null for a new
 * row).
 *
 * @param kind what the row is, in a 404's message: "event"
 * @param path where the rows are: {@code /admin/events}, a row's edit page under it
 * @param view the form's template
 * @param type the form's record, whose fields order the errors
 */
record VersionedFormPage<F extends Record & VersionedForm<F>>(String kind, String path, String view, Class<F> type,
        Function<String, Optional<F>> load, Forms.Saver<F> saver, BiConsumer<String, Model> extras) {

    /** The stored row's form; an unknown slug is a 404. */
    F stored(String slug) {
        return load.apply(slug).orElseThrow(() -> new NotFoundException(kind + " " + slug));
    }

    /** The edit page of a stored row. */
    String edit(String slug, Model model) {
        return show(slug, stored(slug), Map.of(), model);
    }

    /** Saves a new ({@code slug} null) or stored row, or shows the form again. */
    String save(String slug, F form, BindingResult binding, Principal editor, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = Forms.errors(binding);
        Forms.Saving<F> saving = Forms.save(load, saver, kind, slug, form, editor.getName(), errors, model);
        if (saving.saved() != null) {
            redirect.addFlashAttribute("saved", "Saved.");
            return "redirect:" + path + "/" + saving.saved() + "/edit";
        }
        return show(slug, saving.form(), errors, model);
    }

    /** The form with what is wrong with it. */
    String show(String slug, F form, Map<String, String> errors, Model model) {
        model.addAttribute("slug", slug);
        model.addAttribute("form", form);
        model.addAttribute("errors", Forms.inFormOrder(errors, type));
        extras.accept(slug, model);
        return view;
    }

}
