package news.dateline.ingest.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
        List<List<String>> everywhere = WireCopy.alikeForEveryStory(text -> described(DateExpressions.matches(text)),
                text -> described(DateExpressions.matchesEverywhere(text)));
        assertThat(everywhere.stream().mapToInt(List::size).sum()).isGreaterThan(500);
    }

    @Test
    void theMatchesOfAnyMixOfDateWordsAreThoseOfASearchEverywhere() {
        String[] pieces = { "on ", "On ", "in ", "IN ", "since ", "until ", "by ", "during ", "late ", "Mid-", "early ",
                "last ", "Next ", "this ", "earlier this ", "yesterday", "Yesterday", "today", "Today", "today's",
                "year", "month", "from ", "between ", " and ", " to ", "-", "–", "—", " ", "  ", "\n", ", ", ". ",
                "'s ", "’s", "s", "$", "€", "/", "_", "x", "é", "May", "may", "MAY", "Sept.", "sep", "December", "Dec.",
                "dec", "Jan", "August", "Monday", "tuesday", "Saturday's", "Sun", "1986", "2025", "1995", "2019-2023",
                "1970s", "19", "20", "9", "8-9", "31", "07", "1st", "2nd", "23rd", "4th", "of ", "Tô Lâm ", "Việt",
                "9.5", "3,000" };
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            String written = WireCopy.mixOf(pieces, 10, random);
            assertThat(described(DateExpressions.matches(written))).as(written)
                .isEqualTo(described(DateExpressions.matchesEverywhere(written)));
        }
    }

}
