package news.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a search result shows of a story's body. */
class SnippetTest {

    static final FoldedEnglish ANALYZER = new FoldedEnglish();

    @Test
    void theWordsFoundAreMarkedInTheirOwnSpellingAndEverythingElseIsEscaped() {
        String snippet = Snippet.of("Trade talks",
                "Officials said <b>Saffron</b> & spice exports rose; the <mark>saffron</mark> trade grew.",
                Snippet.terms("saffron EXPORT", ANALYZER));

        assertThat(snippet).isEqualTo("Officials said &lt;b&gt;<mark>Saffron</mark>&lt;/b&gt; &amp; spice "
                + "<mark>exports</mark> rose; the &lt;mark&gt;<mark>saffron</mark>&lt;/mark&gt; trade grew.");
    }

    @Test
    void accentsAndStemsAreFoldedAsTheIndexFoldsThem() {
        assertThat(Snippet.of("", "Việt Nam and Laos held consultations.",
                Snippet.terms("viet lao consultation", ANALYZER)))
            .isEqualTo("<mark>Việt</mark> Nam and <mark>Laos</mark> held <mark>consultations</mark>.");
    }

    @Test
    void aHeadlineTheBodyRepeatsIsLeftOut() {
        assertThat(Snippet.of("Laos and Azerbaijan sign accord", "LAOS AND AZERBAIJAN SIGN ACCORD. Vientiane, May 2.",
                Set.of("vientian")))
            .isEqualTo("<mark>Vientiane</mark>, May 2.");
    }

    @Test
    void wordsExcludedByTheSearchAreNotMarkedAndAStoryWithoutTheWordsShowsItsFirstWords() {
        assertThat(Snippet.terms("saffron -trade \"spice route\" or", ANALYZER)).containsOnly("saffron", "spice",
                "rout");
        String words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                + "sixteen seventeen eighteen nineteen twenty twenty-one";
        assertThat(Snippet.of("", words, Set.of("saffron"))).startsWith("one two").endsWith("twenty …");
    }

    @Test
    void twoPassagesFarApartAreJoined() {
        String body = "Saffron first. " + "filler ".repeat(60) + "Then exports at the end.";
        String snippet = Snippet.of("", body, Snippet.terms("saffron exports", ANALYZER));

        assertThat(snippet).startsWith("<mark>Saffron</mark> first.")
            .contains(" … ")
            .endsWith("<mark>exports</mark> at the end.");
        assertThat(snippet.split("\\s+").length).isLessThanOrEqualTo(Snippet.MOST_WORDS + 1);
        // a passage before the end of the text says the text goes on
        assertThat(Snippet.of("", "Saffron first. " + "filler ".repeat(60), Snippet.terms("saffron", ANALYZER)))
            .startsWith("<mark>Saffron</mark> first. filler")
            .endsWith("filler …");
    }

    @Test
    void wordsAreSplitOnTheSpacesARegularExpressionsBackslashSMeansAndNoOthers() {
        // a no-break space, an ideographic space and a line separator stay inside a word
        String text = "\tLaos\u00a0and\u000bViet\fNam\r\n \u3000held\u2028talks  ";
        java.util.List<String> expected = new java.util.ArrayList<>();
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\S+").matcher(text);
        while (word.find()) {
            expected.add(word.group());
        }

        assertThat(Snippet.words(text).stream().map(w -> text.substring(w[0], w[1])))
            .containsExactly("Laos\u00a0and", "Viet", "Nam", "\u3000held\u2028talks")
            .containsExactlyElementsOf(expected);
        assertThat(Snippet.words("")).isEmpty();
        assertThat(Snippet.words(" \n ")).isEmpty();
    }

}
