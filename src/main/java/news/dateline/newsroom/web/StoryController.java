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
import java.util.Set;
import java.util.function.Predicate;
import news.dateline.article.RelatedNews;
import news.dateline.article.SaveOutcome;
import news.dateline.newsroom.Autosaves;
import news.dateline.newsroom.Choice;
import news.dateline.newsroom.Newsroom;
import news.dateline.newsroom.Previews;
import news.dateline.newsroom.RescuedDraft;
import news.dateline.newsroom.StoryForm;
import news.dateline.newsroom.StoryList;
import news.dateline.newsroom.StoryFormMapper;
import news.dateline.newsroom.StoryFormValidator;
import news.dateline.newsroom.TagPicker;
import news.dateline.newsroom.WirePaste;
import news.dateline.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Write, paste, tag, preview, save, unpublish and delete stories. The story form posts to
 * one address with the button pressed as {@code action}: one handler per button.
 */
@Controller
class StoryController {

    private final Newsroom newsroom;

    private final TagPicker tags;

    private final StoryFormValidator validator;

    private final WirePaste paste;

    private final Previews previews;

    private final RelatedNews related;

    private final MessageSource messages;

    private final Clock clock;

    private final Autosaves autosaves;

    private final StoryList storyList;

    StoryController(Newsroom newsroom, TagPicker tags, StoryFormValidator validator, WirePaste paste, Previews previews,
            RelatedNews related, MessageSource messages, Clock clock, Autosaves autosaves, StoryList storyList) {
        this.autosaves = autosaves;
        this.storyList = storyList;
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
            @RequestParam(defaultValue = "") String agency, @RequestParam(defaultValue = "") String country,
            @RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "") String after, Principal editor, Model model) {
        StoryList.Filter filter = new StoryList.Filter(q, status, agency, country, person, sort, after);
        model.addAttribute("unsaved", autosaves.unsaved(editor.getName()));
        model.addAttribute("filter", filter);
        model.addAttribute("page", storyList.page(filter));
        model.addAttribute("statuses", StoryList.STATUSES);
        model.addAttribute("orders", StoryList.Order.values());
        model.addAttribute("agencies", storyList.agencies());
        model.addAttribute("countries", storyList.countries());
        return "newsroom/stories";
    }

    /**
     * The stories ticked in the list and what to do with them: a page that asks to
     * confirm. Nothing changes yet.
     */
    @PostMapping("/admin/stories/bulk")
    String bulk(@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam String bulk, Model model,
            RedirectAttributes redirect) {
        List<StoryList.Row> rows = storyList.rows(ids == null ? List.of() : ids);
        if (rows.isEmpty() || !List.of("unpublish", "delete").contains(bulk)) {
            redirect.addFlashAttribute("saved", "Tick the stories first, then choose what to do with them.");
            return "redirect:/admin";
        }
        model.addAttribute("rows", rows);
        model.addAttribute("delete", bulk.equals("delete"));
        return "newsroom/bulk";
    }

    /**
     * The confirmed bulk action: every story unpublished or deleted, in one transaction.
     */
    @PostMapping("/admin/stories/bulk/confirm")
    String bulkConfirmed(@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam String bulk,
            Principal editor, RedirectAttributes redirect) {
        boolean delete = bulk.equals("delete");
        int changed = newsroom.bulk(ids == null ? List.of() : ids, delete, editor.getName());
        redirect.addFlashAttribute("saved", (delete ? "Deleted " : "Unpublished ") + changed
                + (changed == 1 ? " story." : " stories.") + (delete ? " Their addresses now answer “gone”." : ""));
        return "redirect:/admin";
    }

    /**
     * The key the page autosaves a new story under: the one posted, else a new one. A
     * stored story autosaves under its id.
     */
    @ModelAttribute("draft")
    String draft(@RequestParam(name = "draft", required = false) String draft) {
        return draft != null && Autosaves.keyOf(StoryFormMapper.blank(LocalDate.EPOCH), draft).isPresent() ? draft
                : Autosaves.newKey();
    }

    /**
     * A new story; with {@code draft}, the new story this editor was writing, as last
     * autosaved.
     */
    @GetMapping("/admin/articles/new")
    String create(@RequestParam(name = "draft", required = false) String draft, Principal editor, Model model) {
        Optional<Autosaves.Autosave> autosave = autosaves.ofNewStory(draft, editor.getName());
        if (autosave.isPresent()) {
            model.addAttribute("restored", autosave.get());
            return form(autosave.get().form(), Map.of(), false, model);
        }
        return form(StoryFormMapper.blank(LocalDate.now(clock)), Map.of(), false, model);
    }

    /**
     * Keeps the form as typed, without checking it: the story form's script posts it
     * every few seconds while the editor types and when the page is left. Neither a
     * revision nor an audit entry. Answers the time, for the page to show.
     */
    @PostMapping(path = "/admin/articles/autosave", produces = "text/plain;charset=UTF-8")
    @ResponseBody
    ResponseEntity<String> autosave(StoryForm form, @RequestParam(name = "draft", required = false) String draft,
            Principal editor) {
        Optional<String> at = autosaves.save(form, draft, editor.getName());
        return at.map(time -> ResponseEntity.ok("Autosaved at " + time + "."))
            .orElseGet(() -> ResponseEntity.status(422).body("Not autosaved: this story cannot be kept."));
    }

    /** Throws away the autosaved text brought back, for the stored one. */
    @PostMapping("/admin/articles/autosave/discard")
    String discard(@RequestParam String key, @RequestParam(defaultValue = "") String id, Principal editor,
            RedirectAttributes redirect) {
        autosaves.discard(key, editor.getName());
        redirect.addFlashAttribute("saved", message("story.notice.autosaveDiscarded"));
        return id.matches("\\d{1,18}") ? "redirect:/admin/articles/" + id + "/edit" : "redirect:/admin";
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
        Optional<Autosaves.Autosave> autosave = autosaves.ofStory(id);
        if (autosave.isPresent()) {
            model.addAttribute("restored", autosave.get());
            return form(autosave.get().form(), Map.of(), false, model);
        }
        return form(form, Map.of(), false, model);
    }

    /**
     * "Fill the form from this wire story": only what the paste could not read is told.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = "action=paste")
    String paste(StoryForm form, Model model) {
        BindingResult binding = binding(form);
        WirePaste.Pasted pasted = paste.paste(form, binding);
        String page = form(pasted.form(), errors(binding, field -> true), TagPicker.Suggest.TICK_SURE, Set.of(), model);
        if (pasted.read() && model.getAttribute("choices") instanceof TagPicker.Choices choices) {
            model.addAttribute("pasted", PasteNotice.of(pasted, choices));
        }
        return page;
    }

    /**
     * "Accept all": every suggestion on the page is ticked; nothing is saved. A plain
     * submit button, so it works without JavaScript.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = "action=accept")
    String acceptAll(StoryForm form, @RequestParam(name = "suggested", required = false) List<String> suggested,
            Model model) {
        List<String> all = suggested == null ? List.of() : suggested;
        return retag(form.withTags(form.tags().accept(all)), TagPicker.Suggest.OFFER, Set.copyOf(all), model);
    }

    /**
     * "Dismiss all": every suggestion on the page is unticked and no longer offered
     * ("Suggest from the text" brings them back).
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = "action=dismiss")
    String dismissAll(StoryForm form, @RequestParam(name = "suggested", required = false) List<String> suggested,
            Model model) {
        List<String> all = suggested == null ? List.of() : suggested;
        return retag(form.withTags(form.tags().dismiss(all)), TagPicker.Suggest.NONE, Set.of(), model);
    }

    /**
     * "Find": the picker lists the people, countries and events by that name; only the
     * search words are checked.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = "action=find")
    String find(StoryForm form, @RequestParam(name = "suggested", required = false) List<String> suggested,
            Model model) {
        return retag(form, TagPicker.Suggest.OFFER, pending(suggested), model);
    }

    /**
     * "Suggest from the text": the recognizer's people, countries and events are offered
     * to tick.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = "action=suggest")
    String suggest(StoryForm form, @RequestParam(name = "suggested", required = false) List<String> suggested,
            Model model) {
        return retag(form, TagPicker.Suggest.TICK_SURE, pending(suggested), model);
    }

    /**
     * "Use as the new event": the happening found in the text fills the new-event inputs;
     * nothing is saved.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" },
            params = { "action", "action!=save", "action!=preview", "action!=paste", "action!=find", "action!=suggest",
                    "action!=accept", "action!=dismiss" })
    String useCandidate(StoryForm form, @RequestParam String action,
            @RequestParam(name = "suggested", required = false) List<String> suggested, Model model) {
        return retag(form.withNewEvent(TagPicker.EventCandidate.fromAction(action)), TagPicker.Suggest.OFFER,
                pending(suggested), model);
    }

    private String retag(StoryForm form, TagPicker.Suggest suggest, Set<String> pending, Model model) {
        BindingResult binding = binding(form);
        validator.validate(form, binding);
        return form(form, errors(binding, "find"::equals), suggest, pending, model);
    }

    private static Set<String> pending(List<String> suggested) {
        return suggested == null ? Set.of() : Set.copyOf(suggested);
    }

    /**
     * "Preview": the story as readers will see it, with what each field looks like
     * checked; nothing is saved.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = "action=preview")
    String preview(StoryForm form, @RequestParam(name = "draft", required = false) String draft, Principal editor,
            Model model) {
        BindingResult binding = binding(form);
        validator.validate(form, binding);
        model.addAttribute("preview", true);
        try {
            autosaves.save(form, draft, editor.getName())
                .ifPresent(at -> model.addAttribute("autosaved", "Autosaved at " + at + "."));
        }
        catch (TransactionException | DataAccessException e) {
            model.addAttribute("problem", Forms.problem(e));
        }
        return form(form, errors(binding, field -> true), false, model);
    }

    /**
     * A post with no button named (Enter in a field of some browsers) saves, as "Save"
     * does.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = "!action")
    String submit(StoryForm form, @RequestParam(name = "draft", required = false) String draft, Principal editor,
            Model model, RedirectAttributes redirect) {
        return save(form, draft, editor, model, redirect);
    }

    /**
     * "Save": every field checked and, when all is right, the story saved, in one
     * transaction.
     */
    @PostMapping(path = { "/admin/articles", "/admin/articles/{id}" }, params = "action=save")
    String save(StoryForm form, @RequestParam(name = "draft", required = false) String draft, Principal editor,
            Model model, RedirectAttributes redirect) {
        BindingResult binding = binding(form);
        try {
            Optional<SaveOutcome> saving = newsroom.save(form, editor.getName(), binding);
            if (saving.isEmpty()) {
                return form(form, errors(binding, field -> true), false, model);
            }
            return switch (saving.get()) {
                case SaveOutcome.Saved saved -> {
                    autosaves.saved(saved.id(), draft);
                    boolean unchanged = !form.isNew() && String.valueOf(saved.version()).equals(form.version());
                    redirect.addFlashAttribute("saved", message(unchanged ? "story.notice.unchanged"
                            : saved.slugChanged() ? "story.notice.savedAndMoved" : "story.notice.saved"));
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
        catch (TransactionException | DataAccessException e) {
            model.addAttribute("problem", Forms.problem(e, "the story list"));
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
        return form(form, errors, suggest ? TagPicker.Suggest.OFFER : TagPicker.Suggest.NONE, Set.of(), model);
    }

    private String form(StoryForm form, Map<String, String> errors, TagPicker.Suggest suggest, Set<String> pending,
            Model model) {
        TagPicker.Choices choices;
        List<Choice> countryOptions;
        try {
            choices = tags.choices(form, suggest, pending);
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
        StoryFormPage.lists(form, model, previews);
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
