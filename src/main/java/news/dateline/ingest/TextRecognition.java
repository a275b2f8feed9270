package news.dateline.ingest;

import java.time.LocalDate;
import news.dateline.ingest.recognition.EntityRecognizer;
import news.dateline.ingest.recognition.GazetteerRepository;
import news.dateline.ingest.wire.MarkdownText;
import news.dateline.ingest.wire.WireStoryParser;
import org.springframework.stereotype.Service;

/**
 * The recognizer over free text, for the newsroom's suggestions: the same gazetteer as
 * the import.
 */
@Service
public class TextRecognition {

    private final GazetteerRepository gazetteers;

    private final WireStoryParser parser;

    TextRecognition(GazetteerRepository gazetteers, WireStoryParser parser) {
        this.gazetteers = gazetteers;
        this.parser = parser;
    }

    public Recognition recognize(String text, LocalDate storyDate) {
        return new EntityRecognizer(gazetteers.load().gazetteer()).recognize(text, storyDate);
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
