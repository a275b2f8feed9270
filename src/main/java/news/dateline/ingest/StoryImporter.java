package news.dateline.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Imports the files in their order and reports on each. The files are parsed on every
     * core first; then, in order, each story is recognized with the graph as the stories
     * before it left it and saved, {@value #BATCH} stories to a transaction (one commit,
     * one duplicate query). A story that cannot be saved rolls its batch back, and that
     * batch is imported again one story to a transaction: the bad file is reported, the
     * others are saved, and nothing of the bad one remains.
     */
    public List<ImportReport> importAll(List<Input> inputs, boolean dryRun) {
        List<Parsed> parsed = parseAll(inputs);
        Batch batch = new Batch(gazetteers.load());
        List<ImportReport> reports = new ArrayList<>(inputs.size());
        if (dryRun) {
            parsed.forEach(file -> reports.add(batch.importOne(file, null, null).report()));
            return reports;
        }
        for (int from = 0; from < parsed.size(); from += BATCH) {
            List<Parsed> chunk = parsed.subList(from, Math.min(parsed.size(), from + BATCH));
            Set<String> newHere = new HashSet<>();
            chunk.stream()
                .filter(file -> file.story() != null && !batch.seenInBatch.containsKey(file.story().contentHash()))
                .forEach(file -> newHere.add(file.story().contentHash()));
            try {
                reports.addAll(transactions.execute(status -> batch.importAll(chunk)));
            }
            catch (RuntimeException failed) {
                // Back to the state before this batch: the people it added are gone.
                batch.seenInBatch.keySet().removeAll(newHere);
                batch.use(gazetteers.load());
                for (Parsed file : chunk) {
                    reports.add(batch.importAlone(file));
                }
            }
        }
        return reports;
    }

    /** Stories saved in one transaction. */
    static final int BATCH = 100;

    private List<Parsed> parseAll(List<Input> inputs) {
        return parseAll(inputs, parser);
    }

    private static List<Parsed> parseAll(List<Input> inputs, WireStoryParser parser) {
        return inputs.parallelStream().map(input -> parse(input, parser)).toList();
    }

    private static Parsed parse(Input input, WireStoryParser parser) {
        try {
            return new Parsed(input.name(), parser.parse(input.content()), null);
        }
        catch (UnreadableStoryException e) {
            return new Parsed(input.name(), null, e.getMessage());
        }
    }

    /** A file read: its story, or why it could not be read. */
    private record Parsed(String name, WireStory story, String unreadable) {
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
        Batch batch = new Batch(gazetteers.load());
        return parseAll(inputs).stream().map(file -> batch.importOne(file, null, null)).toList();
    }

    /**
     * The import's dry run as {@link #check(List)}, with dates written without their year
     * read as of {@code today}'s clock.
     */
    public List<Checked> check(List<Input> inputs, Clock today) {
        Batch batch = new Batch(gazetteers.load());
        return parseAll(inputs, new WireStoryParser(today)).stream()
            .map(file -> batch.importOne(file, null, null))
            .toList();
    }

    private final class Batch {

        private GazetteerRepository.Indexed indexed;

        private EntityRecognizer recognizer;

        private final Map<String, String> seenInBatch = new HashMap<>();

        /**
         * Stories recognized on every core ahead of their turn, by {@link #recognizedBy}.
         */
        private final Map<Parsed, Recognition> recognizedAhead = Collections.synchronizedMap(new IdentityHashMap<>());

        private EntityRecognizer recognizedBy;

        /**
         * Recognizes a batch's stories on every core with the graph as it is. A story
         * whose turn comes after an earlier one changed the graph (added a person) is
         * recognized again then, so the result is the same as one story after the other.
         */
        private void recognizeAhead(List<Parsed> files) {
            recognizedAhead.clear();
            EntityRecognizer now = recognizer;
            recognizedBy = now;
            files.parallelStream()
                .filter(file -> file.story() != null)
                .forEach(file -> recognizedAhead.put(file, now.recognize(file.story())));
        }

        Batch(GazetteerRepository.Indexed indexed) {
            use(indexed);
        }

        private void use(GazetteerRepository.Indexed indexed) {
            this.indexed = indexed;
            this.recognizer = new EntityRecognizer(indexed.gazetteer());
        }

        /**
         * A batch's stories in the current transaction, with one query for the stories
         * already here.
         */
        List<ImportReport> importAll(List<Parsed> files) {
            Map<String, String> known = articles.slugsOfContent(files.stream()
                .filter(file -> file.story() != null)
                .map(file -> file.story().contentHash())
                .toList());
            recognizeAhead(files);
            pendingFacts.clear();
            List<ImportedStory> toSave = new ArrayList<>();
            List<ImportReport> reports = files.stream().map(file -> importOne(file, known, toSave).report()).toList();
            return withSlugs(reports, recordFacts(articles.saveImported(toSave)));
        }

        /**
         * What each story to save states (its roles and event claims), in the order of
         * the stories to save.
         */
        private final List<StoryFactsPending> pendingFacts = new ArrayList<>();

        private record StoryFactsPending(Recognition found, StoryFacts.Ids ids) {
        }

        /** Records the facts of the stories just saved under these slugs. */
        private List<String> recordFacts(List<String> slugs) {
            for (int i = 0; i < slugs.size() && i < pendingFacts.size(); i++) {
                StoryFactsPending pending = pendingFacts.get(i);
                articles.idOfSlug(slugs.get(i))
                    .ifPresent(id -> facts.recordImported(id, pending.found(), pending.ids()));
            }
            pendingFacts.clear();
            return slugs;
        }

        /** The reports, each imported one with its story's slug. */
        private static List<ImportReport> withSlugs(List<ImportReport> reports, List<String> slugs) {
            List<ImportReport> done = new ArrayList<>(reports.size());
            int saved = 0;
            for (ImportReport report : reports) {
                done.add(report.outcome() == ImportReport.Outcome.IMPORTED ? report.withSlug(slugs.get(saved++))
                        : report);
            }
            return done;
        }

        /**
         * One story in a transaction of its own; a story that cannot be saved is reported
         * and leaves nothing behind.
         */
        ImportReport importAlone(Parsed file) {
            try {
                return transactions.execute(status -> {
                    pendingFacts.clear();
                    List<ImportedStory> toSave = new ArrayList<>();
                    ImportReport report = importOne(file, null, toSave).report();
                    return withSlugs(List.of(report), recordFacts(articles.saveImported(toSave))).getFirst();
                });
            }
            catch (RuntimeException e) {
                if (file.story() != null) {
                    seenInBatch.remove(file.story().contentHash(), file.name());
                }
                use(gazetteers.load());
                return ImportReport.rejected(file.name(), "not imported: the story could not be saved ("
                        + NestedExceptionUtils.getMostSpecificCause(e).getMessage() + ")");
            }
        }

        /**
         * Reads and recognizes one story; adds the people it names that the graph lacks.
         * @param known the slugs of the stories already here by content hash, for all of
         * the batch's stories; null to ask for this one
         * @param toSave where a story to import goes, to be saved with its batch; null
         * for a dry run
         */
        Checked importOne(Parsed file, Map<String, String> known, List<ImportedStory> toSave) {
            WireStory story = file.story();
            if (story == null) {
                return new Checked(file.name(), null, null, ImportReport.rejected(file.name(), file.unreadable()));
            }
            Recognition ahead = recognizedAhead.remove(file);
            Recognition found = ahead != null && recognizedBy == recognizer ? ahead : recognizer.recognize(story);
            List<String> warnings = new ArrayList<>(story.warnings());
            Optional<String> here = known == null ? articles.slugOfContent(story.contentHash())
                    : Optional.ofNullable(known.get(story.contentHash()));
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
                warnings.add("not imported: the story has no publication date");
            }
            else if (story.paragraphs().isEmpty()) {
                outcome = ImportReport.Outcome.REJECTED;
                warnings.add("not imported: the story has no body");
            }
            else if (toSave == null) {
                outcome = ImportReport.Outcome.CHECKED;
            }
            else {
                toSave.add(toImport(file.name(), story, found));
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

        private ImportedStory toImport(String fileName, WireStory story, Recognition found) {
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
            ImportedStory imported = new ImportedStory(story.headline(), null,
                    MarkdownText.fromParagraphs(story.paragraphs()),
                    story.captions().isEmpty() ? null : story.captions().getFirst(), story.source(), story.dateline(),
                    story.language(), published.toOffsetDateTime().toInstant(), published.hasTime(),
                    published.hasTime() ? published.offset().getId() : null, fileName, personMentions, countryMentions,
                    events,
                    story.otherNews()
                        .stream()
                        .map(item -> new ImportedStory.OtherNews(item.headline(),
                                item.published() == null ? null : item.published().toOffsetDateTime().toInstant()))
                        .toList());
            pendingFacts.add(new StoryFactsPending(found,
                    new StoryFacts.Ids(personIds, indexed.countryIds(), indexed.eventIds())));
            if (addedPeople) {
                use(gazetteers.load());
            }
            return imported;
        }

    }

}
