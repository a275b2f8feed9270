package news.dateline.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the portal writes a publication time for readers and machines. */
public final class DisplayTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.ENGLISH);

    private DisplayTimes() {
    }

    /**
     * A published time: with its minute and zone when the source gave them ("10 December
     * 2025, 10:34 UTC+07:00").
     */
    public static Stamp of(Instant instant, boolean withTime, String offset) {
        if (!withTime) {
            var date = instant.atOffset(ZoneOffset.UTC).toLocalDate();
            return new Stamp(DAY.format(date), date.toString());
        }
        ZoneOffset zone = offset == null ? ZoneOffset.UTC : ZoneOffset.of(offset);
        OffsetDateTime local = instant.atOffset(zone);
        String zoneLabel = zone.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + zone.getId();
        return new Stamp(MINUTE.format(local) + " " + zoneLabel, local.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /**
     * The day a story was published, in its own zone (a story filed at 01:00 in Vientiane
     * is dated that day there, not the day before in UTC), for lists of stories: "10
     * December 2025".
     */
    public static Stamp day(Instant instant, String offset) {
        var date = instant.atOffset(offset == null ? ZoneOffset.UTC : ZoneOffset.of(offset)).toLocalDate();
        return new Stamp(DAY.format(date), date.toString());
    }

    /**
     * {@link #day} from a result row's {@code published_at} and {@code published_offset}.
     */
    public static Stamp day(java.sql.ResultSet row) throws java.sql.SQLException {
        return day(row.getTimestamp("published_at").toInstant(), row.getString("published_offset"));
    }

    /**
     * @param text for readers
     * @param machine for {@code <time datetime>}: ISO 8601 at the known precision
     */
    public record Stamp(String text, String machine) {
    }

}
