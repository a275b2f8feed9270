package news.dateline.seo;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.dateline.web.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * Where a page's head starts: {@link #page(String)} gives a {@link PageMeta.Builder} with
 * one small function per field (title, description, canonical, robots, feeds, prev/next,
 * JSON-LD), in the manner of Ghost's metadata helpers. Each feature's {@code web} package
 * builds its own pages' heads.
 */
@Component
public class PageMetas {

    public static final int DESCRIPTION_LENGTH = 160;

    /** Entities a story's HTML may hold, by name, as the text they stand for. */
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "’"), Map.entry("nbsp", " "),
            Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("hellip", "…"));

    /** Elements within a line of text: they part no words. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del",
            "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
            "time", "tt", "u", "var");

    private final SiteProperties site;

    private final StructuredData data;

    PageMetas(SiteProperties site, StructuredData data) {
        this.site = site;
        this.data = data;
    }

    /**
     * The head of the page at this path (its canonical address), to be filled field by
     * field.
     */
    public PageMeta.Builder page(String path) {
        return new PageMeta.Builder(site, data, path);
    }

    /** The name of a feed of a page, as {@link PageMeta.Builder#feed} announces it. */
    public String feedTitle(String name) {
        return name + " · " + site.siteName();
    }

    static PageMeta.Feed siteFeed(SiteProperties site) {
        return new PageMeta.Feed(site.siteName() + ": latest stories", site.absolute("/feed.xml"));
    }

    /** At most {@value #DESCRIPTION_LENGTH} characters, cut at a word. */
    public static String trim(String text) {
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > 60 ? cut : DESCRIPTION_LENGTH - 1).replaceAll("[,;:.\\s]+$", "") + "…";
    }

    /**
     * The text of a story's HTML for its description: inline tags ({@code <strong>},
     * {@code <a>}) go, others (paragraphs, breaks, items) become spaces, entities the
     * characters they stand for (an apostrophe the typographic one; one not known a
     * space), runs of white space one space. Only the start is read, enough for
     * {@link #trim(String)} to cut at the same word as it would in the whole text.
     */
    public static String textOf(String html) {
        int enough = DESCRIPTION_LENGTH + 40;
        StringBuilder text = new StringBuilder(enough + 8);
        boolean space = false;
        int i = 0;
        while (i < html.length() && text.length() < enough) {
            char c = html.charAt(i);
            String add;
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                add = inline(html, i + 1, end) ? "" : " ";
                i = end + 1;
            }
            else if (c == '&') {
                int end = html.indexOf(';', i);
                add = end > i + 1 && end - i <= 10 ? entity(html.substring(i + 1, end)) : null;
                if (add == null) {
                    add = "&";
                    i++;
                }
                else {
                    i = end + 1;
                }
            }
            else {
                add = String.valueOf(c);
                i++;
            }
            for (int k = 0; k < add.length(); k++) {
                char a = add.charAt(k);
                if (Character.isWhitespace(a) || a == '\u00a0') {
                    space = !text.isEmpty();
                }
                else {
                    if (space) {
                        text.append(' ');
                        space = false;
                    }
                    text.append(a);
                }
            }
        }
        return text.toString();
    }

    /** Whether the tag between these indexes ({@code <em>}, {@code </a>}) is inline. */
    private static boolean inline(String html, int from, int to) {
        int start = from < to && html.charAt(from) == '/' ? from + 1 : from;
        int end = start;
        while (end < to && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        return end > start && INLINE.contains(html.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /**
     * The text an entity's name ({@code amp}, {@code #39}, {@code #x2019}) stands for, a
     * space for a name not known, null for what is not an entity's name.
     */
    private static String entity(String name) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            try {
                int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                if (code == '\'') {
                    return "’";
                }
                return Character.isValidCodePoint(code) && !Character.isISOControl(code)
                        && (code < 0xD800 || code > 0xDFFF) ? Character.toString(code) : " ";
            }
            catch (NumberFormatException e) {
                return null;
            }
        }
        for (int k = 0; k < name.length(); k++) {
            if (!Character.isLetterOrDigit(name.charAt(k))) {
                return null;
            }
        }
        return ENTITIES.getOrDefault(name, " ");
    }

}
