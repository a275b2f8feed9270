package news.dateline.shared;

import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.Node;
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

}
