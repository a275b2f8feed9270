package news.dateline.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import news.dateline.shared.Slugs;
import news.dateline.shared.SqlTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes articles. Reading them for pages is {@link ArticleQueries}' job. */
@Service
public class ArticleService {

    private final ArticleRepository articles;

    private final JdbcClient jdbc;

    private final Agencies agencies;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final StoryStates states;

    ArticleService(ArticleRepository articles, JdbcClient jdbc, Agencies agencies, Clock clock,
            ApplicationEventPublisher events, StoryStates states) {
        this.events = events;
        this.states = states;
        this.articles = articles;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.clock = clock;
    }

    /**
     * A story to look for: the {@link ContentHash} of its text and the hash of its file.
     */
    public record Hashes(String content, String file) {
    }

    /**
     * The stories already here of those given, by the hashes they are known by: one
     * statement for a whole import batch.
     */
    public record Known(Map<String, String> slugsByContent, Map<String, String> slugsByFile) {

        /**
         * The slug of the story here with this text or read from these bytes, if any: the
         * text, since an editor's save or another agency's identical copy is the same
         * story; the file, since a later build may read the same file into another text.
         */
        public Optional<String> slugOf(Hashes story) {
            return Optional.ofNullable(slugsByContent.get(story.content()))
                .or(() -> Optional.ofNullable(story.file() == null ? null : slugsByFile.get(story.file())));
        }
    }

    /**
     * The slugs of the stories here with these content hashes ({@link ContentHash}) or
     * read from files with these hashes ({@code article.source_hash}).
     */
    @Transactional(readOnly = true)
    public Known storiesHere(Collection<Hashes> stories) {
        Map<String, String> byContent = new HashMap<>();
        Map<String, String> byFile = new HashMap<>();
        if (!stories.isEmpty()) {
            jdbc.sql("""
                    select content_hash, source_hash, slug from article
                    where content_hash = any(?) or source_hash = any(?)""")
                .params(stories.stream().map(Hashes::content).toArray(String[]::new),
                        stories.stream().map(Hashes::file).filter(Objects::nonNull).toArray(String[]::new))
                .query(rs -> {
                    byContent.put(rs.getString(1), rs.getString(3));
                    if (rs.getString(2) != null) {
                        byFile.put(rs.getString(2), rs.getString(3));
                    }
                });
        }
        return new Known(byContent, byFile);
    }

    /**
     * Saves an imported story as published, with the {@link ContentHash} of its headline
     * and body, announced by a {@link StoryPublished}; returns its slug.
     */
    @Transactional
    public String saveImported(ImportedStory story) {
        return saveImported(List.of(story)).getFirst().slug();
    }

    /** A story an import saved: its id and slug. */
    public record Saved(long id, String slug) {
    }

