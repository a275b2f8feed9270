package news.dateline.ingest;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import news.dateline.country.CountryChanged;
import news.dateline.event.EventChanged;
import news.dateline.ingest.recognition.EntityRecognizer;
import news.dateline.ingest.recognition.GazetteerRepository;
import news.dateline.ingest.wire.MarkdownText;
import news.dateline.ingest.wire.WireStoryParser;
import news.dateline.person.PersonChanged;
import news.dateline.person.PersonMerged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The recognizer over free text, for the newsroom's suggestions: the same gazetteer as
 * the import. One recognizer serves every request; it is built on first use and again
 * after the knowledge graph changes (a person, a merge, an event or a country's aliases),
 * once that change has committed.
 */
@Service
public class TextRecognition {

    private final GazetteerRepository gazetteers;

    private final WireStoryParser parser;

    /**
     * Counts the graph's changes, so that a recognizer built from older rows is not kept.
     */
    private final AtomicLong generation = new AtomicLong();

    private volatile Built current;

    /** A recognizer and the generation of the graph it was built from. */
    private record Built(EntityRecognizer recognizer, long generation) {
    }

    TextRecognition(GazetteerRepository gazetteers, WireStoryParser parser) {
        this.gazetteers = gazetteers;
        this.parser = parser;
    }

    public Recognition recognize(String text, LocalDate storyDate) {
        return recognizer().recognize(text, storyDate);
    }

    /** The current recognizer, built again when the graph changed since the last one. */
    EntityRecognizer recognizer() {
        Built built = current;
        long now = generation.get();
        if (built != null && built.generation() == now) {
            return built.recognizer();
        }
        synchronized (this) {
            built = current;
            now = generation.get();
            if (built == null || built.generation() != now) {
                built = new Built(new EntityRecognizer(gazetteers.load().gazetteer()), now);
                current = built;
            }
            return built.recognizer();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PersonChanged change) {
        generation.incrementAndGet();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PersonMerged change) {
        generation.incrementAndGet();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EventChanged change) {
        generation.incrementAndGet();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CountryChanged change) {
        generation.incrementAndGet();
    }

    /** The import's parser, for "paste a wire story". */
    public WireStory parse(String wire) {
        return parser.parse(wire.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Plain paragraphs as Markdown that renders back to exactly that text. */
    public static String markdown(java.util.List<String> paragraphs) {
        return MarkdownText.fromParagraphs(paragraphs);
    }

}
