package news.dateline.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import news.dateline.article.ArticleService;
import news.dateline.article.ImportedStory;
import news.dateline.ingest.recognition.EntityRecognizer;
import news.dateline.ingest.recognition.GazetteerRepository;
import news.dateline.ingest.wire.MarkdownText;
import news.dateline.ingest.wire.WireStoryParser;
import news.dateline.person.People;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports raw wire stories: parse, recognize, check for a duplicate, save. One import
 * reads the gazetteer once, and again only after a story added people. The import
 * command, the first-start seeding and the {@code evaluate} command use it.
 */
@Service
public class StoryImporter {

    private final WireStoryParser parser;

    private final GazetteerRepository gazetteers;

    private final ArticleService articles;

    private final People people;

    private final TransactionTemplate transactions;

    private final StoryFacts facts;

    StoryImporter(WireStoryParser parser, GazetteerRepository gazetteers, ArticleService articles, People people,
            PlatformTransactionManager transactions, StoryFacts facts) {
        this.transactions = new TransactionTemplate(transactions);
        this.facts = facts;
        this.parser = parser;
        this.gazetteers = gazetteers;
        this.articles = articles;
        this.people = people;
    }

    /** One file of a batch: its name (for messages) and its bytes. */
    public record Input(String name, byte[] content) {
    }

    /** Stories saved in one transaction. */
    static final int BATCH = 100;

    /** How many batches are read and recognized ahead of the one being saved. */
    private static final int BATCHES_AHEAD = 2;

    /**
     * Imports the files in their order and reports on each, {@value #BATCH} stories to a
     * transaction (one commit, one duplicate query, one insert per table). While a batch
     * is saved, the next ones are parsed and recognized on every core. A story is
     * recognized ahead with the graph as it is then; when its turn comes after a story
     * changed the graph (added a person) in a way that can touch it (the story has a word
     * of a changed name), it is recognized again, so the result is that of one story
     * after the other. A story that cannot be saved rolls its batch back, and that batch
     * is imported again one story to a transaction: the bad file is reported, the others
     * are saved, and nothing of the bad one remains. A file that cannot be read is
     * reported and the others go on.
     */
    public List<ImportReport> importAll(List<Input> inputs, boolean dryRun) {
        return importAll(inputs, dryRun, null);
    }

