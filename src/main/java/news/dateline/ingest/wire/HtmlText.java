package news.dateline.ingest.wire;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Copy that arrives as HTML (a page saved from an agency's site, the markup of a CMS
 * pasted as it is) read as the text a reader of the page sees: paragraphs and other
 * blocks become paragraphs, a line break a line, entities their characters; scripts,
 * styles and the page's head are dropped. Plain text is left alone: two tags of HTML at
 * least make copy markup, so "<Reuters>" in a line of text does not; copy whose tags are
 * all inline keeps its own line breaks.
 */
final class HtmlText {

    private static final Pattern TAG = Pattern.compile("(?i)<(?:/?(?:p|div|br|h[1-6]|span|strong|em|b|i|u|a|li|ul|ol"
            + "|table|tr|td|th|html|head|body|article|section|header|footer|main|nav|aside|figure|figcaption|img"
            + "|script|style|blockquote|time|meta|link|title)\\b[^<>]*|!doctype[^<>]*)>");

    /**
     * A tag that lays a page out in blocks or lines: without one, the copy's own line
     * breaks are its layout.
     */
    private static final Pattern LAYOUT_TAG = Pattern.compile("(?i)<(?:/?(?:p|div|br|h[1-6]|li|ul|ol|table|tr|td"
            + "|html|body|article|section|header|footer|main|blockquote|figure)\\b[^<>]*|!doctype[^<>]*)>");

    private static final Pattern SPACE_AROUND_NEWLINES = Pattern.compile("[ \\t\\u00A0]*\\n[ \\t\\u00A0]*");

    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private HtmlText() {
    }

    static boolean isMarkup(String text) {
        Matcher tag = TAG.matcher(text);
        int found = 0;
        while (tag.find()) {
            if (++found >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text a reader sees: of a page laid out in blocks, its blocks; of copy whose
     * lines carry inline tags only ("<strong>HANOI</strong> - ...", a link), each line's
     * text, the copy's line breaks kept.
     */
    static String toText(String html) {
        if (!LAYOUT_TAG.matcher(html).find()) {
            return html.lines()
                .map(line -> line.indexOf('<') < 0 && line.indexOf('&') < 0 ? line : blocksOf(line))
                .collect(java.util.stream.Collectors.joining("\n"))
                .strip();
        }
        return blocksOf(html);
    }

    private static String blocksOf(String html) {
        var document = Jsoup.parse(html);
        String published = publishedTime(document);
        document.select("script, style, noscript, template, iframe, object, svg, head").remove();
        StringBuilder text = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode words) {
                    text.append(words.text());
                }
                else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        text.append('\n');
                    }
                    else if (element.isBlock()) {
                        text.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.append("\n\n");
                }
            }
        });
        String lines = SPACE_AROUND_NEWLINES.matcher(text).replaceAll("\n");
        String blocks = BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
        // the page's own time of publication, as a date line above its text
        return published == null ? blocks : published + "\n\n" + blocks;
    }

    /** Where a page states when it was published, most explicit first. */
    private static final List<String> PUBLISHED_META = List.of("meta[property=article:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=dc.date.issued]", "meta[name=date]");

    /** "datePublished" in a page's JSON-LD. */
    private static final Pattern DATE_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{10,40})\"");

    /** An ISO date, with or without its time and offset: all a page's metadata gives. */
    private static final Pattern ISO_TIME = Pattern
        .compile("\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    /**
     * The time a saved page says it was published (Open Graph's
     * {@code article:published_time}, a {@code datePublished} of its microdata or
     * JSON-LD, a {@code pubdate} meta, its article's {@code <time datetime>}), when it is
     * an ISO date; else null.
     */
    private static String publishedTime(Document document) {
        for (String query : PUBLISHED_META) {
            Element meta = document.selectFirst(query);
            if (meta != null && ISO_TIME.matcher(meta.attr("content").strip()).matches()) {
                return meta.attr("content").strip();
            }
        }
        for (Element script : document.select("script[type=application/ld+json]")) {
            Matcher date = DATE_PUBLISHED.matcher(script.data());
            if (date.find() && ISO_TIME.matcher(date.group(1).strip()).matches()) {
                return date.group(1).strip();
            }
        }
        for (String query : PUBLISHED_TIME_ELEMENTS) {
            Element time = document.selectFirst(query);
            if (time != null && ISO_TIME.matcher(time.attr("datetime").strip()).matches()) {
                return time.attr("datetime").strip();
            }
        }
        return null;
    }

    /**
     * A {@code <time datetime>} that dates the story: marked as its publication, else the
     * first in the page's article or main part (a list of other stories further down has
     * times of its own).
     */
    private static final List<String> PUBLISHED_TIME_ELEMENTS = List.of("time[itemprop=datePublished][datetime]",
            "time[pubdate][datetime]", "article time[datetime]", "main time[datetime]");

}
