package news.dateline.seo;

import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.shared.Markdown;
import org.junit.jupiter.api.Test;

/** A story's description, read from its body as the sanitizer leaves it. */
class PageMetasTest {

    private final Markdown markdown = new Markdown();

    @Test
    void aBodyWithoutStandfirstIsDescribedByItsTextAsReadersSeeIt() {
        String html = markdown.toHtml("""
                **VIENTIANE**, May 5 -- The minister said "trade & tourism" would grow by 5+ per cent; \
                write to press@example.org, *quoted* <b>as typed</b>, and don't read &lt;b&gt; as a tag.

                Second paragraph.""");

        assertThat(PageMetas.textOf(html)).isEqualTo("VIENTIANE, May 5 -- The minister said \"trade & tourism\" "
                + "would grow by 5+ per cent; write to press@example.org, quoted <b>as typed</b>, and don’t read <b> as a "
                + "tag. " + "Second paragraph.");
    }

    @Test
    void aLongBodyIsCutAtTheWordTheWholeTextWouldBeCutAt() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            body.append("word").append(i).append(i % 7 == 0 ? ",\n" : " ");
        }
        String html = markdown.toHtml(body.toString());
        String whole = html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();

        String description = PageMetas.trim(PageMetas.textOf(html));

        assertThat(description).isEqualTo(PageMetas.trim(whole)).endsWith("…");
        assertThat(description.length()).isLessThanOrEqualTo(PageMetas.DESCRIPTION_LENGTH);
    }

    @Test
    void numericEntitiesBecomeTheirCharactersAndUnknownOnesSpaces() {
        assertThat(PageMetas.textOf("<p>Ba&#39;ku &#x2014; H&#224; N&#7897;i &bogus; end&#0;</p>"))
            .isEqualTo("Ba’ku — Hà Nội end");
        assertThat(PageMetas.textOf("<p>a & b &amp c</p><p>  </p>")).isEqualTo("a & b &amp c");
    }

}
