package news.dateline.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * A raw wire story turned into a clean one by
 * {@link news.dateline.ingest.wire.WireStoryParser}.
 *
 * @param headline never blank; built from the lead when the copy has none
 * @param headlineFromLead true when the copy had no headline of its own
 * @param published null when the copy gives no date (a warning says so)
 * @param source the agency's name ("KPL", "Trend News Agency", "Vietnam News Agency"), or
 * null
 * @param dateline the place the story was filed from ("Moscow"), or null
 * @param language ISO 639-1 code of the body's language, or null
 * @param paragraphs the body, page chrome removed, in order; the lead first
 * @param captions photo captions found without their photo
 * @param otherNews the agency's "other news" list, kept as references, never as body
 * @param contentHash the article module's {@code ContentHash} of the headline and the
 * body as stored: the same story gives the same hash
 * @param warnings what a reader of the import output should know (missing date, binary
 * data, ...)
 * @param standfirst the summary the page sets under the headline without a full stop
 * ("Landlocked country seeks cheaper route to the sea"), or null; no part of the body
 */
public record WireStory(String headline, boolean headlineFromLead, PublishedTime published, String source,
        String dateline, String language, List<String> paragraphs, List<String> captions, List<OtherNewsItem> otherNews,
        String contentHash, List<String> warnings, String standfirst) {

    /** A story without a standfirst. */
    public WireStory(String headline, boolean headlineFromLead, PublishedTime published, String source, String dateline,
            String language, List<String> paragraphs, List<String> captions, List<OtherNewsItem> otherNews,
            String contentHash, List<String> warnings) {
        this(headline, headlineFromLead, published, source, dateline, language, paragraphs, captions, otherNews,
                contentHash, warnings, null);
    }

    /** The warning of copy that gives no date of publication. */
    public static final String NO_DATE = "no publication date found";

    public WireStory {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        otherNews = List.copyOf(otherNews);
        warnings = List.copyOf(warnings);
    }

    /**
     * The body's text, paragraphs separated by blank lines: what the recognizer reads.
     */
    public String bodyText() {
        return String.join("\n\n", paragraphs);
    }

    /**
     * One entry of a KPL-style "other news" list.
     *
     * @param headline the linked story's headline
     * @param published its time as the list gives it (month/day/year, Lao time), or null
     * @param lead the teaser text under it, or null
     */
    public record OtherNewsItem(String headline, PublishedTime published, String lead) {
    }

    /**
     * The story dated on {@code day} when its copy gives no date, as the importer is told
     * to date undated copy; the warning of the missing date says so.
     */
    public WireStory undatedOn(LocalDate day) {
        if (published != null) {
            return this;
        }
        List<String> told = warnings.stream()
            .map(w -> w.equals(NO_DATE) ? NO_DATE + ": dated " + day + " as the import was told (--undated-on)" : w)
            .toList();
        return new WireStory(headline, headlineFromLead, PublishedTime.ofDate(day), source, dateline, language,
                paragraphs, captions, otherNews, contentHash, told, standfirst);
    }
}
