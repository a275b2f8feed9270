package news.dateline.ingest.wire;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import news.dateline.article.ContentHash;
import news.dateline.ingest.PublishedTime;
import news.dateline.ingest.UnreadableStoryException;
import news.dateline.ingest.WireStory;
import org.springframework.stereotype.Component;

/**
 * Turns raw wire copy (KPL pages, MENAFN/Trend, VNA, ...) into a clean {@link WireStory}.
 * Stateless and thread-safe. The import command and the newsroom's "paste a wire story"
 * form both use it.
 *
 * <p>
 * The work is done by small readers, in this order: {@link TextDecoder} (bytes to text),
 * {@link StoryLayout} (header, body blocks, other-news list; {@link ChromeFilter} drops
 * the page furniture), {@link BodyReader} (lead tags, dateline, sign-off, captions;
 * {@link AgencyTable} names the agency), {@link DateReader}, {@link OtherNewsReader},
 * {@link HeadlineMaker}, {@link LanguageGuesser}; the article module's
 * {@link ContentHash} fingerprints the story as it will be stored (headline and Markdown
 * body), so that the duplicate check and newsroom saves agree.
 */
@Component
public class WireStoryParser {

    /**
     * @throws UnreadableStoryException for input that is not a story at all (empty,
     * binary, not text, no story text)
     */
    public WireStory parse(byte[] content) {
        List<String> warnings = new ArrayList<>();
        String text = TextDecoder.decode(content, warnings);
        StoryLayout layout = StoryLayout.of(text);
        BodyReader.Body body = BodyReader.read(layout.blocks());
        ZoneOffset home = body.source() == null ? null
                : AgencyTable.byName(body.source()).map(AgencyTable.Agency::home).orElse(null);

        PublishedTime published = null;
        if (layout.dateText() == null) {
            warnings.add("no publication date found");
        }
        else {
            published = DateReader.read(layout.dateText(), DateReader.Order.DAY_FIRST, home, warnings);
        }

        String headline = layout.headline();
        boolean headlineFromLead = headline == null;
        if (headlineFromLead) {
            if (body.paragraphs().isEmpty()) {
                throw new UnreadableStoryException("no story text: only page furniture");
            }
            headline = HeadlineMaker.fromLead(body.paragraphs().getFirst());
            warnings.add("no headline in the copy: built from the lead");
        }
        if (body.paragraphs().isEmpty()) {
            warnings.add("no body text");
        }

        return new WireStory(headline, headlineFromLead, published, body.source(), body.dateline(),
                LanguageGuesser.guess(body.paragraphs()), body.paragraphs(), body.captions(),
                OtherNewsReader.read(layout.otherNews(), home, warnings),
                ContentHash.of(headline, MarkdownText.fromParagraphs(body.paragraphs())), warnings);
    }

}