    /**
     * As {@link #importAll(List, boolean)}, with copy that gives no date of publication
     * dated on {@code undatedOn} (its warning says so) instead of refused; null refuses
     * it.
     */
    public List<ImportReport> importAll(List<Input> inputs, boolean dryRun, LocalDate undatedOn) {
        if (dryRun) {
            Batch batch = new Batch(gazetteers.load(), undatedOn);
            return parseAll(inputs, parser, undatedOn).stream()
                .map(file -> batch.importOne(file, null, null).report())
                .toList();
        }
        Batch batch = new Batch(gazetteers.load(), undatedOn);
        List<ImportReport> reports = new ArrayList<>(inputs.size());
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers,
                Thread.ofPlatform().name("import-reader-", 1).daemon(true).factory());
        try {
            List<CompletableFuture<Ahead>> ahead = new ArrayList<>(inputs.size());
            for (int from = 0; from < inputs.size(); from += BATCH) {
                int to = Math.min(inputs.size(), from + BATCH);
                for (int next = ahead.size(); next < Math.min(inputs.size(), to + BATCHES_AHEAD * BATCH); next++) {
                    Input input = inputs.get(next);
                    ahead.add(CompletableFuture.supplyAsync(() -> batch.readAhead(input), pool));
                }
                List<Ahead> chunk = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    chunk.add(ahead.get(i).join());
                    ahead.set(i, null);
                }
                reports.addAll(batch.importBatch(chunk));
            }
        }
        finally {
            pool.shutdownNow();
        }
        return reports;
    }

    private static List<Parsed> parseAll(List<Input> inputs, WireStoryParser parser, LocalDate undatedOn) {
        return inputs.parallelStream().map(input -> parse(input, parser, undatedOn)).toList();
    }

    private static Parsed parse(Input input, WireStoryParser parser, LocalDate undatedOn) {
        String fileHash = fileHash(input.content());
        try {
            WireStory story = parser.parse(input.content());
            return new Parsed(input.name(), fileHash, undatedOn == null ? story : story.undatedOn(undatedOn), null);
        }
        catch (UnreadableStoryException e) {
            return new Parsed(input.name(), fileHash, null, e.getMessage());
        }
        catch (RuntimeException e) {
            return new Parsed(input.name(), fileHash, null,
                    "not imported: the file could not be read (" + NestedExceptionUtils.getMostSpecificCause(e) + ")");
        }
    }

    /** The SHA-256 of a file's bytes, in hex: {@code article.source_hash}. */
    static String fileHash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * A file read: its story, or why it could not be read.
     *
     * @param fileHash the {@link #fileHash} of its bytes
     */
    private record Parsed(String name, String fileHash, WireStory story, String unreadable) {

        ArticleService.Hashes hashes() {
            return new ArticleService.Hashes(story.contentHash(), fileHash);
        }
    }

    /**
     * A file read and its story recognized ahead of its turn, by the recognizer of
     * {@code version} of the import's graph; {@code found} is null when the file has no
     * story or the recognizer failed on it (it is then recognized again in its turn).
     */
    private record Ahead(Parsed parsed, Recognition found, int version) {
    }

    /**
     * What the import's dry run made of one file, in full: the parsed story and what the
     * recognizer found (both null when the file was unreadable), and the report.
     */
    public record Checked(String file, WireStory story, Recognition found, ImportReport report) {
    }

    /**
     * The import's dry run, with everything it read: for the {@code evaluate} command.
     * {@code today} is the day a date written without its year is read against, fixed by
     * the caller so that the result never moves with the calendar.
     */
    public List<Checked> check(List<Input> inputs) {
        Batch batch = new Batch(gazetteers.load(), null);
        return parseAll(inputs, parser, null).stream().map(file -> batch.importOne(file, null, null)).toList();
    }

    /**
     * The import's dry run as {@link #check(List)}, with dates written without their year
     * read as of {@code today}'s clock.
     */
    public List<Checked> check(List<Input> inputs, Clock today) {
        Batch batch = new Batch(gazetteers.load(), null);
        return parseAll(inputs, new WireStoryParser(today), null).stream()
            .map(file -> batch.importOne(file, null, null))
            .toList();
    }

    /** The recognizer of one version of the import's graph. */
    private record Recognizer(int version, GazetteerRepository.Indexed indexed, EntityRecognizer recognizer) {
    }

    private final class Batch {

        /** The graph as the stories saved so far left it, and its recognizer. */
        private volatile Recognizer current;

        /**
         * For each version of the graph after the first, the words of the names that
         * changed from the version before ({@link EntityRecognizer#wordsChanged}); null
         * when more than people changed.
         */
        private final List<Set<String>> changes = new ArrayList<>();

        /** The stories of this import so far by content hash, with their file. */
        private final Map<String, String> seenInBatch = new HashMap<>();

        /** The day undated copy is dated on, or null to refuse it. */
        private final LocalDate undatedOn;

        Batch(GazetteerRepository.Indexed indexed, LocalDate undatedOn) {
            current = new Recognizer(0, indexed, new EntityRecognizer(indexed.gazetteer()));
            this.undatedOn = undatedOn;
        }

        /** Reads the graph again: after a story added people, or a batch rolled back. */
        private void reload() {
            Recognizer before = current;
            GazetteerRepository.Indexed indexed = gazetteers.load();
            changes.add(EntityRecognizer.wordsChanged(before.indexed().gazetteer(), indexed.gazetteer()));
            current = new Recognizer(before.version() + 1, indexed, new EntityRecognizer(indexed.gazetteer()));
        }

        /** Parses a file and recognizes its story with the graph as it is now. */
        Ahead readAhead(Input input) {
            Parsed parsed = parse(input, parser, undatedOn);
            Recognizer by = current;
            if (parsed.story() == null) {
                return new Ahead(parsed, null, by.version());
            }
            try {
                return new Ahead(parsed, by.recognizer().recognize(parsed.story()), by.version());
            }
            catch (RuntimeException e) {
                return new Ahead(parsed, null, by.version());
            }
        }

        /**
         * What the story's recognition ahead found, if the graph has not changed since in
         * a way that can touch it; else empty.
         */
        private Optional<Recognition> stillTrue(Ahead ahead) {
            if (ahead.found() == null) {
                return Optional.empty();
            }
            Recognizer now = current;
            if (ahead.version() == now.version()) {
                return Optional.of(ahead.found());
            }
            Set<String> words = null;
            for (int version = ahead.version(); version < now.version(); version++) {
                Set<String> changed = changes.get(version);
                if (changed == null) {
                    return Optional.empty();
                }
                if (!changed.isEmpty()) {
                    words = words != null ? words : EntityRecognizer.wordsOf(ahead.parsed().story());
                    if (changed.stream().anyMatch(words::contains)) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(ahead.found());
        }

        /**
         * A batch's stories in one transaction; when it fails, one story to a
         * transaction.
         */
        List<ImportReport> importBatch(List<Ahead> files) {
            Set<String> newHere = new HashSet<>();
            files.stream()
                .map(file -> file.parsed().story())
                .filter(story -> story != null && !seenInBatch.containsKey(story.contentHash()))
                .forEach(story -> newHere.add(story.contentHash()));
            try {
                return transactions.execute(status -> importAll(files));
            }
            catch (RuntimeException failed) {
                // Back to the state before this batch: the people it added are gone.
                seenInBatch.keySet().removeAll(newHere);
                reload();
                List<ImportReport> reports = new ArrayList<>(files.size());
                for (Ahead file : files) {
                    reports.add(importAlone(file));
                }
                return reports;
            }
        }

        /**
         * A batch's stories in the current transaction, with one query for the stories
         * already here.
         */
        private List<ImportReport> importAll(List<Ahead> files) {
            ArticleService.Known known = articles.storiesHere(files.stream()
                .filter(file -> file.parsed().story() != null)
                .map(file -> file.parsed().hashes())
                .toList());
            List<ToSave> toSave = new ArrayList<>();
            List<ImportReport> reports = files.stream()
                .map(file -> importOne(file.parsed(), stillTrue(file).orElse(null), known, toSave).report())
                .toList();
            return save(reports, toSave);
        }

        /** Saves the stories and their facts; the reports with the slugs they got. */
        private List<ImportReport> save(List<ImportReport> reports, List<ToSave> toSave) {
            List<ArticleService.Saved> saved = articles.saveImported(toSave.stream().map(ToSave::story).toList());
            List<StoryFacts.Imported> stated = new ArrayList<>(saved.size());
            for (int i = 0; i < saved.size(); i++) {
                stated.add(new StoryFacts.Imported(saved.get(i).id(), toSave.get(i).found(), toSave.get(i).ids()));
            }
            facts.recordImported(stated);
            List<ImportReport> done = new ArrayList<>(reports.size());
            int next = 0;
            for (ImportReport report : reports) {
                done.add(report.outcome() == ImportReport.Outcome.IMPORTED ? report.withSlug(saved.get(next++).slug())
                        : report);
            }
            return done;
        }

        /**
         * One story in a transaction of its own; a story that cannot be saved is reported
         * and leaves nothing behind.
         */
        private ImportReport importAlone(Ahead file) {
            try {
                return transactions.execute(status -> {
                    List<ToSave> toSave = new ArrayList<>(1);
                    ImportReport report = importOne(file.parsed(), stillTrue(file).orElse(null), null, toSave).report();
                    return save(List.of(report), toSave).getFirst();
                });
            }
            catch (RuntimeException e) {
                if (file.parsed().story() != null) {
                    seenInBatch.remove(file.parsed().story().contentHash(), file.parsed().name());
                }
                reload();
                return ImportReport.rejected(file.parsed().name(), "not imported: the story could not be saved ("
                        + NestedExceptionUtils.getMostSpecificCause(e).getMessage() + ")");
            }
        }

        /** Reads and recognizes one story, in a dry run. */
        Checked importOne(Parsed file, ArticleService.Known known, List<ToSave> toSave) {
            return importOne(file, null, known, toSave);
        }

        /**
         * Recognizes one story (unless {@code found} already says what it names) and
         * tells what becomes of it; adds the people it names that the graph lacks.
         * @param known the stories already here by content hash or file hash, for all of
         * the batch's stories; null to ask for this one
         * @param toSave where a story to import goes, to be saved with its batch; null
         * for a dry run
         */
        private Checked importOne(Parsed file, Recognition found, ArticleService.Known known, List<ToSave> toSave) {
            WireStory story = file.story();
            if (story == null) {
                return new Checked(file.name(), null, null, ImportReport.rejected(file.name(), file.unreadable()));
            }
            if (found == null) {
                found = current.recognizer().recognize(story);
            }
            List<String> warnings = new ArrayList<>(story.warnings());
            Optional<String> here = (known == null ? articles.storiesHere(List.of(file.hashes())) : known)
                .slugOf(file.hashes());
            String duplicateOf = here.map(slug -> "/articles/" + slug)
                .or(() -> Optional.ofNullable(seenInBatch.get(story.contentHash())))
                .orElse(null);
            seenInBatch.putIfAbsent(story.contentHash(), file.name());

            ImportReport.Outcome outcome;
            if (duplicateOf != null) {
                outcome = ImportReport.Outcome.DUPLICATE;
            }
            else if (story.published() == null) {
                outcome = ImportReport.Outcome.REJECTED;
                warnings.add("not imported: the story has no publication date (date such copy with --undated-on "
                        + "YYYY-MM-DD)");
            }
            else if (story.paragraphs().isEmpty()) {
                outcome = ImportReport.Outcome.REJECTED;
                warnings.add("not imported: the story has no body");
            }
            else if (toSave == null) {
                outcome = ImportReport.Outcome.CHECKED;
            }
            else {
                toSave.add(toImport(file, story, found));
                outcome = ImportReport.Outcome.IMPORTED;
            }
            return new Checked(file.name(), story, found,
                    new ImportReport(file.name(), story.headline(),
                            story.published() == null ? null : story.published().toString(), story.source(),
                            story.dateline(), story.language(), found.personNames(), found.countryCodes(),
                            found.events()
                                .stream()
                                .map(e -> new ImportReport.EventItem(e.title(),
                                        e.date() == null ? null : e.date().toString(), e.place()))
                                .toList(),
                            duplicateOf, List.copyOf(warnings), outcome, null));
        }

        private ToSave toImport(Parsed file, WireStory story, Recognition found) {
            GazetteerRepository.Indexed indexed = current.indexed();
            Map<Long, Integer> personMentions = new LinkedHashMap<>();
            Map<String, Long> personIds = new HashMap<>();
            boolean addedPeople = false;
            for (Recognition.PersonHit hit : found.people()) {
                Long id = hit.isNew()
                        ? Long
                            .valueOf(
                                    people.add(hit.name(), hit.role(),
                                            hit.countryCode() == null ? null
                                                    : indexed.countryIds().get(hit.countryCode()),
                                            List.of())
                                        .id())
                        : indexed.personIds().get(hit.slug());
                addedPeople |= hit.isNew();
                if (id != null) {
                    personMentions.merge(id, hit.mentions(), Integer::sum);
                    personIds.put(hit.isNew() ? StoryFacts.newKey(hit.name()) : hit.slug(), id);
                }
            }
            Map<Long, Integer> countryMentions = new LinkedHashMap<>();
            for (Recognition.CountryHit hit : found.countries()) {
                Long id = indexed.countryIds().get(hit.code());
                if (id != null) {
                    countryMentions.merge(id, hit.mentions(), Integer::sum);
                }
            }
            Set<Long> events = new LinkedHashSet<>();
            for (Recognition.EventHit hit : found.events()) {
                if (!hit.isNew() && indexed.eventIds().containsKey(hit.slug())) {
                    events.add(indexed.eventIds().get(hit.slug()));
                }
            }
            PublishedTime published = story.published();
            ImportedStory imported = new ImportedStory(story.headline(), story.standfirst(),
                    MarkdownText.fromParagraphs(story.paragraphs()),
                    story.captions().isEmpty() ? null : story.captions().getFirst(), story.source(), story.dateline(),
                    story.language(), published.toOffsetDateTime().toInstant(), published.hasTime(),
                    published.hasTime() ? published.offset().getId() : null, file.name(), personMentions,
                    countryMentions, events,
                    story.otherNews()
                        .stream()
                        .map(item -> new ImportedStory.OtherNews(item.headline(),
                                item.published() == null ? null : item.published().toOffsetDateTime().toInstant()))
                        .toList(),
                    story.contentHash(), file.fileHash());
            ToSave toSave = new ToSave(imported, found,
                    new StoryFacts.Ids(personIds, indexed.countryIds(), indexed.eventIds()));
            if (addedPeople) {
                reload();
            }
            return toSave;
        }

    }

    /** A story to save with its batch, and what it states (its roles, event claims). */
    private record ToSave(ImportedStory story, Recognition found, StoryFacts.Ids ids) {
    }

}
