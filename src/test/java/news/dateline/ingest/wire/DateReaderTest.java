package news.dateline.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import news.dateline.support.WireCopy;
import org.junit.jupiter.api.Test;

/**
 * The day/month order a text's all-numeric dates prove, looked for only where such a date
 * can begin, is that of a search at every character.
 */
class DateReaderTest {

    /** What {@link DateReader#provenOrder} must give: every match of a plain search. */
    private static Optional<DateReader.Order> searchedEverywhere(String text) {
        Matcher m = DateReader.NUMERIC.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group("first"));
            int second = Integer.parseInt(m.group("second2"));
            if (first > 12 && second <= 12) {
                return Optional.of(DateReader.Order.DAY_FIRST);
            }
            if (second > 12 && first <= 12) {
                return Optional.of(DateReader.Order.MONTH_FIRST);
            }
        }
        return Optional.empty();
    }

    @Test
    void aTextOfDayFirstOrMonthFirstDatesSaysSo() {
        assertThat(DateReader.provenOrder("Posted 25/11/2024, updated 03/12/2024"))
            .contains(DateReader.Order.DAY_FIRST);
        assertThat(DateReader.provenOrder("12-25-2024 and 1-2-2025")).contains(DateReader.Order.MONTH_FIRST);
        assertThat(DateReader.provenOrder("03.12.2024 and 04.12.2024")).isEmpty();
        assertThat(DateReader.provenOrder("no date in 123/12/2024 nor in 1.2.20245")).isEmpty();
    }

    @Test
    void theOrderOfEveryStoryOfTheCorpusAndOfAnyMixOfNumbersIsThatOfASearchEverywhere() throws IOException {
        WireCopy.alikeForEveryStory(DateReader::provenOrder, DateReaderTest::searchedEverywhere);
        String[] pieces = { "1", "2", "9", "12", "13", "25", "31", "2024", "2025", "123", ".", "/", "-", " ", "x", "..",
                "//", "v", "é", "25/12/2024", "3.4.2025", "12-31-2024", "1/2/", "13.", "/2024" };
        Random random = new Random(3);
        int decided = 0;
        for (int n = 0; n < 50_000; n++) {
            String written = WireCopy.mixOf(pieces, 12, random);
            Optional<DateReader.Order> expected = searchedEverywhere(written);
            assertThat(DateReader.provenOrder(written)).as(written).isEqualTo(expected);
            decided += expected.isPresent() ? 1 : 0;
        }
        assertThat(decided).isGreaterThan(100);
    }

}
