package news.dateline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a card or a feed entry says of a story whose body an editor wrote in Markdown. */
class StorySummaryTest {

    @Test
    void markdownMarksAreNotShownOnlyTheirText() {
        assertThat(StorySummary.textOf("""
                **VIENTIANE**, Nov 30 (KPL) -- The *two* ministers met, [the ministry said](https://example.org/a?b=1) \
                on `Monday`; see https://example.org/x."""))
            .isEqualTo("VIENTIANE, Nov 30 (KPL) -- The two ministers met, the ministry said on Monday; "
                    + "see https://example.org/x.");
    }

    @Test
    void wireCopyEscapedAsMarkdownReadsAsTheAgencyWroteIt() {
        String wire = "1. Baku* (AZERTAC) <b> [draft] \\ + - # _under_ & more";

        assertThat(StorySummary.textOf(news.dateline.ingest.wire.MarkdownText.fromParagraphs(List.of(wire))))
            .isEqualTo(wire);
    }

    @Test
    void rawHtmlIsShownAsTypedAsTheStoryPageShowsItAndEntitiesAsTheirCharacters() {
        assertThat(StorySummary.textOf("Say <script>alert(1)</script> &amp; &copy; 2026"))
            .isEqualTo("Say <script>alert(1)</script> & © 2026");
    }

    @Test
    void blocksAndLinesAreWordsApart() {
        assertThat(StorySummary.textOf("# Heading\nline one\nline two")).isEqualTo("Heading line one line two");
        assertThat(StorySummary.textOf("- first\n- second")).isEqualTo("first second");
        assertThat(StorySummary.textOf("    indented code")).isEqualTo("indented code");
        assertThat(StorySummary.textOf("plain  text\nover two lines ")).isEqualTo("plain text over two lines");
        assertThat(StorySummary.textOf("2026 was a year")).isEqualTo("2026 was a year");
        assertThat(StorySummary.textOf(null)).isEmpty();
        assertThat(StorySummary.textOf("  ")).isEmpty();
    }

}
