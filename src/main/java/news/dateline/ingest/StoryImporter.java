package news.dateline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.stereotype.Service;

/**
 * Imports raw wire stories: parse, recognize, check for a duplicate, save. One batch
 * reads the gazetteer once. The import command, the first-start seeding and the newsroom
 * use it.
 */
@Service
public class StoryImporter {

    private final WireStoryParser parser;

    private final GazetteerRepository gazetteers;

    private final ArticleService articles;

    private final People people;

    StoryImporter(WireStoryParser parser, GazetteerRepository gazetteers, ArticleService articles, People people) {
        this.parser = parser;
        this.gazetteers = gazetteers;
        this.articles = articles;
        this.people = people;
    }

    /** One file of a batch: its name (for messages) and its bytes. */
    public record Input(String name, byte[] content) {
    }

    public List<ImportReport> importAll(List<Input> inputs, boolean dryRun) {
        Batch batch = new Batch(gazetteers.load());
        List<ImportReport> reports = new ArrayList<>();
        for (Input input : inputs) {
            reports.add(batch.importOne(input, dryRun).report());
        }
        return reports;
    }

    /**
     * What the import's dry run made of one file, in full: the parsed story and what the
     * recognizer found (both null when the file was unreadable), and the report.
     */
    public record Checked(String file, WireStory story, Recognition found, ImportReport report) {
    }

    /**
     * The import's dry run, with everything it read: for the {@code evaluate} command.
     */
    public List<Checked> check(List<Input> inputs) {
        Batch batch = new Batch(gazetteers.load());
        return inputs.stream().map(input -> batch.importOne(input, true)).toList();
    }

    private final class Batch {

        private GazetteerRepository.Indexed indexed;

        private EntityRecognizer recognizer;

        private final Map<String, String> seenInBatch = new HashMap<>();

        Batch(GazetteerRepository.Indexed indexed) {
            use(indexed);
        }

        private void use(GazetteerRepository.Indexed indexed) {
            this.indexed = indexed;
            this.recognizer = new EntityRecognizer(indexed.gazetteer());
        }

        Checked importOne(Input input, boolean dryRun) {
            WireStory story;
            try {
                story = parser.parse(input.content());
            }
            catch (UnreadableStoryException e) {
                return new Checked(input.name(), null, null, ImportReport.rejected(input.name(), e.getMessage()));
            }
            Recognition found = recognizer.recognize(story);
            List<String> warnings = new ArrayList<>(story.warnings());
            String duplicateOf = articles.slugOfContent(story.contentHash())
                .map(slug -> "/articles/" + slug)
                .or(() -> Optional.ofNullable(seenInBatch.get(story.contentHash())))
                .orElse(null);
            seenInBatch.putIfAbsent(story.contentHash(), input.name());

            ImportReport.Outcome outcome;
            String slug = null;
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
            else if (dryRun) {
                outcome = ImportReport.Outcome.CHECKED;
            }
            else {
                slug = save(input.name(), story, found);
                outcome = ImportReport.Outcome.IMPORTED;
            }
            return new Checked(input.name(), story, found,
                    new ImportReport(input.name(), story.headline(),
                            story.published() == null ? null : story.published().toString(), story.source(),
                            story.dateline(), story.language(), found.personNames(), found.countryCodes(),
                            found.events()
                                .stream()
                                .map(e -> new ImportReport.EventItem(e.title(),
                                        e.date() == null ? null : e.date().toString(), e.place()))
                                .toList(),
                            duplicateOf, List.copyOf(warnings), outcome, slug));
        }

        private String save(String fileName, WireStory story, Recognition found) {
            Map<Long, Integer> personMentions = new LinkedHashMap<>();
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
            String slug = articles
                .saveImported(new ImportedStory(story.headline(), null, MarkdownText.fromParagraphs(story.paragraphs()),
                        story.captions().isEmpty() ? null : story.captions().getFirst(), story.source(),
                        story.dateline(), story.language(), published.toOffsetDateTime().toInstant(),
                        published.hasTime(), published.hasTime() ? published.offset().getId() : null, fileName,
                        personMentions, countryMentions, events,
                        story.otherNews()
                            .stream()
                            .map(item -> new ImportedStory.OtherNews(item.headline(),
                                    item.published() == null ? null : item.published().toOffsetDateTime().toInstant()))
                            .toList()));
            if (addedPeople) {
                use(gazetteers.load());
            }
            return slug;
        }

    }

}
