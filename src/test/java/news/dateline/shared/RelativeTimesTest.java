package news.dateline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Relative times on lists: for the last day only, with the full date kept as the title.
 */
class RelativeTimesTest {

    private final RelativeTimes times = new RelativeTimes(
            Clock.fixed(Instant.parse("2025-12-10T08:05:00Z"), ZoneOffset.UTC));

    @Test
    void aStoryOfTheLastDayIsSoManyHoursAgoWithItsDateAsTheTitle() {
        var shown = times.of(DisplayTimes.day(Instant.parse("2025-12-10T06:04:00Z"), "+07:00"));

        assertThat(shown.text()).isEqualTo("2 hours ago");
        assertThat(shown.title()).isEqualTo("10 December 2025");
        assertThat(shown.datetime()).isEqualTo("2025-12-10T13:04:00+07:00");
        assertThat(times.of(DisplayTimes.day(Instant.parse("2025-12-10T08:04:00Z"), null)).text())
            .isEqualTo("1 minute ago");
        assertThat(times.of(DisplayTimes.day(Instant.parse("2025-12-10T08:04:30Z"), null)).text())
            .isEqualTo("just now");
        assertThat(times.of(DisplayTimes.day(Instant.parse("2025-12-09T08:06:00Z"), null)).text())
            .isEqualTo("23 hours ago");
    }

    @Test
    void anOlderStoryOrOneWithoutItsMomentShowsItsDate() {
        var older = times.of(DisplayTimes.day(Instant.parse("2025-12-09T08:05:00Z"), "+07:00"));
        assertThat(older.text()).isEqualTo("9 December 2025");
        assertThat(older.datetime()).isEqualTo("2025-12-09");
        assertThat(older.title()).isNull();

        var dateOnly = times.of(DisplayTimes.of(Instant.parse("2025-12-10T00:00:00Z"), false, null));
        assertThat(dateOnly.text()).isEqualTo("10 December 2025");
        assertThat(dateOnly.title()).isNull();
    }

}
