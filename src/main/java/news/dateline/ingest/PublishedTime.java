package news.dateline.ingest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * When a story was published, as precise as the copy gives it: a date alone, or a date
 * and time with the source's offset.
 */
public record PublishedTime(LocalDate date, LocalTime time, ZoneOffset offset) {

    public PublishedTime {
        if (date == null) {
            throw new IllegalArgumentException("a publication time needs a date");
        }
        if ((time == null) != (offset == null)) {
            throw new IllegalArgumentException("a time needs its offset and an offset its time");
        }
    }

    public static PublishedTime ofDate(LocalDate date) {
        return new PublishedTime(date, null, null);
    }

    public static PublishedTime of(OffsetDateTime dateTime) {
        return new PublishedTime(dateTime.toLocalDate(), dateTime.toLocalTime(), dateTime.getOffset());
    }

    public boolean hasTime() {
        return time != null;
    }

    /** The instant used for ordering: a date alone counts as its midnight in UTC. */
    public OffsetDateTime toOffsetDateTime() {
        return hasTime() ? OffsetDateTime.of(date, time, offset) : date.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /**
     * ISO 8601 at its precision: {@code 2025-12-09} or {@code 2025-12-10T10:34:00+07:00}.
     */
    @Override
    public String toString() {
        if (!hasTime()) {
            return date.toString();
        }
        return date + "T" + "%02d:%02d:%02d".formatted(time.getHour(), time.getMinute(), time.getSecond())
                + offset.getId().replace("Z", "+00:00");
    }
}
