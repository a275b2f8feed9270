package news.dateline.ingest;

import java.time.LocalDate;

/**
 * Finds people, countries and dated events in a story's own text (headline, body, captions;
 * never the page chrome or the other-news list), through a {@link Gazetteer}'s aliases, with
 * accents and case folded. Thread-safe once built.
 */
public class EntityRecognizer {

    private final Gazetteer gazetteer;

    public EntityRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Reads the story's headline (unless it was built from the lead), body and captions. */
    public Recognition recognize(WireStory story) {
        throw new UnsupportedOperationException("not yet written");
    }

    /**
     * Reads free text, as typed in the newsroom's form.
     *
     * @param storyDate what relative dates ("last year", "on 8 December") are resolved against; null when unknown
     */
    public Recognition recognize(String text, LocalDate storyDate) {
        throw new UnsupportedOperationException("not yet written");
    }
}
