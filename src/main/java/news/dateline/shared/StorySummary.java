package news.dateline.shared;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What a list (a card, a feed entry) says of a story under its headline: the standfirst
 * as typed, or else the body's first paragraph as a reader sees it on the story's page,
 * without its Markdown ({@code **bold**}, {@code [a link](https://…)}, backslash
 * escapes).
 */
public final class StorySummary {

    /**
     * The columns {@link #read} reads, of a story aliased {@code a}: the body's first
     * paragraph is cut out only when there is no standfirst.
     */
    public static final String COLUMNS = """
            a.standfirst as summary_standfirst,
            case when a.standfirst is null then split_part(a.body, E'\\n\\n', 1) end as summary_lead""";

    /** A card's summary at most, in characters, before it is cut at a word. */
    private static final int CARD_LENGTH = 260;

    /** Characters that may make a paragraph's Markdown differ from its text. */
    private static final String MARKUP = "\\`*_[]<>&!~|#=";

    private StorySummary() {
    }

    /** The whole summary of a row read with {@link #COLUMNS}; empty for none. */
    public static String read(ResultSet rs) throws SQLException {
        String standfirst = rs.getString("summary_standfirst");
        if (standfirst != null) {
            return standfirst;
        }
        return textOf(rs.getString("summary_lead"));
    }

    /** The summary of a row read with {@link #COLUMNS}, cut at a word for a card. */
    public static String forCard(ResultSet rs) throws SQLException {
        String text = read(rs);
        if (text.length() <= CARD_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', CARD_LENGTH - 10);
        return text.substring(0, cut > 100 ? cut : CARD_LENGTH - 10) + "…";
    }

    /**
     * The text a reader sees of a Markdown paragraph, as the story's page renders it (raw
     * HTML is shown as typed there too), in one line.
     */
    static String textOf(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        if (plain(markdown)) {
            return markdown.strip().replaceAll("\\s+", " ");
        }
        return String.join(" ", Markdown.visibleBlocks(markdown)).strip().replaceAll("\\s+", " ");
    }

    /**
     * Whether a paragraph reads the same as Markdown and as text: none of Markdown's
     * inline marks, and no start that makes a heading, a list or a quote of it.
     */
    private static boolean plain(String markdown) {
        for (int i = 0; i < markdown.length(); i++) {
            if (MARKUP.indexOf(markdown.charAt(i)) >= 0) {
                return false;
            }
        }
        char first = markdown.charAt(0);
        if (Character.isWhitespace(first)) {
            // indented: four spaces or a tab make a code block
            return false;
        }
        if (first == '-' || first == '+' || first == '>') {
            return false;
        }
        if (Character.isDigit(first)) {
            int i = 0;
            while (i < markdown.length() && Character.isDigit(markdown.charAt(i))) {
                i++;
            }
            return i >= markdown.length() || (markdown.charAt(i) != '.' && markdown.charAt(i) != ')');
        }
        return true;
    }

}
