package news.dateline.newsroom.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A word-level diff of two texts as escaped HTML with {@code <del>} and {@code <ins>}.
 */
final class WordDiff {

    private static final int MAX_WORDS = 4000;

    private WordDiff() {
    }

    static String html(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
            return a.equals(b) ? escape(String.join("", a))
                    : "<del>" + escape(String.join("", a)) + "</del><ins>" + escape(String.join("", b)) + "</ins>";
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder html = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                html.append(escape(a.get(i)));
                i++;
                j++;
            }
            else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                html.append("<del>").append(escape(a.get(i++))).append("</del>");
            }
            else {
                html.append("<ins>").append(escape(b.get(j++))).append("</ins>");
            }
        }
        while (i < a.size()) {
            html.append("<del>").append(escape(a.get(i++))).append("</del>");
        }
        while (j < b.size()) {
            html.append("<ins>").append(escape(b.get(j++))).append("</ins>");
        }
        return html.toString();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        var matcher = java.util.regex.Pattern.compile("\\s+|[^\\s]+").matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

}
