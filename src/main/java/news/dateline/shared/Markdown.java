package news.dateline.shared;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Story bodies are Markdown: rendered by commonmark-java, then cleaned by the OWASP HTML
 * sanitizer, so that nothing an editor or a wire types can run in a reader's browser.
 */
@Component
public class Markdown {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
        .and(Sanitizers.TABLES)
        .and(new HtmlPolicyBuilder().allowElements("a")
            .allowStandardUrlProtocols()
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowElements("hr", "br", "figure", "figcaption")
            .toFactory());

    private final Parser parser = Parser.builder().extensions(List.of(AutolinkExtension.create())).build();

    /**
     * Plain CommonMark: what a reader sees of a text is the same with or without links
     * made of addresses.
     */
    private static final Parser BLOCKS = Parser.builder().build();

    private final HtmlRenderer renderer = HtmlRenderer.builder()
        .extensions(List.of(AutolinkExtension.create()))
        .escapeHtml(true)
        .sanitizeUrls(true)
        .build();

    /** Safe HTML for a Markdown text. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markdown);
        return POLICY.sanitize(renderer.render(document));
    }

    /**
     * The text a reader sees of each block of a Markdown text (paragraph, heading, code
     * block, HTML block, in order), as written: emphasis marks, a link's address and
     * backslash escapes gone, raw HTML as typed (the page shows it escaped), line breaks
     * as spaces. A block may be blank.
     */
    public static List<String> visibleBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return blocks;
        }
        StringBuilder current = new StringBuilder();
        Runnable flush = () -> {
            if (!current.isEmpty()) {
                blocks.add(current.toString());
                current.setLength(0);
            }
        };
        BLOCKS.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                block(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                block(heading);
            }

            @Override
            public void visit(Text text) {
                current.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                current.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                current.append(html.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                current.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                current.append(' ');
            }

            @Override
            public void visit(FencedCodeBlock code) {
                literalBlock(code.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                literalBlock(code.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                literalBlock(html.getLiteral());
            }

            private void block(Node node) {
                flush.run();
                visitChildren(node);
                flush.run();
            }

            private void literalBlock(String literal) {
                flush.run();
                current.append(literal);
                flush.run();
            }
        });
        flush.run();
        return blocks;
    }

}
