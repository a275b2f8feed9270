package news.dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import news.dateline.shared.PagesChanged;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The Lucene index of the published stories that this node searches: their words
 * ({@link FoldedEnglish}), their date, countries and people, sorted newest first so that
 * the latest matches of a search are the first ones found. A copy of what PostgreSQL
 * holds, kept on the node's disk ({@code dateline.search.index.directory}); deleting it
 * only makes the next start build it again.
 * <p>
 * <b>Up to date on every node.</b> Every write of a story records its transaction
 * ({@code article.written_by}, migration V30). The index remembers the oldest transaction
 * still running when it last looked ({@code pg_snapshot_xmin}); each time it looks again
 * it reads the stories written by that transaction or a later one: whatever committed
 * since, in whatever order, by whoever (an editor on another node, the import command, a
 * script). It looks before the next search when a change has committed on this node or
 * another node's was heard ({@code LISTEN}), and every {@code dateline.search.index.poll}
 * in the background for writers that tell no one.
 * <p>
 * <b>Ready or not.</b> A new index (or one of another database) is built from the
 * stories: as the node starts when the archive is small, in the background when it is
 * large (minutes at a million stories); until then {@link SearchService} searches with
 * PostgreSQL, as it does whenever the index cannot be used.
 */
@Component
public class SearchIndex implements SmartLifecycle {

    static final String ID = "id", PUBLISHED = "published", COUNTRY = "country", PERSON = "person",
            HEADLINE = "headline", STANDFIRST = "standfirst", BODY = "body";

