package news.dateline.newsroom;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleEditing;
import news.dateline.article.Revision;
import news.dateline.article.SaveOutcome;
import news.dateline.shared.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.Errors;

/**
 * The editors' use cases: each one a transaction. Each change reaches the audit log
 * through the story's event ({@link StoryAudit}); a conflicting save, which changes
 * nothing, is recorded here.
 */
@Service
public class Newsroom {

    private final TagPicker tags;

    private final StoryFormValidator validator;

    private final NewTags newTags;

    private final ArticleEditing editing;

    private final AuditLog audit;

    private final JdbcClient jdbc;

    private final news.dateline.ingest.StoryFacts facts;

    Newsroom(TagPicker tags, StoryFormValidator validator, NewTags newTags, ArticleEditing editing, AuditLog audit,
            JdbcClient jdbc, news.dateline.ingest.StoryFacts facts) {
        this.tags = tags;
        this.validator = validator;
        this.newTags = newTags;
        this.editing = editing;
        this.audit = audit;
        this.jdbc = jdbc;
        this.facts = facts;
    }

    @Transactional(readOnly = true)
    public Optional<StoryForm> form(long id) {
        return editing.load(id).map(this::form);
    }

    private StoryForm form(ArticleDraft draft) {
        return StoryFormMapper.fromDraft(draft, tags.of(draft));
    }

