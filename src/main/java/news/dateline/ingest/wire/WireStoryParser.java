package news.dateline.ingest.wire;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.dateline.article.ContentHash;
import news.dateline.ingest.PublishedTime;
import news.dateline.ingest.UnreadableStoryException;
import news.dateline.ingest.WireStory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns raw wire copy (KPL pages, MENAFN/Trend, VNA, ...) into a clean {@link WireStory}.
 * Stateless and thread-safe. The import command and the newsroom's "paste a wire story"
 * form both use it.
 *
 * <p>
 * The work is done by small readers, in this order: {@link TextDecoder} (bytes to text),
 * {@link HtmlText} (copy that is HTML to the text its page shows), {@link StoryLayout}
 * (header, body blocks, other-news list; {@link ChromeFilter} drops the page furniture),
 * {@link BodyReader} (lead tags, dateline, sign-off, captions; {@link AgencyTable} names
 * the agency), {@link DateReader}, {@link OtherNewsReader}, {@link HeadlineMaker},
 * {@link LanguageGuesser}; the article module's {@link ContentHash} fingerprints the
 * story as it will be stored (headline and Markdown body), so that the duplicate check
 * and newsroom saves agree.
 */
@Component
public class WireStoryParser {

    private final Clock clock;

    /** A parser that resolves a dateline's date without a year against today in UTC. */
    public WireStoryParser() {
        this(Clock.systemUTC());
    }

    @Autowired
    public WireStoryParser(Clock clock) {
        this.clock = clock;
    }

    /**
     * @throws UnreadableStoryException for input that is not a story at all (empty,
     * binary, not text, no story text)
     */
    public WireStory parse(byte[] content) {
        List<String> warnings = new ArrayList<>();
        String text = TextDecoder.decode(content, warnings);
        if (HtmlText.isMarkup(text)) {
            text = HtmlText.toText(text);
            if (Texts.isBlank(text)) {
                throw new UnreadableStoryException("no story text: only HTML markup");
            }
        }
        StoryLayout layout = StoryLayout.of(text);
        BodyReader.Body body = BodyReader.read(layout.blocks());
        String source = source(body, layout, text);
        AgencyTable.Agency agency = AgencyTable.byName(source).orElse(null);
        ZoneId home = agency == null ? null : agency.homeZone();

        List<String> paragraphs = body.paragraphs();
        Optional<String> afterDate = paragraphs.isEmpty() ? Optional.empty()
                : DateReader.afterDashedDate(paragraphs.getFirst());
        if (afterDate.isPresent()) {
            // "HO CHI MINH CITY (AP) — December 2, 2026 — Azerbaijan opened ...": the
            // date is the dateline's, not the lead's
            paragraphs = new ArrayList<>(paragraphs);
            paragraphs.set(0, afterDate.get());
        }
        PublishedTime published = null;
        if (layout.dateText() != null) {
            published = DateReader.read(layout.dateText(), order(layout, body, agency), home, warnings);
        }
        if (published == null && body.datelineDate() != null) {
            published = DateReader.datelineDate(body.datelineDate(), LocalDate.now(clock))
                .map(PublishedTime::ofDate)
                .orElse(null);
        }
        if (published == null && layout.dateText() == null && !paragraphs.isEmpty()) {
            // the lead as written, with a date a dash set off
            published = DateReader.leadDate(body.paragraphs().getFirst()).map(PublishedTime::ofDate).orElse(null);
            if (published != null) {
                warnings.add("no date line: dated by the date the lead opens with");
            }
        }
        if (published == null && layout.dateText() == null) {
            warnings.add(WireStory.NO_DATE);
        }

        String headline = layout.headline() == null ? null : HeadlineMaker.withoutHandling(layout.headline());
        boolean headlineFromLead = headline == null;
        if (headlineFromLead) {
            if (paragraphs.isEmpty()) {
                throw new UnreadableStoryException("no story text: only page furniture");
            }
            headline = HeadlineMaker.fromLead(paragraphs.getFirst());
            warnings.add("no headline in the copy: built from the lead");
        }
        if (paragraphs.isEmpty()) {
            warnings.add("no body text");
        }

        return new WireStory(headline, headlineFromLead, published, source,
                body.dateline() != null ? body.dateline() : layout.place(), LanguageGuesser.guess(paragraphs),
                List.copyOf(paragraphs), body.captions(), OtherNewsReader.read(layout.otherNews(), home, warnings),
                ContentHash.of(headline, MarkdownText.fromParagraphs(paragraphs)), warnings,
                headlineFromLead ? null : layout.standfirst());
    }

    /**
     * Where the copy signs (lead tag, dateline, sign-off), else an agency crediting
     * itself in the text ("Trend reports"), else the masthead or address of its page,
     * else the marks its page's template left in the copy (a date-line label, a menu),
     * else the owner its copyright footer names, though the agency table does not know
     * it.
     */
    private static String source(BodyReader.Body body, StoryLayout layout, String text) {
        if (body.source() != null) {
            return body.source();
        }
        return AgencyTable.creditInText(String.join("\n", body.paragraphs()))
            .map(AgencyTable.Agency::name)
            .or(() -> java.util.Optional.ofNullable(layout.masthead()))
            .or(() -> AgencyTable.byPageMarks(text).map(AgencyTable.Agency::name))
            .or(() -> java.util.Optional.ofNullable(layout.footerOwner()))
            .orElse(null);
    }

    /**
     * The order of an all-numeric date: what the story's own numeric dates prove, else
     * the agency's convention, else left to the clock (a 12-hour clock means month
     * first).
     */
    private static DateReader.Order order(StoryLayout layout, BodyReader.Body body, AgencyTable.Agency agency) {
        String own = layout.dateText() + "\n" + String.join("\n", body.paragraphs());
        DateReader.Order convention = agency == null ? null : agency.monthFirst() ? DateReader.Order.MONTH_FIRST
                : agency.dayFirst() ? DateReader.Order.DAY_FIRST : null;
        return DateReader.provenOrder(own).orElse(convention);
    }

}
