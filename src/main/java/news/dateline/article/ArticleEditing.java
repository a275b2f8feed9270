package news.dateline.article;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.image.Images;
import news.dateline.shared.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's writes to stories: save with optimistic locking and a revision per save,
 * slug history, unpublish, delete, scheduled publishing.
 */
@Service
public class ArticleEditing {

    /** The actor of scheduled publications in their events (and so in the audit log). */
    public static final String SCHEDULER = "scheduler";

    private final ArticleRepository articles;

    private final JdbcClient jdbc;

    private final Agencies agencies;

    private final Clock clock;

    private final ApplicationEventPublisher changes;

    private final StoryStates states;

    private final Images images;

    ArticleEditing(ArticleRepository articles, JdbcClient jdbc, Agencies agencies, Clock clock,
            ApplicationEventPublisher changes, StoryStates states, Images images) {
        this.images = images;
        this.changes = changes;
        this.states = states;
        this.articles = articles;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** A story to edit, with its current version. */
    @Transactional(readOnly = true)
    public Optional<ArticleDraft> load(long id) {
        return articles.findById(id).filter(a -> a.status() != ArticleStatus.DELETED).map(this::toDraft);
    }

    @Transactional
    public SaveOutcome save(ArticleDraft draft, String editor) {
        String slug = draft.slug() == null || draft.slug().isBlank() ? Slugs.of(draft.headline()) : draft.slug();
        Article article;
        if (draft.id() == null) {
            if (articles.existsBySlug(slug) || redirected(slug, null)) {
                return new SaveOutcome.SlugTaken(slug);
            }
            article = new Article(slug, draft.headline(), draft.body(), hash(draft), clock.instant());
        }
        else {
            article = articles.findById(draft.id()).orElse(null);
            if (article == null || article.status() == ArticleStatus.DELETED) {
                return new SaveOutcome.Gone();
            }
            if (draft.expectedVersion() == null || article.version() != draft.expectedVersion()) {
                Revision theirs = latestRevision(article.id()).orElseGet(() -> snapshot(article));
                keepConflictingAttempt(article.id(), draft, editor);
                return new SaveOutcome.Conflict(theirs);
            }
            if (!slug.equals(article.slug()) && (articles.existsBySlug(slug) || redirected(slug, article.id()))) {
                return new SaveOutcome.SlugTaken(slug);
            }
        }
        Long ownId = article.id();
        var sameText = articles.findByContentHash(hash(draft)).filter(other -> !other.id().equals(ownId));
        if (sameText.isPresent()) {
            return new SaveOutcome.Duplicate(sameText.get().slug());
        }
        String oldSlug = article.slug();
        StoryState stateBefore = draft.id() == null ? null : states.of(article.id());
        ArticleStatus before = draft.id() == null ? null : article.status();
        boolean wasPublished = before == ArticleStatus.PUBLISHED;
        // what readers saw, when they could see it: a change to it is an update they are
        // told of
        String textBefore = wasPublished && article.publishedAt() != null
                && !article.publishedAt().isAfter(clock.instant())
                        ? readerText(article.headline(), article.standfirst(), article.body()) : null;
        article.edit(slug, draft.headline(), emptyToNull(draft.standfirst()), draft.body(), hash(draft),
                clock.instant(), editor);
        article.describe(emptyToNull(draft.standfirst()), article.photoCaption(), agencies.idFor(draft.agencyName()),
                emptyToNull(draft.dateline()), draft.language(), article.sourceFile());
        article.schedule(draft.publishedAt(),
                draft.publishedWithTime() ? Article.Precision.MINUTE : Article.Precision.DAY, draft.publishedOffset(),
                draft.status());
        illustrate(article, draft.leadImage());
        article.tag(keepCounts(article.personMentions(), draft.people()),
                keepCounts(article.countryMentions(), draft.countries()), draft.events());
        Article saved = articles.saveAndFlush(article);
        boolean slugChanged = !oldSlug.equals(saved.slug());
        if (slugChanged && draft.id() != null) {
            jdbc.sql("delete from article_slug_redirect where old_slug = ?").param(saved.slug()).update();
            jdbc.sql(
                    "insert into article_slug_redirect (old_slug, article_id) values (?, ?) on conflict (old_slug) do update set article_id = excluded.article_id")
                .params(oldSlug, saved.id())
                .update();
        }
        writeRevision(saved, editor);
        if (textBefore != null && saved.status() == ArticleStatus.PUBLISHED
                && !textBefore.equals(readerText(saved.headline(), saved.standfirst(), saved.body()))) {
            jdbc.sql("update article set edited_at = ? where id = ?")
                .params(news.dateline.shared.SqlTime.of(clock.instant()), saved.id())
                .update();
        }
        StoryState stateAfter = states.of(saved.id());
        boolean visibleBefore = stateBefore != null && stateBefore.published();
        if (stateAfter.published() && !visibleBefore) {
            changes
                .publishEvent(new StoryPublished(saved.id(), stateBefore, stateAfter, editor, StoryEvent.Cause.SAVED));
        }
        else if (visibleBefore && !stateAfter.published()) {
            changes
                .publishEvent(new StoryWithdrawn(saved.id(), stateBefore, stateAfter, editor, StoryEvent.Cause.SAVED));
        }
        else {
            changes.publishEvent(new StoryChanged(saved.id(), stateBefore, stateAfter, editor, StoryEvent.Cause.SAVED));
        }
        return new SaveOutcome.Saved(saved.id(), saved.slug(), saved.version(), slugChanged && wasPublished, before,
                saved.status());
    }

    /**
     * The draft's lead image on the story, its size read from the image kept; an image
     * that is not kept (never uploaded) is no image.
     */
    private void illustrate(Article article, ArticleDraft.LeadImage image) {
        Optional<Images.Stored> stored = image == null ? Optional.empty() : images.find(image.hash());
        if (stored.isPresent()) {
            article.illustrate(image, stored.get().width(), stored.get().height(), stored.get().format());
        }
        else {
            article.removeImage();
        }
    }

    @Transactional
    public boolean unpublish(long id, String editor) {
        return articles.findById(id)
            .filter(a -> a.status() == ArticleStatus.PUBLISHED || a.status() == ArticleStatus.SCHEDULED)
            .map(a -> {
                StoryState before = states.of(a.id());
                a.unpublish(clock.instant(), editor);
                writeRevision(articles.saveAndFlush(a), editor);
                changes.publishEvent(
                        new StoryWithdrawn(a.id(), before, states.of(a.id()), editor, StoryEvent.Cause.UNPUBLISHED));
                return true;
            })
            .orElse(false);
    }

    @Transactional
    public boolean delete(long id, String editor) {
        return articles.findById(id).filter(a -> a.status() != ArticleStatus.DELETED).map(a -> {
            StoryState before = states.of(a.id());
            a.delete(clock.instant(), editor);
            writeRevision(articles.saveAndFlush(a), editor);
            changes
                .publishEvent(new StoryWithdrawn(a.id(), before, states.of(a.id()), editor, StoryEvent.Cause.DELETED));
            return true;
        }).orElse(false);
    }

    /**
     * Scheduled stories whose time has come become published, each announced by a
     * {@link StoryPublished}. Returns their ids.
     */
    @Transactional
    public List<Long> publishDue() {
        List<Long> published = jdbc.sql("""
                update article set status = 'PUBLISHED', version = version + 1
                where status = 'SCHEDULED' and published_at <= ? returning id""")
            .param(java.sql.Timestamp.from(clock.instant()))
            .query(Long.class)
            .list();
        if (!published.isEmpty()) {
            Map<Long, StoryState> now = states.of(published);
            for (long id : published) {
                StoryState after = now.get(id);
                StoryState before = new StoryState(after.slug(), after.headline(), ArticleStatus.SCHEDULED,
                        after.countries(), after.people(), after.events());
                changes
                    .publishEvent(new StoryPublished(id, before, after, SCHEDULER, StoryEvent.Cause.SCHEDULE_REACHED));
            }
        }
        return published;
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(long articleId) {
        return jdbc.sql(REVISION_SELECT + " where article_id = ? order by id desc")
            .param(articleId)
            .query((rs, n) -> revision(rs))
            .list();
    }

    @Transactional(readOnly = true)
    public Optional<Revision> revision(long articleId, long revisionId) {
        return jdbc.sql(REVISION_SELECT + " where article_id = ? and id = ?")
            .params(articleId, revisionId)
            .query((rs, n) -> revision(rs))
            .optional();
    }

    /**
     * A draft holding an old revision's text, on top of the current version: saving it
     * restores the revision.
     */
    @Transactional(readOnly = true)
    public Optional<ArticleDraft> restoreDraft(long articleId, long revisionId) {
        return load(articleId).flatMap(current -> revision(articleId, revisionId)
            .map(old -> new ArticleDraft(current.id(), current.expectedVersion(), old.slug(), old.headline(),
                    old.standfirst(), old.body(), current.agencyName(), current.dateline(), current.language(),
                    current.publishedAt(), current.publishedWithTime(), current.publishedOffset(), current.status(),
                    current.people(), current.countries(), current.events(), current.leadImage())));
    }

    private static final String REVISION_SELECT = """
            select id, version, slug, headline, standfirst, body, status, published_at, editor, saved_at from article_revision""";

    private static Revision revision(java.sql.ResultSet rs) throws java.sql.SQLException {
        var published = rs.getTimestamp("published_at");
        return new Revision(rs.getLong("id"), rs.getInt("version"), rs.getString("slug"), rs.getString("headline"),
                rs.getString("standfirst"), rs.getString("body"), rs.getString("status"),
                published == null ? null : published.toInstant().toString(), rs.getString("editor"),
                rs.getTimestamp("saved_at").toInstant().toString().replace("T", " ").substring(0, 19) + " UTC");
    }

    private Optional<Revision> latestRevision(long articleId) {
        return jdbc.sql(REVISION_SELECT + " where article_id = ? order by id desc limit 1")
            .param(articleId)
            .query((rs, n) -> revision(rs))
            .optional();
    }

    private Revision snapshot(Article a) {
        return new Revision(0, a.version(), a.slug(), a.headline(), a.standfirst(), a.body(), a.status().name(),
                a.publishedAt() == null ? null : a.publishedAt().toString(), a.updatedBy(), a.updatedAt().toString());
    }

    /** The text a reader reads: its change after publication is an "Updated". */
    private static String readerText(String headline, String standfirst, String body) {
        return headline + "\n" + (standfirst == null ? "" : standfirst) + "\n" + body;
    }

    private void writeRevision(Article a, String editor) {
        jdbc.sql(
                """
                        insert into article_revision (article_id, version, slug, headline, standfirst, body, status, published_at, tags, editor, saved_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(a.id(), a.version(), a.slug(), a.headline(), a.standfirst(), a.body(), a.status().name(),
                    a.publishedAt() == null ? null : java.sql.Timestamp.from(a.publishedAt()),
                    "people=" + a.personMentions().keySet() + " countries=" + a.countryMentions().keySet() + " events="
                            + a.eventIds(),
                    editor, java.sql.Timestamp.from(clock.instant()))
            .update();
    }

    /**
     * The losing save is not applied, but kept as a revision: no update is ever silently
     * lost.
     */
    private void keepConflictingAttempt(long articleId, ArticleDraft draft, String editor) {
        jdbc.sql(
                """
                        insert into article_revision (article_id, version, slug, headline, standfirst, body, status, published_at, tags, editor, saved_at)
                        values (?, ?, ?, ?, ?, ?, 'CONFLICT', ?, null, ?, ?)""")
            .params(articleId, draft.expectedVersion() == null ? -1 : draft.expectedVersion(),
                    draft.slug() == null ? Slugs.of(draft.headline()) : draft.slug(), draft.headline(),
                    draft.standfirst(), draft.body(),
                    draft.publishedAt() == null ? null : java.sql.Timestamp.from(draft.publishedAt()), editor,
                    java.sql.Timestamp.from(clock.instant()))
            .update();
    }

    private ArticleDraft toDraft(Article a) {
        return new ArticleDraft(a.id(), a.version(), a.slug(), a.headline(), a.standfirst(), a.body(),
                agencies.nameOf(a.agencyId()), a.dateline(), a.language(), a.publishedAt(),
                a.publishedPrecision() == Article.Precision.MINUTE, a.publishedOffset(), a.status(),
                Set.copyOf(a.personMentions().keySet()), Set.copyOf(a.countryMentions().keySet()),
                Set.copyOf(a.eventIds()), a.leadImage());
    }

    private boolean redirected(String slug, Long ownId) {
        return jdbc.sql("select article_id from article_slug_redirect where old_slug = ?")
            .param(slug)
            .query(Long.class)
            .optional()
            .filter(id -> !id.equals(ownId))
            .isPresent();
    }

    private static Map<Long, Integer> keepCounts(Map<Long, Integer> current, java.util.Set<Long> wanted) {
        return wanted.stream().collect(Collectors.toMap(Function.identity(), id -> current.getOrDefault(id, 1)));
    }

    private static String hash(ArticleDraft draft) {
        return ContentHash.of(draft.headline(), draft.body());
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
