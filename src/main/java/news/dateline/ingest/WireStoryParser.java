package news.dateline.ingest;

import org.springframework.stereotype.Component;

/**
 * Turns raw wire copy (KPL pages, MENAFN/Trend, VNA, ...) into a clean {@link WireStory}.
 * Stateless and thread-safe. The import command and the newsroom's "paste a wire story" form
 * both use it.
 */
@Component
public class WireStoryParser {

    /**
     * @throws UnreadableStoryException for input that is not a story at all (empty, binary, not text)
     */
    public WireStory parse(byte[] content) {
        throw new UnsupportedOperationException("not yet written");
    }
}
