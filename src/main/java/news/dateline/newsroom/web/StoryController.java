package news.dateline.newsroom.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.article.RelatedNews;
import news.dateline.article.SaveOutcome;
import news.dateline.newsroom.Choice;
import news.dateline.newsroom.Newsroom;
import news.dateline.newsroom.Previews;
import news.dateline.newsroom.RescuedDraft;
import news.dateline.newsroom.StoryForm;
import news.dateline.newsroom.StoryForms;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Write, paste, tag, preview, save, unpublish and delete stories. */
@Controller
class StoryController {

    static final int LIST_LIMIT = 200;

    private final Newsroom newsroom;
    private final StoryForms forms;
    private final Previews previews;
    private final RelatedNews related;

    StoryController(Newsroom newsroom, StoryForms forms, Previews previews, RelatedNews related) {
        this.newsroom = newsroom;
        this.forms = forms;
        this.previews = previews;
        this.related = related;
    }

    @GetMapping("/admin")
    String stories(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status, Model model) {
        String words = q.length() > 200 ? q.substring(0, 200) : q;
        model.addAttribute("stories", newsroom.stories(words, status, LIST_LIMIT));
        model.addAttribute("q", words);
        model.addAttribute("status", Newsroom.STATUSES.contains(status) ? status : "");
        model.addAttribute("statuses", Newsroom.STATUSES);
        model.addAttribute("limit", LIST_LIMIT);
        return "newsroom/stories";
    }

    @GetMapping("/admin/articles/new")
    String create(Model model) {
        return form(forms.blank(), Map.of(), false, model);
    }

    /** The story an editor was writing when the session expired, after logging in again. */
    @GetMapping("/admin/articles/rescued")
    String rescued(HttpSession session, Model model) {
        StoryForm form = RescuedDraft.take(session);
        if (form == null) {
            return "redirect:/admin";
        }
        model.addAttribute("saved", "Your session had expired; here is everything you had typed. Nothing is saved until you press Save.");
        return form(form, Map.of(), false, model);
    }

    @GetMapping("/admin/articles/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        StoryForm form = newsroom.form(id).orElseThrow(() -> new NotFoundException("story " + id));
        return form(form, Map.of(), false, model);
    }

    @PostMapping({"/admin/articles", "/admin/articles/{id}"})
    String submit(@Valid @ModelAttribute("form") StoryForm form, BindingResult binding, Principal editor, Model model,
                  RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        String action = form.action() == null ? "save" : form.action();
        if (action.startsWith(StoryForms.CANDIDATE)) {
            // "Use as the new event": the happening found in the text fills the inputs; nothing is saved.
            return form(StoryForms.withCandidate(form, action), fieldErrors(binding, errors, List.of("find")), true, model);
        }
        switch (action) {
            case "paste" -> {
                StoryForm filled = forms.paste(form, errors);
                return form(filled, errors, true, model);
            }
            case "suggest", "find" -> {
                return form(form, fieldErrors(binding, errors, List.of("find")), true, model);
            }
            case "preview" -> {
                model.addAttribute("preview", true);
                return form(form, fieldErrors(binding, errors, null), false, model);
            }
            default -> {
                fieldErrors(binding, errors, null);
                try {
                    // Checks every field (binding's errors included) and writes nothing unless all is right.
                    SaveOutcome outcome = newsroom.save(form, editor.getName(), errors);
                    return switch (outcome) {
                        case null -> form(form, errors, false, model);
                        case SaveOutcome.Saved saved -> {
                            redirect.addFlashAttribute("saved", "Saved." + (saved.slugChanged()
                                    ? " The old address now redirects to the new one." : ""));
                            yield "redirect:/admin/articles/" + saved.id() + "/edit";
                        }
                        case SaveOutcome.Conflict conflict -> {
                            model.addAttribute("form", form);
                            model.addAttribute("theirs", conflict.theirs());
                            yield "newsroom/conflict";
                        }
                        case SaveOutcome.Gone gone -> {
                            model.addAttribute("problem", "This story was deleted while you were editing it, so nothing was saved. "
                                    + "Your text is all here: Save now makes it a new story (with a new slug if the old one is still taken).");
                            yield form(form.asNew(), errors, false, model);
                        }
                        case SaveOutcome.SlugTaken taken -> {
                            errors.put("slug", "The address /articles/" + taken.slug() + " belongs to another story: choose another slug.");
                            yield form(form, errors, false, model);
                        }
                        case SaveOutcome.Duplicate duplicate -> {
                            errors.put("body", "The story /articles/" + duplicate.slug() + " already has this headline and body.");
                            yield form(form, errors, false, model);
                        }
                    };
                } catch (CannotCreateTransactionException | DataAccessException e) {
                    model.addAttribute("problem", Forms.problem(e));
                    return form(form, errors, false, model);
                }
            }
        }
    }

    @PostMapping("/admin/articles/{id}/unpublish")
    String unpublish(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
        boolean done = newsroom.unpublish(id, editor.getName());
        redirect.addFlashAttribute("saved", done ? "Unpublished: the story is a draft again." : "The story was not published.");
        return "redirect:/admin/articles/" + id + "/edit";
    }

    @PostMapping("/admin/articles/{id}/delete")
    String delete(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
        boolean done = newsroom.delete(id, editor.getName());
        redirect.addFlashAttribute("saved", done ? "Deleted. Its address now answers “gone”." : "Nothing to delete.");
        return "redirect:/admin";
    }

    private String form(StoryForm form, Map<String, String> errors, boolean suggest, Model model) {
        StoryForms.Choices choices;
        List<Choice> countryOptions;
        try {
            choices = forms.choices(form, suggest);
            countryOptions = forms.countryOptions();
        } catch (CannotCreateTransactionException | DataAccessException e) {
            choices = StoryForms.Choices.asTicked(form);
            // Keep the country chosen for a new person even when the list cannot be read.
            countryOptions = form.newPersonCountry() == null || form.newPersonCountry().isBlank() ? List.of()
                    : List.of(new Choice(form.newPersonCountry(), form.newPersonCountry(), true, false));
            if (!model.containsAttribute("problem")) {
                model.addAttribute("problem", "The database did not answer; suggestions are unavailable for now. Nothing you typed is lost.");
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", choices);
        model.addAttribute("countryOptions", countryOptions);
        model.addAttribute("zones", Zones.ALL);
        if (Boolean.TRUE.equals(model.getAttribute("preview"))) {
            model.addAttribute("article", previews.of(form, choices));
            model.addAttribute("sidebar", previewSidebar(form));
        }
        return "newsroom/form";
    }

    /** The related news the story will have once published, as it is tagged now; none when the database is away. */
    private RelatedNews.Sidebar previewSidebar(StoryForm form) {
        try {
            Long id = form.isNew() || !form.id().matches("\\d{1,18}") ? null : Long.valueOf(form.id());
            return related.forStory(id, form.headline(), forms.tags(form));
        } catch (CannotCreateTransactionException | DataAccessException e) {
            return new RelatedNews.Sidebar(List.of(), false);
        }
    }

    /** Bean Validation's messages by field; with {@code only}, just those fields. */
    private static Map<String, String> fieldErrors(BindingResult binding, Map<String, String> errors, List<String> only) {
        binding.getFieldErrors().stream()
                .filter(e -> only == null || only.contains(e.getField()))
                .forEach(e -> errors.putIfAbsent(e.getField(), e.getDefaultMessage()));
        return errors;
    }
}
