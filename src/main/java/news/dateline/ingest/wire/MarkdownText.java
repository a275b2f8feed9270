package news.dateline.ingest.wire;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain wire paragraphs as Markdown that renders back to exactly that text, a run of
 * bulleted paragraphs as a list.
 */
public final class MarkdownText {

    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>])");

    private static final Pattern BLOCK_MARK = Pattern.compile("^(#|[-+] )");

    private static final Pattern ORDERED_LIST = Pattern.compile("^(\\d{1,9})([.)] )");

    private MarkdownText() {
    }

    /**
     * A paragraph that is an item of a bulleted list: "- expand cooperation;", "•
     * tourism".
     */
    private static final Pattern BULLET = Pattern.compile("^[-–•*▪◦·]\\s+(?=\\S)");

    /**
     * The paragraphs as Markdown; two or more bulleted paragraphs in a row are one list
     * ("- expand ...", "- promote ..."), every other paragraph text that renders as it
     * reads.
     */
    public static String fromParagraphs(List<String> paragraphs) {
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            boolean item = isBulleted(paragraphs, i)
                    && (isBulleted(paragraphs, i - 1) || isBulleted(paragraphs, i + 1));
            boolean inList = item && isBulleted(paragraphs, i - 1);
            if (i > 0) {
                markdown.append(inList ? "\n" : "\n\n");
            }
            markdown.append(item ? "- " + escape(BULLET.matcher(paragraph).replaceFirst("")) : escape(paragraph));
        }
        return markdown.toString();
    }

    private static boolean isBulleted(List<String> paragraphs, int i) {
        return i >= 0 && i < paragraphs.size() && BULLET.matcher(paragraphs.get(i)).find();
    }

    static String escape(String paragraph) {
        String text = INLINE.matcher(paragraph.replace('\n', ' ')).replaceAll("\\\\$1");
        if (BLOCK_MARK.matcher(text).find()) {
            return "\\" + text;
        }
        return ORDERED_LIST.matcher(text).replaceFirst("$1\\\\$2");
    }

}
