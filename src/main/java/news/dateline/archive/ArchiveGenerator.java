package news.dateline.archive;

import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import javax.sql.DataSource;
import news.dateline.article.ContentHash;
import news.dateline.shared.Slugs;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

/**
 * Fills a database with a generated archive (see {@link Cast} and {@link Prose}),
 * deterministic for a seed and an end date. The small graph (countries, agencies, people,
 * events) goes in with ordinary statements that leave what is already there; the stories
 * and their links go in with COPY, in one transaction: into an empty archive with the
 * secondary indexes dropped and built again at the end (much faster than keeping them up
 * to date row by row), and frozen, so that the first readers do not rewrite every page to
 * set hint bits. Then ANALYZE, so the planner knows the new sizes.
 */
@Component
public class ArchiveGenerator {

    /** What to generate: {@code stories} ending at {@code until} (15 years of them). */
    public record Settings(int stories, long seed, LocalDate until, boolean append) {
    }

    /** What was generated, for the final summary. */
    public record Summary(int stories, int published, int drafts, int scheduled, int deleted, int redirects,
            long countryLinks, long personLinks, long eventLinks, int people, int events, int countries,
            Duration took) {
    }

    /** The database already holds stories and {@code append} was not asked for. */
    public static final class NotEmpty extends RuntimeException {

        NotEmpty(long stories) {
            super("The database already has " + stories + " stories: generate fills an empty archive "
                    + "(add --append to add the generated stories to these)");
        }

    }

    /** Attempts at a distinct text before a story gets a file number of its own. */
    static final int RETRIES_BEFORE_FILE_NUMBER = 3;

    static final int YEARS = 15;

    private static final int CHUNK = 5_000;

    private static final List<String> LOADED_TABLES = List.of("article", "article_country", "article_person",
            "article_event", "article_slug_redirect");

    private static final String ARTICLE_COLUMNS = "id, slug, headline, standfirst, body, photo_caption, agency_id, dateline, "
            + "language, published_at, published_precision, published_offset, updated_at, created_at, status, content_hash, "
            + "version, deleted_at, updated_by";

    private final DataSource dataSource;

    ArchiveGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many stories the database holds. */
    public long existingStories() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from article")) {
            rs.next();
            return rs.getLong(1);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot count the stories: " + e.getMessage(), e);
        }
    }

    /** Generates the archive; {@code progress} gets a line now and then. */
    public Summary generate(Settings settings, Consumer<String> progress) throws SQLException {
        long started = System.nanoTime();
        LocalDate from = settings.until().minusYears(YEARS);
        int peopleCount = Math.clamp(settings.stories() / 20, 60, 500);
        int eventCount = Math.clamp(settings.stories() / 250, 40, 4_000);
        Cast cast = Cast.of(settings.seed(), peopleCount, eventCount, from, settings.until());
        try (Connection connection = dataSource.getConnection()) {
            Ids ids;
            long existing;
            long firstId;
            connection.setAutoCommit(false);
            try {
                existing = count(connection, "select count(*) from article");
                if (existing > 0 && !settings.append()) {
                    throw new NotEmpty(existing);
                }
                ids = loadCast(connection, cast);
                firstId = count(connection, "select nextval(pg_get_serial_sequence('article', 'id'))");
                if (settings.stories() > 1) {
                    count(connection, "select setval(pg_get_serial_sequence('article', 'id'), "
                            + (firstId + settings.stories() - 1) + ")");
                }
                connection.commit();
            }
            catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            finally {
                connection.setAutoCommit(true);
            }
            progress.accept("cast: %d countries, %d people, %d events".formatted(cast.countries.size(),
                    cast.people.size(), cast.events.size()));
            List<String> indexes = existing == 0 ? dropSecondaryIndexes(connection) : List.of();
            Summary summary;
            try {
                summary = loadStories(cast, ids, settings, existing, firstId, progress, started);
            }
            finally {
                if (!indexes.isEmpty()) {
                    progress.accept("building %d indexes".formatted(indexes.size()));
                    buildIndexes(indexes);
                }
            }
            progress.accept("pairs of countries");
            // the trigger that keeps article_pair is an ordinary one, off while loading
            execute(connection, """
                    insert into article_pair (article_id, country_a, country_b, published_at, status)
                    select x.article_id, x.country_id, y.country_id, x.published_at, x.status
                    from article_country x
                    join article_country y on y.article_id = x.article_id and y.country_id > x.country_id
                    where x.article_id >= %d and x.mentions >= 3 and y.mentions >= 3
                    on conflict do nothing""".formatted(firstId));
            progress.accept("vacuum analyze");
            execute(connection, "vacuum analyze " + String.join(", ", LOADED_TABLES)
                    + ", article_pair, person, person_alias, event, event_country, event_person, country, agency");
            return new Summary(summary.stories(), summary.published(), summary.drafts(), summary.scheduled(),
                    summary.deleted(), summary.redirects(), summary.countryLinks(), summary.personLinks(),
                    summary.eventLinks(), summary.people(), summary.events(), summary.countries(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * A connection set up for loading: no synchronous commit, large sorts, no triggers if
     * allowed (superuser).
     */
    private Connection loadingConnection() throws SQLException {
        Connection connection = dataSource.getConnection();
        tryExecute(connection, "set session_replication_role = replica");
        execute(connection, "set synchronous_commit = off");
        execute(connection, "set maintenance_work_mem = '512MB'");
        return connection;
    }

    private static void resetSession(Connection connection) {
        tryExecute(connection, "reset session_replication_role");
        tryExecute(connection, "reset synchronous_commit");
        tryExecute(connection, "reset maintenance_work_mem");
    }

    /**
     * Builds the indexes again on two connections: the full-text index alone on one, the
     * others on the other.
     */
    private void buildIndexes(List<String> statements) throws SQLException {
        List<List<String>> halves = List.of(new ArrayList<>(), new ArrayList<>());
        for (String statement : statements) {
            halves.get(statement.contains("search_vector") || halves.get(0).isEmpty() ? 0 : 1).add(statement);
        }
        runInParallel(halves.stream().filter(h -> !h.isEmpty()).map(half -> (SqlWork) () -> {
            try (Connection connection = loadingConnection()) {
                for (String statement : half) {
                    execute(connection, statement);
                }
                resetSession(connection);
            }
        }).toList());
    }

    @FunctionalInterface
    private interface SqlWork {

        void run() throws SQLException;

    }

    private static void runInParallel(List<SqlWork> works) throws SQLException {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (SqlWork work : works) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    work.run();
                }
                catch (SQLException | RuntimeException e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (!failures.isEmpty()) {
            Throwable first = failures.getFirst();
            if (first instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(first.getMessage(), first);
        }
    }

    /** Database ids of the cast, by position in its lists. */
    private record Ids(long[] countries, long[] agencies, long[] people, long[] events) {
    }

    private Ids loadCast(Connection connection, Cast cast) throws SQLException {
        List<Cast.Country> countries = cast.countries;
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into country (code, name, slug) select * from unnest(?::text[], ?::text[], ?::text[])
                on conflict do nothing""")) {
            insert.setArray(1, texts(connection, countries.stream().map(Cast.Country::code).toList()));
            insert.setArray(2, texts(connection, countries.stream().map(Cast.Country::name).toList()));
            insert.setArray(3, texts(connection, countries.stream().map(Cast.Country::slug).toList()));
            insert.executeUpdate();
        }
        long[] countryIds = ids(connection, "select code, id from country where code = any(?)",
                countries.stream().map(Cast.Country::code).toList());
        List<Cast.Agency> agencies = Cast.AGENCIES;
        try (PreparedStatement insert = connection.prepareStatement(
                """
                        insert into agency (slug, name, full_name, website) select * from unnest(?::text[], ?::text[], ?::text[], ?::text[])
                        on conflict do nothing""")) {
            insert.setArray(1, texts(connection, agencies.stream().map(a -> Slugs.of(a.name())).toList()));
            insert.setArray(2, texts(connection, agencies.stream().map(Cast.Agency::name).toList()));
            insert.setArray(3, texts(connection, agencies.stream().map(Cast.Agency::fullName).toList()));
            insert.setArray(4, texts(connection, agencies.stream().map(Cast.Agency::website).toList()));
            insert.executeUpdate();
        }
        long[] agencyIds = ids(connection, "select name, id from agency where name = any(?)",
                agencies.stream().map(Cast.Agency::name).toList());
        List<Cast.Person> people = cast.people;
        try (PreparedStatement insert = connection.prepareStatement(
                """
                        merge into person p
                        using unnest(?::text[], ?::text[], ?::text[], ?::bigint[]) as s(slug, name, role, country_id) on p.slug = s.slug
                        when not matched then insert (slug, name, role, country_id) values (s.slug, s.name, s.role, s.country_id)""")) {
            insert.setArray(1, texts(connection, people.stream().map(Cast.Person::slug).toList()));
            insert.setArray(2, texts(connection, people.stream().map(Cast.Person::name).toList()));
            insert.setArray(3, texts(connection, people.stream().map(Cast.Person::role).toList()));
            insert.setArray(4,
                    connection.createArrayOf("bigint", people.stream().map(p -> countryIds[p.country()]).toArray()));
            insert.executeUpdate();
        }
        long[] personIds = ids(connection, "select slug, id from person where slug = any(?)",
                people.stream().map(Cast.Person::slug).toList());
        List<Long> aliasOwners = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            if (people.get(p).alias() != null) {
                aliasOwners.add(personIds[p]);
                aliases.add(people.get(p).alias());
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                merge into person_alias a using unnest(?::bigint[], ?::text[]) as s(person_id, alias)
                on a.person_id = s.person_id and a.alias = s.alias
                when not matched then insert (person_id, alias) values (s.person_id, s.alias)""")) {
            insert.setArray(1, connection.createArrayOf("bigint", aliasOwners.toArray()));
            insert.setArray(2, texts(connection, aliases));
            insert.executeUpdate();
        }
        List<Cast.Event> events = cast.events;
        try (PreparedStatement insert = connection.prepareStatement(
                """
                        merge into event e
                        using unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::text[], ?::date[], ?::text[])
                              as s(slug, title, kind, summary, start_date, date_precision, end_date, place) on e.slug = s.slug
                        when not matched then insert (slug, title, kind, summary, start_date, date_precision, end_date, place)
                             values (s.slug, s.title, s.kind, s.summary, s.start_date, s.date_precision, s.end_date, s.place)""")) {
            insert.setArray(1, texts(connection, events.stream().map(Cast.Event::slug).toList()));
            insert.setArray(2, texts(connection, events.stream().map(Cast.Event::title).toList()));
            insert.setArray(3, texts(connection, events.stream().map(Cast.Event::kind).toList()));
            insert.setArray(4, texts(connection, events.stream().map(Cast.Event::summary).toList()));
            insert.setArray(5, connection.createArrayOf("date",
                    events.stream().map(e -> java.sql.Date.valueOf(e.start())).toArray()));
            insert.setArray(6, texts(connection, events.stream().map(Cast.Event::precision).toList()));
            insert.setArray(7, connection.createArrayOf("date",
                    events.stream().map(e -> e.end() == null ? null : java.sql.Date.valueOf(e.end())).toArray()));
            insert.setArray(8, texts(connection, events.stream().map(Cast.Event::place).toList()));
            insert.executeUpdate();
        }
        long[] eventIds = ids(connection, "select slug, id from event where slug = any(?)",
                events.stream().map(Cast.Event::slug).toList());
        List<Long> ecEvents = new ArrayList<>();
        List<Long> ecCountries = new ArrayList<>();
        List<Long> epEvents = new ArrayList<>();
        List<Long> epPeople = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            for (int c : events.get(e).countries()) {
                ecEvents.add(eventIds[e]);
                ecCountries.add(countryIds[c]);
            }
            for (int p : events.get(e).people()) {
                epEvents.add(eventIds[e]);
                epPeople.add(personIds[p]);
            }
        }
        pairs(connection,
                "merge into event_country x using unnest(?::bigint[], ?::bigint[]) as s(event_id, country_id) "
                        + "on x.event_id = s.event_id and x.country_id = s.country_id "
                        + "when not matched then insert (event_id, country_id) values (s.event_id, s.country_id)",
                ecEvents, ecCountries);
        pairs(connection,
                "merge into event_person x using unnest(?::bigint[], ?::bigint[]) as s(event_id, person_id) "
                        + "on x.event_id = s.event_id and x.person_id = s.person_id "
                        + "when not matched then insert (event_id, person_id) values (s.event_id, s.person_id)",
                epEvents, epPeople);
        return new Ids(countryIds, agencyIds, personIds, eventIds);
    }

    private static void pairs(Connection connection, String sql, List<Long> a, List<Long> b) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setArray(1, connection.createArrayOf("bigint", a.toArray()));
            insert.setArray(2, connection.createArrayOf("bigint", b.toArray()));
            insert.executeUpdate();
        }
    }

    private static Array texts(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    /**
     * The ids for these keys, in their order; the query takes the keys as an array and
     * returns (key, id).
     */
    private static long[] ids(Connection connection, String sql, List<String> keys) throws SQLException {
        Map<String, Long> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, texts(connection, keys));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        long[] ids = new long[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            Long id = found.get(keys.get(i));
            if (id == null) {
                throw new IllegalStateException("not in the database after its insert: " + keys.get(i));
            }
            ids[i] = id;
        }
        return ids;
    }

    /**
     * Non-unique indexes of the loaded tables, dropped (when the database lets us);
     * returns the statements that build them again. Building an index once over a million
     * rows is far faster than updating it a million times.
     */
    private static List<String> dropSecondaryIndexes(Connection connection) throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i
                where i.indrelid = any(select unnest(?::text[])::regclass) and not i.indisunique and not i.indisprimary
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                order by i.indrelid, i.indexrelid""")) {
            query.setArray(1, texts(connection, LOADED_TABLES));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    indexes.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        connection.setAutoCommit(false);
        try {
            for (String name : indexes.keySet()) {
                execute(connection, "drop index " + name);
            }
            connection.commit();
            return new ArrayList<>(indexes.values());
        }
        catch (SQLException e) {
            connection.rollback();
            return List.of();
        }
        finally {
            connection.setAutoCommit(true);
        }
    }

    /** One chunk of stories as COPY rows for each table. */
    private record Chunk(int size, CopyRows articles, CopyRows countries, CopyRows people, CopyRows events,
            CopyRows redirects, int[] statuses, int redirectCount) {
    }

    /**
     * Number of connections that COPY at once: PostgreSQL computes each story's search
     * vector on its own core.
     */
    private static final int LOADERS = 2;

    private Summary loadStories(Cast cast, Ids ids, Settings settings, long existing, long firstId,
            Consumer<String> progress, long started) throws SQLException {
        int n = settings.stories();
        StoryMaker maker = new StoryMaker(cast, ids, settings, existing, firstId);
        if (existing > 0) {
            try (Connection connection = dataSource.getConnection()) {
                maker.reserve(connection);
            }
        }
        BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(LOADERS + 1);
        Object end = new Object();
        java.util.concurrent.atomic.AtomicReference<Throwable> generationFailure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread producer = Thread.ofPlatform().name("archive-generator").daemon().start(() -> {
            try {
                for (int start = 0; start < n; start += CHUNK) {
                    chunks.put(maker.chunk(start, Math.min(n, start + CHUNK)));
                }
                for (int i = 0; i < LOADERS; i++) {
                    chunks.put(end);
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            catch (RuntimeException | Error e) {
                generationFailure.set(e);
            }
        });
        int[] statuses = new int[4];
        int[] redirects = new int[1];
        long[] links = new long[3];
        int[] done = new int[1];
        long[] lastReport = { System.nanoTime() };
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CountDownLatch allLoaded = new java.util.concurrent.CountDownLatch(LOADERS);
        List<SqlWork> loaders = new ArrayList<>();
        for (int l = 0; l < LOADERS; l++) {
            loaders.add(() -> {
                try (Connection connection = loadingConnection()) {
                    connection.setAutoCommit(false);
                    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                    try {
                        while (true) {
                            Object next = chunks.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                            Throwable failure = generationFailure.get();
                            if (failure != null) {
                                throw new IllegalStateException("generating stories failed: " + failure, failure);
                            }
                            if (next == null) {
                                continue;
                            }
                            if (next == end) {
                                break;
                            }
                            if (failed.get()) {
                                break;
                            }
                            Chunk chunk = (Chunk) next;
                            copyIn(copy, "copy article (" + ARTICLE_COLUMNS + ") from stdin", chunk.articles());
                            copyIn(copy, "copy article_country (article_id, country_id, mentions) from stdin",
                                    chunk.countries());
                            copyIn(copy, "copy article_person (article_id, person_id, mentions) from stdin",
                                    chunk.people());
                            copyIn(copy, "copy article_event (article_id, event_id) from stdin", chunk.events());
                            copyIn(copy, "copy article_slug_redirect (old_slug, article_id) from stdin",
                                    chunk.redirects());
                            synchronized (statuses) {
                                for (int s = 0; s < 4; s++) {
                                    statuses[s] += chunk.statuses()[s];
                                }
                                redirects[0] += chunk.redirectCount();
                                links[0] += chunk.countries().rows();
                                links[1] += chunk.people().rows();
                                links[2] += chunk.events().rows();
                                done[0] += chunk.size();
                                if (done[0] == n || System.nanoTime() - lastReport[0] > 5_000_000_000L) {
                                    lastReport[0] = System.nanoTime();
                                    double seconds = (lastReport[0] - started) / 1e9;
                                    progress.accept("%,d / %,d stories (%d%%), %.0f s, %,.0f stories/s"
                                        .formatted(done[0], n, (int) (100L * done[0] / n), seconds, done[0] / seconds));
                                }
                            }
                        }
                        // every loader commits only once all have loaded their share: all
                        // or (almost) nothing
                        allLoaded.countDown();
                        allLoaded.await();
                        if (failed.get()) {
                            connection.rollback();
                        }
                        else {
                            connection.commit();
                        }
                    }
                    catch (SQLException | RuntimeException e) {
                        failed.set(true);
                        allLoaded.countDown();
                        connection.rollback();
                        throw e;
                    }
                    catch (InterruptedException e) {
                        failed.set(true);
                        connection.rollback();
                        throw new IllegalStateException("interrupted", e);
                    }
                    finally {
                        connection.setAutoCommit(true);
                        resetSession(connection);
                    }
                }
            });
        }
        try {
            runInParallel(loaders);
        }
        finally {
            producer.interrupt();
        }
        return new Summary(n, statuses[0], statuses[1], statuses[2], statuses[3], redirects[0], links[0], links[1],
                links[2], cast.people.size(), cast.events.size(), cast.countries.size(), Duration.ZERO);
    }

    private static void copyIn(CopyManager copy, String sql, CopyRows rows) throws SQLException {
        if (rows.rows() == 0) {
            return;
        }
        try {
            copy.copyIn(sql, new StringReader(rows.text()), 1 << 16);
        }
        catch (java.io.IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }

    /**
     * Makes the stories, in order: slugs and content hashes are kept unique across the
     * run.
     */
    private static final class StoryMaker {

        private static final String[] STATUS = { "PUBLISHED", "DRAFT", "SCHEDULED", "DELETED" };

        private final Cast cast;

        private final Ids ids;

        private final Settings settings;

        private final long salt;

        private final long firstId;

        private final Instant from;

        private final Instant until;

        private final long spanSeconds;

        private final long[] eventDays;

        private final Set<String> slugs = new HashSet<>();

        private final Map<String, Integer> nextSuffix = new HashMap<>();

        private final Set<Long> hashes = new HashSet<>();

        StoryMaker(Cast cast, Ids ids, Settings settings, long existing, long firstId) {
            this.cast = cast;
            this.ids = ids;
            this.settings = settings;
            this.salt = existing;
            this.firstId = firstId;
            this.until = settings.until().atStartOfDay(ZoneOffset.UTC).toInstant();
            this.from = settings.until().minusYears(YEARS).atStartOfDay(ZoneOffset.UTC).toInstant();
            this.spanSeconds = Duration.between(from, until).toSeconds();
            this.eventDays = cast.events.stream().mapToLong(e -> e.start().toEpochDay()).toArray();
        }

        /** Slugs and content hashes already taken, when appending. */
        void reserve(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(10_000);
                try (ResultSet rs = statement
                    .executeQuery("select slug from article union all select old_slug from article_slug_redirect")) {
                    while (rs.next()) {
                        slugs.add(rs.getString(1));
                    }
                }
                try (ResultSet rs = statement.executeQuery("select content_hash from article")) {
                    while (rs.next()) {
                        hashes.add(prefix(rs.getString(1)));
                    }
                }
            }
        }

        Chunk chunk(int start, int end) {
            int size = end - start;
            CopyRows articles = new CopyRows(size * 2_600);
            CopyRows countries = new CopyRows(size * 40);
            CopyRows people = new CopyRows(size * 30);
            CopyRows events = new CopyRows(size * 10);
            CopyRows redirects = new CopyRows(size);
            int[] statuses = new int[4];
            int redirectCount = 0;
            for (int i = start; i < end; i++) {
                try {
                    redirectCount += story(i, articles, countries, people, events, redirects, statuses);
                }
                catch (RuntimeException e) {
                    throw new IllegalStateException("story " + i + ": " + e, e);
                }
            }
            return new Chunk(size, articles, countries, people, events, redirects, statuses, redirectCount);
        }

        private int story(int index, CopyRows articles, CopyRows countryRows, CopyRows personRows, CopyRows eventRows,
                CopyRows redirectRows, int[] statuses) {
            long id = firstId + index;
            for (int attempt = 0;; attempt++) {
                SplittableRandom random = new SplittableRandom(mix(settings.seed(), salt, index, attempt));
                double u = (index + random.nextDouble()) / settings.stories();
                Instant at = from.plusSeconds((long) (Math.pow(u, 0.8) * spanSeconds)).truncatedTo(ChronoUnit.MINUTES);
                int agency = random.nextInt(100) < 4 ? -1 : cast.agency(random);
                List<Integer> storyEvents = events(random, at);
                List<Integer> storyCountries = countries(random, storyEvents);
                List<Integer> storyPeople = people(random, storyEvents, storyCountries.getFirst());
                LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
                Prose.Text text = Prose.write(random,
                        new Prose.Subject(storyPeople.stream().map(cast.people::get).toList(),
                                storyCountries.stream().map(cast.countries::get).toList(),
                                storyEvents.isEmpty() ? null : cast.events.get(storyEvents.getFirst()),
                                agency < 0 ? null : Cast.AGENCIES.get(agency).name(), day.getYear(),
                                day.getDayOfWeek().ordinal()));
                if (attempt >= RETRIES_BEFORE_FILE_NUMBER) {
                    // Some subjects leave the prose too little room to differ (seen at
                    // ~535,000 stories:
                    // every retry wrote the same text and the generator never got past
                    // that story). An
                    // agency's file number, unique per story, makes the copy distinct, as
                    // real wire copy is.
                    text = new Prose.Text(text.headline(), text.standfirst(),
                            text.body() + "\n\nFile number " + id + "-" + attempt + ".", text.photoCaption(),
                            text.earlierHeadline());
                }
                String hash = ContentHash.of(text.headline(), text.body());
                if (!hashes.add(prefix(hash))) {
                    continue;
                }
                int roll = random.nextInt(1000);
                int status = roll < 5 ? 3 : roll < 15 ? 1 : roll < 17 ? 2 : 0;
                boolean day_ = random.nextInt(100) < 8;
                Instant published = status == 2 ? until.plus(1 + random.nextInt(14 * 24 * 60), ChronoUnit.MINUTES) : at;
                String offset;
                if (day_ && status != 2) {
                    published = published.truncatedTo(ChronoUnit.DAYS);
                    offset = null;
                }
                else {
                    offset = agency < 0 ? "+00:00" : Cast.AGENCIES.get(agency).offset();
                }
                Instant created = (status == 2 ? until : published).minus(5 + random.nextInt(120), ChronoUnit.MINUTES);
                Instant updated = published;
                if (status == 0 && random.nextInt(100) < 5) {
                    updated = min(published.plus(10 + random.nextInt(3 * 24 * 60), ChronoUnit.MINUTES), until);
                }
                Instant deleted = null;
                if (status == 3) {
                    deleted = min(published.plus(1 + random.nextInt(30 * 24), ChronoUnit.HOURS), until);
                    updated = deleted;
                }
                String dateline = random.nextInt(100) < 85 ? cast.countries.get(storyCountries.getFirst()).capital()
                        : null;
                String slug = freeSlug(Slugs.of(text.headline()));
                boolean renamed = status == 0 && random.nextInt(100) < 2;
                articles.add(id)
                    .add(slug)
                    .add(text.headline())
                    .add(text.standfirst())
                    .add(text.body())
                    .add(text.photoCaption())
                    .add(agency < 0 ? null : ids.agencies()[agency])
                    .add(dateline)
                    .add("en")
                    .add(published)
                    .add(day_ && status != 2 ? "DAY" : "MINUTE")
                    .add(offset)
                    .add(updated)
                    .add(created)
                    .add(STATUS[status])
                    .add(hash)
                    .add(0)
                    .add(deleted)
                    .add(status == 3 || !updated.equals(published) ? "archive" : null);
                articles.end();
                for (int k = 0; k < storyCountries.size(); k++) {
                    int mentions = k == 0 ? 3 + random.nextInt(7)
                            : k == 1 ? 1 + random.nextInt(5) : 1 + random.nextInt(2);
                    countryRows.add(id).add(ids.countries()[storyCountries.get(k)]).add(mentions);
                    countryRows.end();
                }
                for (int k = 0; k < storyPeople.size(); k++) {
                    int mentions = k == 0 ? 2 + random.nextInt(5) : 1 + random.nextInt(3);
                    personRows.add(id).add(ids.people()[storyPeople.get(k)]).add(mentions);
                    personRows.end();
                }
                for (int event : storyEvents) {
                    eventRows.add(id).add(ids.events()[event]);
                    eventRows.end();
                }
                statuses[status]++;
                if (renamed) {
                    String old = freeSlug(Slugs.of(text.earlierHeadline()) + "-" + (1 + random.nextInt(9)));
                    redirectRows.add(old).add(id);
                    redirectRows.end();
                    return 1;
                }
                return 0;
            }
        }

        /** 0 to 2 events of the days around the story, the bigger ones more often. */
        private List<Integer> events(SplittableRandom random, Instant at) {
            int roll = random.nextInt(100);
            int wanted = roll < 60 ? 0 : roll < 92 ? 1 : 2;
            List<Integer> chosen = new ArrayList<>(2);
            if (wanted == 0 || eventDays.length == 0) {
                return chosen;
            }
            long day = at.getEpochSecond() / 86_400;
            // the days around the story; wider in a small archive, whose few events are
            // far apart
            long before = Math.max(20, 3 * YEARS * 365L / eventDays.length);
            int lo = lowerBound(day - before);
            int hi = lowerBound(day + 3);
            double total = 0;
            for (int e = lo; e < hi; e++) {
                total += cast.events.get(e).weight();
            }
            for (int k = 0; k < wanted && total > 0; k++) {
                double target = random.nextDouble() * total;
                for (int e = lo; e < hi; e++) {
                    target -= cast.events.get(e).weight();
                    if (target <= 0) {
                        if (!chosen.contains(e)) {
                            chosen.add(e);
                        }
                        break;
                    }
                }
            }
            return chosen;
        }

        private int lowerBound(long day) {
            int lo = 0;
            int hi = eventDays.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (eventDays[mid] < day) {
                    lo = mid + 1;
                }
                else {
                    hi = mid;
                }
            }
            return lo;
        }

        /**
         * 1 to 4 countries: those of the events first, then the dominant ones most often.
         */
        private List<Integer> countries(SplittableRandom random, List<Integer> storyEvents) {
            int roll = random.nextInt(100);
            int wanted = roll < 35 ? 1 : roll < 70 ? 2 : roll < 90 ? 3 : 4;
            List<Integer> chosen = new ArrayList<>(4);
            for (int event : storyEvents) {
                for (int c : cast.events.get(event).countries()) {
                    if (chosen.size() < 4 && !chosen.contains(c)) {
                        chosen.add(c);
                    }
                }
            }
            for (int attempt = 0; chosen.size() < wanted && attempt < 20; attempt++) {
                int c = cast.countryShare.next(random);
                if (!chosen.contains(c)) {
                    chosen.add(c);
                }
            }
            return chosen;
        }

        /**
         * 0 to 4 people: those of the events, then people of the main country or the most
         * quoted ones.
         */
        private List<Integer> people(SplittableRandom random, List<Integer> storyEvents, int mainCountry) {
            int roll = random.nextInt(100);
            int wanted = roll < 30 ? 0 : roll < 60 ? 1 : roll < 80 ? 2 : roll < 92 ? 3 : 4;
            List<Integer> chosen = new ArrayList<>(4);
            for (int event : storyEvents) {
                for (int p : cast.events.get(event).people()) {
                    if (chosen.size() < Math.max(1, wanted) && !chosen.contains(p)) {
                        chosen.add(p);
                    }
                }
            }
            int[] locals = cast.peopleOf[mainCountry];
            for (int attempt = 0; chosen.size() < wanted && attempt < 20; attempt++) {
                int p = locals.length > 0 && random.nextBoolean() ? locals[random.nextInt(locals.length)]
                        : cast.personShare.next(random);
                if (!chosen.contains(p)) {
                    chosen.add(p);
                }
            }
            return chosen;
        }

        private String freeSlug(String base) {
            if (base.isEmpty()) {
                base = "story";
            }
            if (slugs.add(base)) {
                return base;
            }
            int n = nextSuffix.getOrDefault(base, 2);
            while (!slugs.add(base + "-" + n)) {
                n++;
            }
            nextSuffix.put(base, n + 1);
            return base + "-" + n;
        }

        private static long prefix(String hexHash) {
            return Long.parseUnsignedLong(hexHash.substring(0, 16), 16);
        }

        private static Instant min(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }

        private static long mix(long seed, long salt, long index, int attempt) {
            long h = seed * 0x9E3779B97F4A7C15L + salt * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L + attempt;
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
            return h;
        }

    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Runs a statement outside a transaction; false when the database refuses it (e.g.
     * not a superuser).
     */
    private static boolean tryExecute(Connection connection, String sql) {
        try {
            execute(connection, sql);
            return true;
        }
        catch (SQLException e) {
            return false;
        }
    }

}
