package news.dateline.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a list of stories (newest first, ties by id) goes on: "older stories" are those
 * published before {@code publishedAt}, or at that time with a smaller id. Lists read the
 * next page with {@code (published_at, id) < (:at, :id)} along an index in that order
 * (keyset pagination), so an old page costs what the first one does. In a URL it is
 * {@code ?before=MICROS-ID} (microseconds since the epoch, as PostgreSQL keeps them).
 */
public record StoryCursor(OffsetDateTime publishedAt, long id) {

    private static final Pattern FORM = Pattern.compile("(-?\\d{1,17})-(\\d{1,18})");

    /** The first page: everything published up to now. */
    public static StoryCursor first(OffsetDateTime now) {
        return new StoryCursor(now, Long.MAX_VALUE);
    }

    /** The cursor after a story shown last. */
    public static StoryCursor after(Instant publishedAt, long id) {
        return new StoryCursor(SqlTime.of(publishedAt), id);
    }

    /** The cursor of a {@code ?before=} parameter; empty when it is not one of ours. */
    public static Optional<StoryCursor> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var match = FORM.matcher(value);
        if (!match.matches()) {
            return Optional.empty();
        }
        Instant at = Instant.EPOCH.plus(Long.parseLong(match.group(1)), ChronoUnit.MICROS);
        return Optional.of(new StoryCursor(at.atOffset(ZoneOffset.UTC), Long.parseLong(match.group(2))));
    }

    /** This cursor, or the first page's when there is none or it lies in the future. */
    public static StoryCursor orFirst(StoryCursor cursor, OffsetDateTime now) {
        return cursor == null || cursor.publishedAt().isAfter(now) ? first(now) : cursor;
    }

    /**
     * The cursor of the current row of a result with {@code published_at} and {@code id}
     * columns.
     */
    public static StoryCursor of(java.sql.ResultSet row) throws java.sql.SQLException {
        return after(row.getTimestamp("published_at").toInstant(), row.getLong("id"));
    }

    /** A list item with the cursor of its row. */
    public record Keyed<T>(T item, StoryCursor cursor) {
    }

    /**
     * One page of a list read with {@code limit size + 1}: the items, and the cursor of
     * the older stories when there are more (null when this page is the last).
     */
    public record Page<T>(java.util.List<T> items, StoryCursor older) {

        public static <T> Page<T> of(java.util.List<Keyed<T>> rows, int size) {
            var shown = rows.subList(0, Math.min(size, rows.size()));
            return new Page<>(shown.stream().map(Keyed::item).toList(),
                    rows.size() > size ? shown.get(shown.size() - 1).cursor() : null);
        }
    }

    /** The value of {@code ?before=}. */
    @Override
    public String toString() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, publishedAt.toInstant()) + "-" + id;
    }
}
