package news.dateline.ingest.wire;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import news.dateline.ingest.PublishedTime;
import news.dateline.ingest.WireStory.OtherNewsItem;

/**
 * Reads a KPL-style "other news" list: per item a bullet line (the headline with the
 * section glued on, "...RelationsPolitics"), the headline again, a month-first 12-hour
 * time and a teaser.
 */
final class OtherNewsReader {

    private static final Pattern BULLET = Pattern.compile("^\\s*[•·▪◦]\\s*");

    /**
     * A section name glued onto a headline ("RelationsPolitics"): only removed when
     * glued, never a real last word.
     */
    private static final Pattern GLUED_SECTION = Pattern
        .compile("(?<=[\\p{Ll})’'\"])(?:Politics|Economics|Economy|Business|Society|Social|Culture|Sports?|World"
                + "|International|Tourism|Health|Education|Environment|Technology|Science|Lifestyle|Opinion)$");

    private OtherNewsReader() {
    }

    /**
     * @param lines the lines after the list's heading
     * @param home the offset of the list's times, or null when the agency is unknown
     * @param warnings receives a note naming any unreadable time
     */
    static List<OtherNewsItem> read(List<String> lines, ZoneId home, List<String> warnings) {
        List<OtherNewsItem> items = new ArrayList<>();
        List<String> item = null;
        for (String line : lines) {
            if (BULLET.matcher(line).lookingAt()) {
                addItem(items, item, home, warnings);
                item = new ArrayList<>();
                item.add(Texts.normalizeSpace(BULLET.matcher(line).replaceFirst("")));
            }
            else if (item != null && !Texts.isBlank(line) && !ChromeFilter.isChromeLine(line)) {
                item.add(Texts.normalizeSpace(line));
            }
        }
        addItem(items, item, home, warnings);
        return items;
    }

    /**
     * The clean headline repeated under the bullet line, which has the section glued on.
     */
    private static boolean isRepeatOf(String line, String bullet) {
        return bullet.startsWith(line) && line.length() * 2 >= bullet.length();
    }

    private static void addItem(List<OtherNewsItem> items, List<String> item, ZoneId home, List<String> warnings) {
        if (item == null) {
            return;
        }
        String bullet = item.getFirst();
        String headline = null;
        PublishedTime published = null;
        List<String> lead = new ArrayList<>();
        for (String line : item.subList(1, item.size())) {
            if (headline == null && published == null && lead.isEmpty() && isRepeatOf(line, bullet)) {
                headline = line;
            }
            else if (published == null && lead.isEmpty() && DateReader.isDateLine(line)) {
                published = DateReader.read(line, DateReader.Order.MONTH_FIRST, home, warnings);
            }
            else {
                lead.add(line);
            }
        }
        if (headline == null) {
            headline = GLUED_SECTION.matcher(bullet).replaceFirst("").strip();
        }
        if (!headline.isEmpty()) {
            items.add(new OtherNewsItem(headline, published, lead.isEmpty() ? null : String.join(" ", lead)));
        }
    }

}
