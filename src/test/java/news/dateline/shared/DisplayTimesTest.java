package news.dateline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** How a reader reads a story's time. */
class DisplayTimesTest {

    static final Instant AT = Instant.parse("2025-12-10T06:05:00Z");

    @Test
    void theLocalTimeWithItsPlaceAndItsOffsetFromUtc() {
        assertThat(DisplayTimes.of(AT, true, "+07:00", "Vientiane").text())
            .isEqualTo("10 December 2025, 13:05 Vientiane time (UTC+7)");
        assertThat(DisplayTimes.of(AT, true, "+07:00", "VIENTIANE, Dec 10").text())
            .isEqualTo("10 December 2025, 13:05 Vientiane time (UTC+7)");
        assertThat(DisplayTimes.of(AT, true, "+07:00", null).text()).isEqualTo("10 December 2025, 13:05 UTC+7");
        assertThat(DisplayTimes.of(AT, true, null, null).text()).isEqualTo("10 December 2025, 06:05 UTC");
        assertThat(DisplayTimes.of(AT, false, "+07:00", "Vientiane").text()).isEqualTo("10 December 2025");
    }

    @Test
    void aPlaceIsNamedOnlyWhenItsClockIsAtTheOffsetTheSourceGave() {
        // a Lao agency's correspondent in Baku files at Vientiane's offset
        assertThat(DisplayTimes.of(AT, true, "+07:00", "BAKU, Dec 10").text())
            .isEqualTo("10 December 2025, 13:05 UTC+7");
        assertThat(DisplayTimes.of(AT, true, "+04:00", "Baku").text())
            .isEqualTo("10 December 2025, 10:05 Baku time (UTC+4)");
        // cities whose zone bears another name
        assertThat(DisplayTimes.of(AT, true, "+07:00", "Hanoi").text())
            .isEqualTo("10 December 2025, 13:05 Hanoi time (UTC+7)");
        assertThat(DisplayTimes.of(AT, true, "+07:00", "WASHINGTON").text()).isEqualTo("10 December 2025, 13:05 UTC+7");
        assertThat(DisplayTimes.of(AT, true, "-05:00", "Washington").text())
            .isEqualTo("10 December 2025, 01:05 Washington time (UTC\u22125)");
        // summer time: New York is at UTC-4 in July, not UTC-5
        Instant july = Instant.parse("2025-07-10T06:05:00Z");
        assertThat(DisplayTimes.of(july, true, "-04:00", "New York").text()).endsWith("New York time (UTC\u22124)");
        assertThat(DisplayTimes.of(july, true, "-05:00", "New York").text())
            .isEqualTo("10 July 2025, 01:05 UTC\u22125");
        // a town the time zones do not name: the source's offset is taken with its place
        assertThat(DisplayTimes.of(AT, true, "+07:00", "Xaysomboun").text())
            .isEqualTo("10 December 2025, 13:05 Xaysomboun time (UTC+7)");
    }

    @Test
    void theMachineTimeHasWholeSecondsWhichHtmlAccepts() {
        Instant edited = Instant.parse("2026-12-01T05:11:49.005180123Z");
        assertThat(DisplayTimes.of(edited, true, "+07:00", "Vientiane").machine())
            .isEqualTo("2026-12-01T12:11:49+07:00");
    }

    @Test
    void offsetsAreWrittenShort() {
        assertThat(DisplayTimes.utcLabel(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("UTC+5:30");
        assertThat(DisplayTimes.utcLabel(ZoneOffset.ofHours(-3))).isEqualTo("UTC\u22123");
        assertThat(DisplayTimes.utcLabel(ZoneOffset.UTC)).isEqualTo("UTC");
    }

    @Test
    void aCountrysCityOnlyWhenItsClockIsAtTheStorysOffset() {
        assertThat(DisplayTimes.cityOf("LA", "+07:00", AT)).isEqualTo("Vientiane");
        assertThat(DisplayTimes.cityOf("AZ", "+07:00", AT)).isNull();
        assertThat(DisplayTimes.cityOf("AZ", "+04:00", AT)).isEqualTo("Baku");
        assertThat(DisplayTimes.cityOf("US", "-05:00", AT)).isNull();
    }

}
