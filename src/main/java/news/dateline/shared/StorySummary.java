package news.dateline.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

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

    private static final Parser PARSER = Parser.builder().extensions(List.of(AutolinkExtension.create())).build();

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
    public static String textOf(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        if (plain(markdown)) {
            return markdown.strip().replaceAll("\\s+", " ");
        }
        StringBuilder text = new StringBuilder(markdown.length());
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(HtmlInline node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(HtmlBlock node) {
                text.append(' ').append(node.getLiteral()).append(' ');
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                text.append(' ').append(node.getLiteral()).append(' ');
            }

            @Override
            public void visit(FencedCodeBlock node) {
                text.append(' ').append(node.getLiteral()).append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block) {
                    // blocks in a row (a heading and its paragraph, list items) are words
                    // apart
                    text.append(' ');
                }
            }
        });
        return text.toString().strip().replaceAll("\\s+", " ");
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
        String start = markdown.stripLeading();
        if (start.isEmpty() || start.length() != markdown.length()) {
            // indented: four spaces or a tab make a code block
            return false;
        }
        char first = start.charAt(0);
        if (first == '-' || first == '+' || first == '>') {
            return false;
        }
        if (Character.isDigit(first)) {
            int i = 0;
            while (i < start.length() && Character.isDigit(start.charAt(i))) {
                i++;
            }
            return i >= start.length() || (start.charAt(i) != '.' && start.charAt(i) != ')');
        }
        return true;
    }

}