    /**
     * Saves the form, in one transaction: checks every field
     * ({@link StoryFormValidator#validateForSave}, merged people followed first), and
     * only when all is right creates the new people and event it asks for and saves the
     * story. Empty, with what is wrong in {@code errors}, when the form is refused; else
     * what came of the save. Nothing is written unless the story itself is saved.
     */
    @Transactional
    public Optional<SaveOutcome> save(StoryForm form, String editor, Errors errors) {
        StoryForm followed = form.withTags(tags.followMerges(form.tags()));
        validator.validateForSave(followed, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Optional<SaveOutcome.Saved> unchanged = unchanged(followed);
        if (unchanged.isPresent()) {
            return Optional.of(unchanged.get());
        }
        ArticleDraft draft = draft(followed, editor);
        SaveOutcome outcome = editing.save(draft, editor);
        if (outcome instanceof SaveOutcome.Conflict) {
            audit.record(editor, "CONFLICT", "ARTICLE", draft.id(), "kept as a revision, not applied");
        }
        else if (outcome instanceof SaveOutcome.Saved saved) {
            recordFacts(saved.id(), draft);
        }
        else {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return Optional.of(outcome);
    }

    /**
     * The roles and event claims the saved text states, dated by the story
     * ({@link news.dateline.ingest.StoryFacts}).
     */
    private void recordFacts(long id, ArticleDraft draft) {
        java.time.ZoneOffset offset = draft.publishedOffset() == null ? java.time.ZoneOffset.UTC
                : java.time.ZoneOffset.of(draft.publishedOffset());
        java.time.LocalDate storyDate = draft.publishedAt() == null ? null
                : draft.publishedAt().atOffset(offset).toLocalDate();
        String text = draft.headline() + "\n\n" + (draft.standfirst() == null ? "" : draft.standfirst() + "\n\n")
                + draft.body();
        facts.recordSaved(id, text, storyDate, draft.people(), draft.events());
    }

    /**
     * The stored story, when the form would save it exactly as it is (same version, same
     * text, time, status and tags, nothing new to create): such a save writes nothing, no
     * revision, no audit entry, and keeps the version ({@link SaveOutcome.Saved#version}
     * equal to the form's).
     */
    private Optional<SaveOutcome.Saved> unchanged(StoryForm form) {
        if (form.isNew() || !form.id().matches("\\d{1,18}") || !form.version().matches("\\d{1,9}")
                || !form.tags().proposedPeople().isEmpty() || validator.createsNewPerson(form)
                || form.newEvent().hasTitle()) {
            return Optional.empty();
        }
        Optional<ArticleDraft> stored = editing.load(Long.parseLong(form.id()));
        if (stored.isEmpty() || !Integer.valueOf(form.version()).equals(stored.get().expectedVersion())) {
            return Optional.empty();
        }
        ArticleDraft current = stored.get();
        TagPicker.Ids ids = tags.ids(form.tags());
        ArticleDraft asStored = StoryFormMapper.toDraft(StoryFormMapper.fromDraft(current, StoryForm.Tags.NONE),
                current.people(), current.countries(), current.events());
        ArticleDraft typed = StoryFormMapper.toDraft(form, ids.people(), ids.countries(), ids.events());
        if (typed.slug() == null) {
            typed = StoryFormMapper.withSlug(typed, Slugs.of(typed.headline()));
        }
        return typed.equals(asStored) ? Optional.of(new SaveOutcome.Saved(current.id(), current.slug(),
                current.expectedVersion(), false, current.status(), current.status())) : Optional.empty();
    }

    /** The draft of a checked form, creating the people and the event it asks for. */
    private ArticleDraft draft(StoryForm form, String editor) {
        TagPicker.Ids ids = tags.ids(form.tags());
        Set<Long> people = new LinkedHashSet<>(ids.people());
        for (NewPerson proposed : form.tags().proposedPeople()) {
            if (proposed.isPresent()) {
                // Suggested as new when the form was filled; someone may have added them
                // since.
                people.add(tags.knownPerson(proposed.name())
                    .orElseGet(() -> newTags.person(editor, proposed, tags.country(proposed.country()).orElse(null))));
            }
        }
        if (validator.createsNewPerson(form)) {
            people.add(newTags.person(editor, form.newPerson(), tags.country(form.newPerson().country()).orElse(null)));
        }
        Set<Long> events = new LinkedHashSet<>(ids.events());
        if (form.newEvent().hasTitle()) {
            events.add(newTags.event(editor, form.newEvent(), ids.countries(), people));
        }
        return StoryFormMapper.toDraft(form, people, ids.countries(), events);
    }

    @Transactional
    public boolean unpublish(long id, String editor) {
        return editing.unpublish(id, editor);
    }

    @Transactional
    public boolean delete(long id, String editor) {
        return editing.delete(id, editor);
    }

    /**
     * Unpublishes or deletes these stories, in one transaction (each in the audit log);
     * returns how many changed.
     */
    @Transactional
    public int bulk(List<Long> ids, boolean delete, String editor) {
        int changed = 0;
        for (long id : ids) {
            if (delete ? editing.delete(id, editor) : editing.unpublish(id, editor)) {
                changed++;
            }
        }
        return changed;
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(long id) {
        return editing.revisions(id);
    }

    @Transactional(readOnly = true)
    public Optional<Revision> revision(long id, long revisionId) {
        return editing.revision(id, revisionId);
    }

    /** The form holding an old revision's text, to review and save. */
    @Transactional(readOnly = true)
    public Optional<StoryForm> restoreForm(long id, long revisionId) {
        return editing.restoreDraft(id, revisionId).map(this::form);
    }

    /**
     * The advisory lock every node's scheduler takes before publishing (any number, the
     * same on every node: "dlsched").
     */
    static final long SCHEDULER_LOCK = 0x646c_7363_6865_64L;

    /**
     * Publishes the scheduled stories whose time has come; run by
     * {@link ScheduledPublishing}. With several nodes on one database, the first to take
     * the transaction's advisory lock publishes and the others, finding it taken, publish
     * nothing this round: each story is published, announced and audited once. (The
     * update would not publish a story twice anyway, since it only takes rows still
     * {@code SCHEDULED}; the lock keeps the other nodes from waiting on its row locks.)
     */
    @Transactional
    public List<Long> publishScheduled() {
        if (!Rounds.mine(jdbc, SCHEDULER_LOCK)) {
            return List.of();
        }
        return editing.publishDue();
    }

}