    /**
     * Saves imported stories as published, each with the {@link ContentHash} of its
     * headline and body and announced by a {@link StoryPublished}; returns their slugs,
     * in order. A whole import batch is a fixed number of statements (one insert per
     * table, for all its rows), since an import of thousands of stories would otherwise
     * wait on the database once per row. The rows are those {@link Article} maps, as its
     * constructor, {@code describe}, {@code publishAt}, {@code tag} and {@code referTo}
     * fill them for an import: a new story, published, updated when published.
     * @return each story's id and slug, in order
     */
    @Transactional
    public List<Saved> saveImported(List<ImportedStory> stories) {
        if (stories.isEmpty()) {
            return List.of();
        }
        List<String> slugs = freeSlugs(stories.stream().map(ImportedStory::headline).toList());
        Map<String, Long> agencyIds = new HashMap<>();
        OffsetDateTime now = SqlTime.now(clock);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("""
                insert into article (slug, headline, standfirst, body, photo_caption, agency_id, dateline, language,
                  published_at, published_precision, published_offset, created_at, updated_at, status, content_hash,
                  source_file, source_hash) values""");
        for (int i = 0; i < stories.size(); i++) {
            ImportedStory story = stories.get(i);
            Long agencyId = story.agencyName() == null ? null
                    : agencyIds.computeIfAbsent(story.agencyName(), agencies::idFor);
            sql.append(i == 0 ? " " : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(slugs.get(i), story.headline(), story.standfirst(), story.body(),
                    story.photoCaption(), agencyId, story.dateline(), story.language(), SqlTime.of(story.publishedAt()),
                    (story.publishedWithTime() ? Article.Precision.MINUTE : Article.Precision.DAY).name(),
                    story.publishedOffset(), now, SqlTime.of(story.publishedAt()), ArticleStatus.PUBLISHED.name(),
                    story.contentHash(), story.sourceFile(), story.sourceHash()));
        }
        Map<String, Long> idsBySlug = new HashMap<>();
        jdbc.sql(sql.append(" returning id, slug").toString()).params(params).query(rs -> {
            idsBySlug.put(rs.getString("slug"), rs.getLong("id"));
        });
        List<Long> ids = slugs.stream().map(idsBySlug::get).toList();
        insertLinks(stories, ids);
        Map<Long, StoryState> after = states.of(ids);
        List<Saved> saved = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            events.publishEvent(new StoryPublished(id, null, after.get(id), null, StoryEvent.Cause.IMPORTED));
            saved.add(new Saved(id, slugs.get(i)));
        }
        return saved;
    }

    private void insertLinks(List<ImportedStory> stories, List<Long> ids) {
        Rows people = new Rows("insert into article_person (article_id, person_id, mentions) values", 3);
        Rows countries = new Rows("insert into article_country (article_id, country_id, mentions) values", 3);
        Rows events = new Rows("insert into article_event (article_id, event_id) values", 2);
        Rows references = new Rows(
                "insert into article_reference (article_id, position, headline, published_at) values", 4);
        for (int i = 0; i < stories.size(); i++) {
            ImportedStory story = stories.get(i);
            Long id = ids.get(i);
            story.people().forEach((person, mentions) -> people.add(id, person, mentions));
            story.countries().forEach((country, mentions) -> countries.add(id, country, mentions));
            story.events().forEach(event -> events.add(id, event));
            for (int position = 0; position < story.otherNews().size(); position++) {
                ImportedStory.OtherNews item = story.otherNews().get(position);
                references.add(id, position, item.headline(), SqlTime.of(item.publishedAt()));
            }
        }
        for (Rows rows : List.of(people, countries, events, references)) {
            rows.insert(jdbc);
        }
    }

    /** The rows of one multi-row insert. */
    private static final class Rows {

        private final StringBuilder sql;

        private final String row;

        private final List<Object> params = new ArrayList<>();

        private int count;

        Rows(String insert, int columns) {
            this.sql = new StringBuilder(insert);
            this.row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        }

        void add(Object... values) {
            sql.append(count++ == 0 ? " " : ", ").append(row);
            params.addAll(Arrays.asList(values));
        }

        void insert(JdbcClient jdbc) {
            if (count > 0) {
                jdbc.sql(sql.toString()).params(params).update();
            }
        }

    }

    /**
     * For each headline, its slug, else the first of slug-2, slug-3, ... that no story
     * has or had, nor an earlier headline of the list: asked many at a time, so that an
     * agency's hundredth "Weather report" costs one statement, not a hundred.
     */
    private List<String> freeSlugs(List<String> headlines) {
        List<String> bases = headlines.stream().map(headline -> {
            String base = Slugs.of(headline);
            return base.isEmpty() ? "story" : base;
        }).toList();
        Map<String, Integer> wanted = new LinkedHashMap<>();
        bases.forEach(base -> wanted.merge(base, 1, Integer::sum));
        Map<String, List<String>> free = new HashMap<>();
        Map<String, Integer> probedUpTo = new HashMap<>();
        Set<String> assigned = new HashSet<>();
        while (!wanted.isEmpty()) {
            List<String> candidates = new ArrayList<>();
            List<String> candidateBases = new ArrayList<>();
            wanted.forEach((base, count) -> {
                int from = probedUpTo.getOrDefault(base, 0) + 1;
                int to = from + Math.max(SLUG_PROBES, 2 * count) - 1;
                for (int n = from; n <= to; n++) {
                    candidates.add(n == 1 ? base : base + "-" + n);
                    candidateBases.add(base);
                }
                probedUpTo.put(base, to);
            });
            Set<String> taken = new HashSet<>(jdbc.sql("""
                    select slug from article where slug = any(:slugs)
                    union all select old_slug from article_slug_redirect where old_slug = any(:slugs)""")
                .param("slugs", candidates.toArray(String[]::new))
                .query(String.class)
                .list());
            for (int i = 0; i < candidates.size(); i++) {
                String candidate = candidates.get(i);
                String base = candidateBases.get(i);
                if (!taken.contains(candidate) && wanted.containsKey(base) && !assigned.contains(candidate)) {
                    assigned.add(candidate);
                    free.computeIfAbsent(base, b -> new ArrayList<>()).add(candidate);
                    if (wanted.merge(base, -1, Integer::sum) == 0) {
                        wanted.remove(base);
                    }
                }
            }
        }
        Map<String, Integer> used = new HashMap<>();
        return bases.stream().map(base -> free.get(base).get(used.merge(base, 1, Integer::sum) - 1)).toList();
    }

    private static final int SLUG_PROBES = 8;

}
