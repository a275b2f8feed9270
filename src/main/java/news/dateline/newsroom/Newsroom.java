package news.dateline.newsroom;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.dateline.shared.Like;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleEditing;
import news.dateline.article.Revision;
import news.dateline.article.SaveOutcome;
import news.dateline.shared.DisplayTimes;
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

    Newsroom(TagPicker tags, StoryFormValidator validator, NewTags newTags, ArticleEditing editing, AuditLog audit,
            JdbcClient jdbc) {
        this.tags = tags;
        this.validator = validator;
        this.newTags = newTags;
        this.editing = editing;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** A row of the newsroom's list of stories. */
    public record StoryRow(long id, String slug, String headline, String status, String publishedAt, String updatedBy) {
    }

    /** The statuses the list can be narrowed to. */
    public static final List<String> STATUSES = List.of("DRAFT", "SCHEDULED", "PUBLISHED");

    /**
     * Stories not deleted, last changed first: those whose headline has {@code words}
     * (case and accents ignored) and, unless it is empty, with that status.
     */
    @Transactional(readOnly = true)
    public List<StoryRow> stories(String words, String status, int limit) {
        String like = Like.anywhere(words);
        return jdbc.sql("""
                select id, slug, headline, status, published_at, published_offset, updated_by from article
                where status <> 'DELETED' and (:status = '' or status = :status)
                  and (:words = '' or dl_fold(headline) like dl_fold(:like))
                order by updated_at desc, id desc limit :limit""")
            .param("status", STATUSES.contains(status) ? status : "")
            .param("words", words.strip())
            .param("like", like)
            .param("limit", limit)
            .query((rs, n) -> new StoryRow(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
                    rs.getString("status"),
                    DisplayTimes.of(rs.getTimestamp("published_at").toInstant(), true, rs.getString("published_offset"))
                        .text(),
                    rs.getString("updated_by")))
            .list();
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
        ArticleDraft draft = draft(followed, editor);
        SaveOutcome outcome = editing.save(draft, editor);
        if (outcome instanceof SaveOutcome.Conflict) {
            audit.record(editor, "CONFLICT", "ARTICLE", draft.id(), "kept as a revision, not applied");
        }
        else if (!(outcome instanceof SaveOutcome.Saved)) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return Optional.of(outcome);
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
        boolean mine = Boolean.TRUE.equals(
                jdbc.sql("select pg_try_advisory_xact_lock(?)").param(SCHEDULER_LOCK).query(Boolean.class).single());
        if (!mine) {
            return List.of();
        }
        return editing.publishDue();
    }

}
