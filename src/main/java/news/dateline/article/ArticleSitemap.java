package news.dateline.article;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import news.dateline.seo.SitemapEntry;
import news.dateline.seo.SitemapSource;
import news.dateline.seo.Sitemaps;
import news.dateline.shared.CacheTags;
import news.dateline.shared.SqlTime;
import news.dateline.web.ReaderCache;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The published stories in the sitemaps, cut by id: {@code articles-N.xml} lists those
 * with ids in ((N-1)×{@value Sitemaps#MAX_URLS}, N×{@value Sitemaps#MAX_URLS}], so that a
 * file is read by a range of the primary key (never an OFFSET over the archive) and an
 * old file stays as it is while new stories fill the last one. A range with no published
 * story has no file; {@code articles-1} always exists.
 * <p>
 * The files are {@linkplain #streamed() streamed}: written as the rows come (a cursor of
 * {@value #FETCH} rows), never built in memory. Each file's {@linkplain #stamp stamp}
 * says, without reading the file, whether it may have changed: the last change among its
 * published stories, their number and the range's highest id (index steps and an
 * index-only count, kept in the reader cache), and a count of the committed story changes
 * in its range since the start ({@link Changes}: a story unpublished, deleted or imported
 * with an old date moves no date that the index sees).
 */
@Service
@Order(1)
@Transactional(readOnly = true)
class ArticleSitemap implements SitemapSource {

    private static final long SIZE = Sitemaps.MAX_URLS;

    /** Rows a streamed file reads from PostgreSQL at a time. */
    static final int FETCH = 2_000;

    private final JdbcClient jdbc;

    private final JdbcClient streaming;

    private final Clock clock;

    private final Changes changes;

    ArticleSitemap(JdbcClient jdbc, DataSource dataSource, Clock clock, Changes changes) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(FETCH);
        this.streaming = JdbcClient.create(cursor);
        this.clock = clock;
        this.changes = changes;
    }

    @Override
    public String name() {
        return "articles";
    }

    @Override
    public boolean paged() {
        return true;
    }

    @Override
    public boolean streamed() {
        return true;
    }

    /**
     * Each range with a published story, with the last change in it: one statement, one
     * step of {@code article_sitemap_part_idx} (V14) per range, whatever the number of
     * stories.
     */
    @Override
    public List<Part> parts() {
        return jdbc.sql("""
                select n + 1 as part, m.modified
                from generate_series(0, (select coalesce(max(id) - 1, 0) from article) / 50000) n
                cross join lateral (select max(greatest(a.updated_at, a.published_at)) as modified from article a
                                    where a.status = 'PUBLISHED' and (a.id - 1) / 50000 = n and a.published_at <= ?) m
                where m.modified is not null or n = 0
                order by n""").param(SqlTime.now(clock)).query((rs, n) -> {
            var modified = rs.getTimestamp("modified");
            return new Part(rs.getInt("part"), modified == null ? null : modified.toInstant());
        }).list();
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Stamp> stamp(int part) {
        if (part < 1) {
            return Optional.empty();
        }
        Changes.Seen seen = changes.seen(part);
        Changes.Rows rows = changes.rows(part);
        if (rows.lastChange().isEmpty() && part > 1) {
            return Optional.empty();
        }
        Instant published = rows.lastChange().orElse(Instant.EPOCH);
        Instant lastModified = max(max(published, seen.at()), changes.started());
        return Optional.of(new Stamp("articles-%d-%s-%d-%d-%d-%d".formatted(part, changes.startedTag(), seen.count(),
                published.toEpochMilli(), rows.published(), rows.lastId()), lastModified));
    }

    @Override
    public List<SitemapEntry> entries(int part) {
        List<SitemapEntry> entries = new ArrayList<>();
        write(part, entries::add);
        return entries;
    }

    @Override
    public void write(int part, Consumer<SitemapEntry> sink) {
        streaming.sql("""
                select '/articles/' || slug as path, greatest(updated_at, published_at) as modified from article
                where id > ? and id <= ? and status = 'PUBLISHED' and published_at <= ? order by id""")
            .params((part - 1) * SIZE, part * SIZE, SqlTime.now(clock))
            .query(rs -> {
                sink.accept(SitemapEntry.read(rs));
            });
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * The committed story changes per file since the start, and each file's last
     * published change as the database says (kept in the reader cache).
     */
    @Component
    static class Changes {

        private final Instant started;

        private final String startedTag;

        private final Clock clock;

        private final JdbcClient jdbc;

        private final AtomicLong sequence = new AtomicLong();

        private final ConcurrentHashMap<Integer, Seen> seen = new ConcurrentHashMap<>();

        Changes(Clock clock, JdbcClient jdbc) {
            this.clock = clock;
            this.jdbc = jdbc;
            this.started = clock.instant();
            this.startedTag = Long.toString(System.currentTimeMillis(), 36);
        }

        /**
         * How many changes a file has seen, and when the last was.
         *
         * @param count a number that grows with every change to the file
         */
        record Seen(long count, Instant at) {
        }

        /**
         * A story's committed change: its file may list it differently now (also for a
         * story that left the site, which moves no date of a published story).
         */
        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
        public void on(StoryEvent change) {
            int part = (int) ((change.storyId() - 1) / SIZE) + 1;
            Instant now = clock.instant();
            seen.put(part, new Seen(sequence.incrementAndGet(), now));
        }

        public Seen seen(int part) {
            return seen.getOrDefault(part, new Seen(0, started));
        }

        /**
         * When this process started: every file may have changed since (the counts start
         * again), so no file is older.
         */
        public Instant started() {
            return started;
        }

        /**
         * Names this process in the files' tags (the counts start again at each start).
         */
        public String startedTag() {
            return startedTag;
        }

        /**
         * What the database says of a file's rows.
         *
         * @param lastChange the last change to a published story in it, empty when it has
         * none
         * @param published how many published stories it has
         * @param lastId the highest id in its range, of any story (a story written by
         * other means than the article module's services, e.g. SQL, still changes the
         * stamp)
         */
        record Rows(Optional<Instant> lastChange, long published, long lastId) {
        }

        /**
         * A file's rows as the database says (kept in the reader cache until a story
         * changes): one backward step of {@code article_sitemap_part_idx}, a count of its
         * entries (index only) and one step of the primary key.
         */
        @Cacheable(cacheNames = ReaderCache.NAME, keyGenerator = ReaderCache.KEYS, sync = true)
        @Transactional(readOnly = true)
        public Rows rows(int part) {
            CacheTags.add(CacheTags.SITEMAPS);
            return jdbc
                .sql("""
                        select (select max(greatest(a.updated_at, a.published_at)) from article a
                                where a.status = 'PUBLISHED' and (a.id - 1) / 50000 = :part and a.published_at <= :now) as last_change,
                               (select count(*) from article a where a.status = 'PUBLISHED' and (a.id - 1) / 50000 = :part) as published,
                               (select coalesce(max(a.id), 0) from article a where a.id > :from and a.id <= :to) as last_id""")
                .param("part", part - 1)
                .param("now", SqlTime.now(clock))
                .param("from", (part - 1) * SIZE)
                .param("to", part * SIZE)
                .query((rs, n) -> new Rows(
                        Optional.ofNullable(rs.getTimestamp("last_change")).map(Timestamp::toInstant),
                        rs.getLong("published"), rs.getLong("last_id")))
                .single();
        }

    }

}
