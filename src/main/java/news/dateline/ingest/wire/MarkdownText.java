package news.dateline.ingest.wire;

import java.util.List;
import java.util.regex.Pattern;

/** Plain wire paragraphs as Markdown that renders back to exactly that text. */
public final class MarkdownText {

    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>])");

    private static final Pattern BLOCK_MARK = Pattern.compile("^(#|[-+] )");

    private static final Pattern ORDERED_LIST = Pattern.compile("^(\\d{1,9})([.)] )");

    private MarkdownText() {
    }

    public static String fromParagraphs(List<String> paragraphs) {
        return String.join("\n\n", paragraphs.stream().map(MarkdownText::escape).toList());
    }

    static String escape(String paragraph) {
        String text = INLINE.matcher(paragraph.replace('\n', ' ')).replaceAll("\\\\$1");
        if (BLOCK_MARK.matcher(text).find()) {
            return "\\" + text;
        }
        return ORDERED_LIST.matcher(text).replaceFirst("$1\\\\$2");
    }

}
