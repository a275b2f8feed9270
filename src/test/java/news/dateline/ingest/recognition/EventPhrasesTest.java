package news.dateline.ingest.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        List<Path> files = WireCopy.corpusAndSeeds();
        assertThat(files).hasSizeGreaterThan(50);
        int heads = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            List<String> everywhere = spans(EventPhrases.headsEverywhere(text), text);
            assertThat(spans(EventPhrases.heads(text), text)).as(file.toString()).isEqualTo(everywhere);
            heads += everywhere.size();
        }
        assertThat(heads).isGreaterThan(400);
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
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(10); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            assertThat(spans(EventPhrases.heads(written), written)).as(written)
                .isEqualTo(spans(EventPhrases.headsEverywhere(written), written));
        }
    }

}
