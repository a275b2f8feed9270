package news.dateline.ingest.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import news.dateline.support.WireCopy;
import org.junit.jupiter.api.Test;

/**
 * Where the heads of event titles are looked for: only where a head's first word stands,
 * with the same result as a search at every character.
 */
class EventPhrasesTest {

    private static List<String> spans(List<int[]> heads, String text) {
        return heads.stream().map(h -> h[0] + "-" + h[1] + " " + text.substring(h[0], h[1])).toList();
    }

    @Test
    void theHeadsOfEveryStoryOfTheCorpusAndTheSeedsAreThoseOfASearchEverywhere() throws IOException {
        List<List<String>> everywhere = WireCopy.alikeForEveryStory(text -> spans(EventPhrases.heads(text), text),
                text -> spans(EventPhrases.headsEverywhere(text), text));
        assertThat(everywhere.stream().mapToInt(List::size).sum()).isGreaterThan(400);
    }

    @Test
    void theHeadsOfAnyMixOfHeadWordsAreThoseOfASearchEverywhere() {
        String[] pieces = { "meeting", "Meetings", "TALKS", "talk", "visit", "visits", "visitor", "press", "press ",
                "conference", " conference", "round ", "table", "grand prix", "Grand Prix", "cop", "COP29", "cop 29",
                "drill", "drills", "service", "civil ", "customs service", " hall", " centre", "-", " ", "  ", "\n",
                ", ", ".", "'s", "é", "x", "Tô Lâm", "1", "handover", " ceremony", "groundbreaking", "phone call",
                "courtesy", " call", "summitry", "the ", "at the ", "vote", "voters", "fire", "firefighters" };
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            String written = WireCopy.mixOf(pieces, 10, random);
            assertThat(spans(EventPhrases.heads(written), written)).as(written)
                .isEqualTo(spans(EventPhrases.headsEverywhere(written), written));
        }
    }

}