    /** Newest first, as every search reads them. */
    static final Sort NEWEST_FIRST = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true),
            new SortField(ID, SortField.Type.LONG, true));

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private static final String MARK = "dateline.mark", ARCHIVE = "dateline.archive";

    private static final int BATCH = 1_000;

    /**
     * How long changes may wait in this node's memory before they are written to disk.
     */
    private static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);

    private static final String STORY_COLUMNS = """
            select a.id, a.written_by::text as written, a.status, a.published_at, a.headline, a.standfirst, a.body,
                   array(select ac.country_id from article_country ac where ac.article_id = a.id) as countries,
                   array(select ap.person_id from article_person ap where ap.article_id = a.id) as people
            from article a""";

    private final JdbcClient jdbc;

    private final SearchProperties.Index properties;

    private final Analyzer analyzer = new FoldedEnglish();

    /** Guards the writer and the mark: one catch-up at a time. */
    private final ReentrantLock writing = new ReentrantLock();

    /** Wakes the keeper. */
    private final Object signal = new Object();

    private Path temporary;

    private Directory directory;

    private IndexWriter writer;

    private volatile SearcherManager searchers;

    private String archive;

    /** The oldest transaction whose stories may not be in the index yet. */
    private long mark = -1;

    private long lastCommit = System.nanoTime();

    private boolean uncommitted;

    private volatile boolean ready;

    private volatile boolean running;

    /** A change committed on this node, or heard of, and not read yet. */
    private volatile boolean dirty;

    private boolean failing;

    /**
     * A build was begun in this process: what the writer holds is no longer its last
     * commit.
     */
    private boolean built;

    private Thread keeper;

    private final Names names;

    SearchIndex(JdbcClient jdbc, SearchProperties properties, Names names) {
        this.jdbc = jdbc;
        this.properties = properties.index();
        this.names = names;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Whether searches can use the index: built, and not closed. */
    public boolean ready() {
        return ready && running;
    }

    @Override
    public void start() {
        if (!properties.enabled() || running) {
            return;
        }
        try {
            open();
        }
        catch (IOException | UncheckedIOException e) {
            log.warn("No search index ({}): every search is PostgreSQL's", e.getMessage());
            close();
            return;
        }
        running = true;
        try {
            prepare(false);
        }
        catch (DataAccessException | UncheckedIOException e) {
            failing = true;
            log.warn("Search index not ready ({}): searched by PostgreSQL until it is", message(e));
        }
        keeper = Thread.ofPlatform().name("search-index").daemon(true).start(this::keep);
    }

    /**
     * Brings the index on disk up to date when it is this database's, else builds it
     * (now, or only if the archive is small).
     */
    private void prepare(boolean always) {
        archive = jdbc.sql("""
                select (select system_identifier from pg_control_system()) || '/' || d.oid || '/'
                       || 'article'::regclass::oid
                from pg_database d where d.datname = current_database()""").query(String.class).single();
        Map<String, String> committed = new HashMap<>();
        writer.getLiveCommitData().forEach(entry -> committed.put(entry.getKey(), entry.getValue()));
        long horizon = horizon();
        // not after a build of this process was cut off: the writer holds part of it
        boolean ours = !built && archive.equals(committed.get(ARCHIVE)) && committed.containsKey(MARK)
                && Long.parseLong(committed.get(MARK)) <= horizon;
        if (ours) {
            mark = Long.parseLong(committed.get(MARK));
            catchUp();
            ready = true;
            log.info("Search index at {}: {} stories, brought up to date", where(), searchable());
        }
        else if (always || published() <= properties.foregroundUpTo()) {
            build();
        }
    }

    /**
     * A change committed (here) or was heard of (another node's): the stories it wrote
     * are read before this node's next search.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(PagesChanged change) {
        dirty = true;
    }

    /** Reads the changes not read yet, if a change was committed or heard of since. */
    void catchUpIfChanged() {
        // not when the index is being brought up to date already (by the keeper, or
        // another search): the search is not held up, and it holds a connection the
        // other may need
        if (dirty && writing.tryLock()) {
            try {
                catchUp();
            }
            finally {
                writing.unlock();
            }
        }
    }

    /**
     * Reads every story written since the index last looked: those published are indexed
     * again, the others taken out. Searches then see them.
     */
    public void catchUp() {
        writing.lock();
        try {
            if (writer == null || mark < 0) {
                return;
            }
            dirty = false;
            // In one statement with each batch, so that the horizon is that of the
            // snapshot the batch was read in: the first batch's is the new mark. The
            // stories are read in the order of the index on (written_by, id), from the
            // mark, a batch at a time.
            long horizon = -1;
            int read = 0;
            String afterXid = null;
            long afterId = 0;
            while (true) {
                List<Story> stories = new ArrayList<>();
                long[] seen = { -1 };
                String from = afterXid == null ? "a.written_by >= cast(:mark as xid8)"
                        : "(a.written_by, a.id) > (cast(:xid as xid8), :id)";
                jdbc.sql(
                        "select h.horizon, s.* from (select pg_snapshot_xmin(pg_current_snapshot())::text as horizon) h "
                                + "left join lateral (" + STORY_COLUMNS + " where a.written_by is not null and " + from
                                + " order by a.written_by, a.id limit :batch) s on true")
                    .param("mark", Long.toString(mark))
                    .param("xid", afterXid)
                    .param("id", afterId)
                    .param("batch", BATCH)
                    .query(rs -> {
                        seen[0] = Long.parseLong(rs.getString("horizon"));
                        if (rs.getObject("id") != null) {
                            stories.add(story(rs, 0));
                        }
                    });
                if (horizon < 0) {
                    horizon = seen[0];
                }
                for (Story story : stories) {
                    write(story);
                }
                read += stories.size();
                if (stories.size() < BATCH) {
                    break;
                }
                afterXid = stories.getLast().written();
                afterId = stories.getLast().id();
            }
            mark = horizon;
            if (read > 0) {
                // people, countries or events may have come with them (the import
                // command)
                names.changed();
                uncommitted = true;
                refresh();
            }
        }
        finally {
            writing.unlock();
        }
    }

    /** Writes what the index holds to disk, with the mark it is up to date to. */
    void commit() {
        writing.lock();
        try {
            if (writer == null || mark < 0) {
                return;
            }
            try {
                writer.setLiveCommitData(Map.of(ARCHIVE, archive, MARK, Long.toString(mark)).entrySet());
                writer.commit();
                uncommitted = false;
                lastCommit = System.nanoTime();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        finally {
            writing.unlock();
        }
    }

    /** A searcher of the latest state; give it back with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /** How many stories the index holds (published, whatever their date). */
    public int searchable() {
        try {
            IndexSearcher searcher = acquire();
            try {
                return searcher.getIndexReader().numDocs();
            }
            finally {
                release(searcher);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        running = false;
        synchronized (signal) {
            signal.notifyAll();
        }
        if (keeper != null) {
            try {
                keeper.join(TimeUnit.SECONDS.toMillis(10));
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writing.lock();
        try {
            if (ready && uncommitted) {
                try {
                    commit();
                }
                catch (RuntimeException e) {
                    log.warn("Search index not written to disk at stop ({}): brought up to date at the next start",
                            e.getMessage());
                }
            }
            close();
        }
        finally {
            writing.unlock();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Builds the index from every published story if it was not, then looks for stories
     * written elsewhere every {@code poll} (never when it is zero, as in the tests, whose
     * statements are counted: a change of this node or heard from another is read before
     * the next search all the same), and writes the index to disk every 30 seconds.
     */
    private void keep() {
        boolean polling = !properties.poll().isZero() && !properties.poll().isNegative();
        while (running) {
            try {
                if (!ready) {
                    prepare(true);
                }
                else {
                    if (polling) {
                        catchUp();
                    }
                    if (uncommitted && System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
                        commit();
                    }
                }
                if (failing) {
                    failing = false;
                    log.info("Search index brought up to date again");
                }
            }
            catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!failing) {
                    failing = true;
                    log.warn("Search index not brought up to date ({}): trying again every {}", message(e),
                            properties.poll());
                }
            }
            synchronized (signal) {
                if (running) {
                    try {
                        signal.wait(polling ? properties.poll().toMillis()
                                : TimeUnit.NANOSECONDS.toMillis(COMMIT_EVERY_NANOS));
                    }
                    catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    private void build() {
        long started = System.nanoTime();
        long horizon = horizon();
        built = true;
        writing.lock();
        try {
            try {
                writer.deleteAll();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        finally {
            writing.unlock();
        }
        long after = 0;
        int count = 0;
        while (running) {
            List<Story> stories = jdbc
                .sql(STORY_COLUMNS + " where a.status = 'PUBLISHED' and a.id > :after order by a.id limit :batch")
                .param("after", after)
                .param("batch", BATCH)
                .query(SearchIndex::story)
                .list();
            writing.lock();
            try {
                for (Story story : stories) {
                    write(story);
                }
            }
            finally {
                writing.unlock();
            }
            count += stories.size();
            if (stories.size() < BATCH) {
                break;
            }
            after = stories.getLast().id();
        }
        if (!running) {
            return;
        }
        writing.lock();
        try {
            mark = horizon;
            refresh();
            commit();
        }
        finally {
            writing.unlock();
        }
        // what was written while the index was built
        catchUp();
        ready = true;
        log.info("Search index built at {}: {} stories in {} s", where(), count,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    private void write(Story story) {
        Term id = new Term(ID, Long.toString(story.id()));
        try {
            if (!"PUBLISHED".equals(story.status())) {
                writer.deleteDocuments(id);
                return;
            }
            Document doc = new Document();
            doc.add(new StringField(ID, id.text(), Field.Store.NO));
            doc.add(new NumericDocValuesField(ID, story.id()));
            doc.add(new LongPoint(PUBLISHED, story.published()));
            doc.add(new NumericDocValuesField(PUBLISHED, story.published()));
            for (long country : story.countries()) {
                doc.add(new StringField(COUNTRY, Long.toString(country), Field.Store.NO));
            }
            for (long person : story.people()) {
                doc.add(new StringField(PERSON, Long.toString(person), Field.Store.NO));
            }
            doc.add(new TextField(HEADLINE, story.headline(), Field.Store.NO));
            if (story.standfirst() != null) {
                doc.add(new TextField(STANDFIRST, story.standfirst(), Field.Store.NO));
            }
            doc.add(new TextField(BODY, story.body(), Field.Store.NO));
            writer.updateDocument(id, doc);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The oldest transaction still running: every later one's stories are unread. */
    private long horizon() {
        return Long
            .parseLong(jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).single());
    }

    private long published() {
        return jdbc.sql("select count(*) from article where status = 'PUBLISHED'").query(Long.class).single();
    }

    private void open() throws IOException {
        Path configured = properties.directory();
        Path path = properties.temporary() ? null : configured.toAbsolutePath();
        if (path != null) {
            try {
                Files.createDirectories(path);
                openAt(path);
                return;
            }
            catch (LockObtainFailedException e) {
                log.warn("The search index at {} is another process's: this one keeps its own, temporary one", path);
            }
        }
        temporary = Files.createTempDirectory("dateline-search-");
        openAt(temporary);
    }

    private void openAt(Path path) throws IOException {
        Directory opened = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setIndexSort(NEWEST_FIRST)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(32)
            .setCommitOnClose(false);
        try {
            writer = new IndexWriter(opened, config);
        }
        catch (IOException | IllegalArgumentException e) {
            if (e instanceof LockObtainFailedException locked) {
                opened.close();
                throw locked;
            }
            // an index of another version or sort: built again
            log.warn("The search index at {} cannot be read ({}): building it again", path, e.getMessage());
            config = new IndexWriterConfig(analyzer).setIndexSort(NEWEST_FIRST)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(32)
                .setCommitOnClose(false);
            writer = new IndexWriter(opened, config);
        }
        directory = opened;
        searchers = new SearcherManager(writer, null);
    }

    private String where() {
        return temporary != null ? temporary + " (temporary)" : String.valueOf(properties.directory());
    }

    private void close() {
        ready = false;
        running = false;
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.rollback();
            }
            if (directory != null) {
                directory.close();
            }
        }
        catch (IOException e) {
            log.warn("Search index not closed cleanly: {}", e.getMessage());
        }
        writer = null;
        directory = null;
        if (temporary != null) {
            try (Stream<Path> files = Files.walk(temporary)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
            catch (IOException e) {
                log.warn("Temporary search index {} not deleted: {}", temporary, e.getMessage());
            }
            temporary = null;
        }
    }

    private static String message(RuntimeException e) {
        return e instanceof DataAccessException data ? data.getMostSpecificCause().getMessage() : e.getMessage();
    }

    private static Story story(ResultSet rs, int row) throws SQLException {
        Instant published = rs.getTimestamp("published_at").toInstant();
        return new Story(rs.getLong("id"), rs.getString("written"), rs.getString("status"), micros(published),
                rs.getString("headline"), rs.getString("standfirst"), rs.getString("body"),
                longs(rs.getArray("countries")), longs(rs.getArray("people")));
    }

    static long micros(Instant instant) {
        return TimeUnit.SECONDS.toMicros(instant.getEpochSecond()) + instant.getNano() / 1_000;
    }

    private static List<Long> longs(java.sql.Array array) throws SQLException {
        List<Long> values = new ArrayList<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                values.add(((Number) value).longValue());
            }
        }
        return values;
    }

    private record Story(long id, String written, String status, long published, String headline, String standfirst,
            String body, List<Long> countries, List<Long> people) {
    }

}
