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

    /** A published time: with its minute and zone when the source gave them ("10 December 2025, 10:34 UTC+07:00"). */
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
     * @param text    for readers
     * @param machine for {@code <time datetime>}: ISO 8601 at the known precision
     */
    public record Stamp(String text, String machine) {
    }
}
