package news.dateline.ingest.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import news.dateline.support.WireCopy;
import org.junit.jupiter.api.Test;

/**
 * Where the date patterns are tried: only where a match can begin, with the same result.
 */
class DateExpressionsTest {

    /** Kind, span and every group's text of each match, in order. */
    private static List<String> described(List<DateExpressions.Candidate> candidates) {
        List<String> described = new ArrayList<>();
        for (DateExpressions.Candidate c : candidates) {
            StringBuilder groups = new StringBuilder();
            for (int g = 0; g <= c.match().groupCount(); g++) {
                groups.append('|').append(c.match().group(g));
            }
            described.add(c.kind() + " " + c.start() + "-" + c.end() + groups);
        }
        return described;
    }

    @Test
    void theMatchesOfEveryStoryOfTheCorpusAndTheSeedsAreThoseOfASearchEverywhere() throws IOException {
        List<Path> files = WireCopy.corpusAndSeeds();
        assertThat(files).hasSizeGreaterThan(50);
        int dates = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            List<String> everywhere = described(DateExpressions.matchesEverywhere(text));
            assertThat(described(DateExpressions.matches(text))).as(file.toString()).isEqualTo(everywhere);
            dates += everywhere.size();
        }
        assertThat(dates).isGreaterThan(500);
    }

    @Test
    void theMatchesOfAnyMixOfDateWordsAreThoseOfASearchEverywhere() {
        String[] pieces = { "on ", "On ", "in ", "IN ", "since ", "until ", "by ", "during ", "late ", "Mid-", "early ",
                "last ", "Next ", "this ", "earlier this ", "yesterday", "Yesterday", "year", "month", "from ",
                "between ", " and ", " to ", "-", "–", "—", " ", "  ", "\n", ", ", ". ", "'s ", "’s", "s", "$", "€",
                "/", "_", "x", "é", "May", "may", "MAY", "Sept.", "sep", "December", "Dec.", "dec", "Jan", "August",
                "Monday", "tuesday", "Saturday's", "Sun", "1986", "2025", "1995", "2019-2023", "1970s", "19", "20", "9",
                "8-9", "31", "07", "1st", "2nd", "23rd", "4th", "of ", "Tô Lâm ", "Việt", "9.5", "3,000" };
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(10);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            assertThat(described(DateExpressions.matches(written))).as(written)
                .isEqualTo(described(DateExpressions.matchesEverywhere(written)));
        }
    }

}
