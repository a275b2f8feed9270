package news.dateline.newsroom.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import news.dateline.article.RelatedNews;
import news.dateline.article.SaveOutcome;
import news.dateline.newsroom.Choice;
import news.dateline.newsroom.Newsroom;
import news.dateline.newsroom.Previews;
import news.dateline.newsroom.RescuedDraft;
import news.dateline.newsroom.StoryForm;
import news.dateline.newsroom.StoryFormMapper;
import news.dateline.newsroom.StoryFormValidator;
import news.dateline.newsroom.TagPicker;
import news.dateline.newsroom.WirePaste;
import news.dateline.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Write, paste, tag, preview, save, unpublish and delete stories. The story form posts to
 * one address with the button pressed as {@code action}: one handler per button.
 */
@Controller
class StoryController {

    static final int LIST_LIMIT = 200;

    private final Newsroom newsroom;

    private final TagPicker tags;

    private final StoryFormValidator validator;

    private final WirePaste paste;

    private final Previews previews;

    private final RelatedNews related;

    private final MessageSource messages;

    private final Clock clock;

    StoryController(Newsroom newsroom, TagPicker tags, StoryFormValidator validator, WirePaste paste, Previews previews,
            RelatedNews related, MessageSource messages, Clock clock) {
        this.newsroom = newsroom;
        this.tags = tags;
        this.validator = validator;
        this.paste = paste;
        this.previews = previews;
        this.related = related;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin")
    String stories(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
            Model model) {
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
        return form(StoryFormMapper.blank(LocalDate.now(clock)), Map.of(), false, model);
    }

    /**
     * The story an editor was writing when the session expired, after logging in again.
     */
    @GetMapping("/admin/articles/rescued")
    String rescued(HttpSession session, Model model) {
        StoryForm form = RescuedDraft.take(session);
        if (form == null) {
            return "redirect:/admin";
        }
        model.addAttribute("saved", message("story.notice.rescued"));
        return form(form, Map.of(), false, model);
    }

    @GetMapping("/admin/articles/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        StoryForm form = newsroom.form(id).orElseThrow(() -> new NotFoundException("story " + id));
        return form(form, Map.of(), false, model);
    }

    /**
     * "Fill the form from this wire story": only what the paste could not read is told.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = "action=paste")
    String paste(StoryForm form, Model model) {
        BindingResult binding = binding(form);
        StoryForm filled = paste.paste(form, binding);
        return form(filled, errors(binding, field -> true), true, model);
    }

    /**
     * "Find": the picker lists the people, countries and events by that name; only the
     * search words are checked.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = "action=find")
    String find(StoryForm form, Model model) {
        return retag(form, model);
    }

    /**
     * "Suggest from the text": the recognizer's people, countries and events are offered
     * to tick.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = "action=suggest")
    String suggest(StoryForm form, Model model) {
        return retag(form, model);
    }

    /**
     * "Use as the new event": the happening found in the text fills the new-event inputs;
     * nothing is saved.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = { "action", "action!=save",
            "action!=preview", "action!=paste", "action!=find", "action!=suggest" })
    String useCandidate(StoryForm form, @RequestParam String action, Model model) {
        return retag(form.withNewEvent(TagPicker.EventCandidate.fromAction(action)), model);
    }

    private String retag(StoryForm form, Model model) {
        BindingResult binding = binding(form);
        validator.validate(form, binding);
        return form(form, errors(binding, "find"::equals), true, model);
    }

    /**
     * "Preview": the story as readers will see it, with what each field looks like
     * checked; nothing is saved.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = "action=preview")
    String preview(StoryForm form, Model model) {
        BindingResult binding = binding(form);
        validator.validate(form, binding);
        model.addAttribute("preview", true);
        return form(form, errors(binding, field -> true), false, model);
    }

    /**
     * A post with no button named (Enter in a field of some browsers) saves, as "Save"
     * does.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = "!action")
    String submit(StoryForm form, Principal editor, Model model, RedirectAttributes redirect) {
        return save(form, editor, model, redirect);
    }

    /**
     * "Save": every field checked and, when all is right, the story saved, in one
     * transaction.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = "action=save")
    String save(StoryForm form, Principal editor, Model model, RedirectAttributes redirect) {
        BindingResult binding = binding(form);
        try {
            Optional<SaveOutcome> saving = newsroom.save(form, editor.getName(), binding);
            if (saving.isEmpty()) {
                return form(form, errors(binding, field -> true), false, model);
            }
            return switch (saving.get()) {
                case SaveOutcome.Saved saved -> {
                    redirect.addFlashAttribute("saved",
                            message(saved.slugChanged() ? "story.notice.savedAndMoved" : "story.notice.saved"));
                    yield "redirect:/admin/articles/" + saved.id() + "/edit";
                }
                case SaveOutcome.Conflict conflict -> {
                    model.addAttribute("form", form);
                    model.addAttribute("theirs", conflict.theirs());
                    yield "newsroom/conflict";
                }
                case SaveOutcome.Gone gone -> {
                    model.addAttribute("problem", message("story.notice.gone"));
                    yield form(form.asNew(), Map.of(), false, model);
                }
                case SaveOutcome.SlugTaken taken -> {
                    binding.rejectValue("slug", "story.slug.taken", new Object[] { taken.slug() }, null);
                    yield form(form, errors(binding, field -> true), false, model);
                }
                case SaveOutcome.Duplicate duplicate -> {
                    binding.rejectValue("body", "story.body.duplicate", new Object[] { duplicate.slug() }, null);
                    yield form(form, errors(binding, field -> true), false, model);
                }
            };
        }
        catch (CannotCreateTransactionException | DataAccessException e) {
            model.addAttribute("problem", Forms.problem(e));
            return form(form, errors(binding, field -> true), false, model);
        }
    }

    @PostMapping("/admin/articles/{id}/unpublish")
    String unpublish(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
        boolean done = newsroom.unpublish(id, editor.getName());
        redirect.addFlashAttribute("saved", message(done ? "story.notice.unpublished" : "story.notice.notPublished"));
        return "redirect:/admin/articles/" + id + "/edit";
    }

    @PostMapping("/admin/articles/{id}/delete")
    String delete(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
        boolean done = newsroom.delete(id, editor.getName());
        redirect.addFlashAttribute("saved", message(done ? "story.notice.deleted" : "story.notice.nothingToDelete"));
        return "redirect:/admin";
    }

    private String form(StoryForm form, Map<String, String> errors, boolean suggest, Model model) {
        TagPicker.Choices choices;
        List<Choice> countryOptions;
        try {
            choices = tags.choices(form, suggest);
            countryOptions = tags.countryOptions();
        }
        catch (CannotCreateTransactionException | DataAccessException e) {
            choices = TagPicker.Choices.asTicked(form);
            // Keep the country chosen for a new person even when the list cannot be read.
            String country = form.newPerson().country();
            countryOptions = country.isBlank() ? List.of() : List.of(new Choice(country, country, true, false));
            if (!model.containsAttribute("problem")) {
                model.addAttribute("problem", message("story.notice.noSuggestions"));
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

    /**
     * The related news the story will have once published, as it is tagged now; none when
     * the database is away.
     */
    private RelatedNews.Sidebar previewSidebar(StoryForm form) {
        try {
            Long id = form.isNew() || !form.id().matches("\\d{1,18}") ? null : Long.valueOf(form.id());
            return related.forStory(id, form.story().headline(), tags.related(form));
        }
        catch (CannotCreateTransactionException | DataAccessException e) {
            return new RelatedNews.Sidebar(List.of(), false);
        }
    }

    /** Errors are reported against the names the browser posts. */
    private static BindingResult binding(StoryForm form) {
        return new MapBindingResult(form.fields(), "form");
    }

    /**
     * The first message of each field {@code shown}, in the order of the page: what the
     * template puts beside each field and in the summary.
     */
    private Map<String, String> errors(BindingResult binding, Predicate<String> shown) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            if (shown.test(error.getField())) {
                byField.putIfAbsent(error.getField(), messages.getMessage(error, locale));
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        StoryForm.FIELDS.stream().filter(byField::containsKey).forEach(field -> ordered.put(field, byField.get(field)));
        byField.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private String message(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }

}
