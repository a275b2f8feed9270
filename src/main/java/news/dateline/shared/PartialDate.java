package news.dateline.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A date known to a precision of a year, a month or a day, as news copy gives it ("in
 * 1995", "in May 1995", "on 8 December 2025").
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    public enum Precision {

        YEAR, MONTH, DAY

    }

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            LocalDate.of(year, month, day); // validates the day
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The first day and the precision, as the database stores it. */
    public static PartialDate of(LocalDate start, Precision precision) {
        return switch (precision) {
            case YEAR -> ofYear(start.getYear());
            case MONTH -> ofMonth(start.getYear(), start.getMonthValue());
            case DAY -> of(start);
        };
    }

    /**
     * The years an editor may give an event: wider than any story needs, narrow enough to
     * catch a typo.
     */
    public static final int FIRST_YEAR = 1800;

    public static final int LAST_YEAR = 2100;

    /**
     * What an editor typed as an event's date, or empty when it is no such date
     * ("1995-13", "1995-02-30") or its year is outside
     * {@link #FIRST_YEAR}..{@link #LAST_YEAR}.
     */
    public static java.util.Optional<PartialDate> fromEditor(String text) {
        try {
            PartialDate date = parse(text);
            return date.year() < FIRST_YEAR || date.year() > LAST_YEAR ? java.util.Optional.empty()
                    : java.util.Optional.of(date);
        }
        catch (RuntimeException notADate) {
            return java.util.Optional.empty();
        }
    }

    /** Parses {@code 1995}, {@code 1995-05} or {@code 1995-05-08}. */
    public static PartialDate parse(String text) {
        String[] parts = Objects.requireNonNull(text, "text").trim().split("-");
        return switch (parts.length) {
            case 1 -> ofYear(Integer.parseInt(parts[0]));
            case 2 -> ofMonth(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            case 3 ->
                of(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
            default -> throw new IllegalArgumentException("not a partial date: " + text);
        };
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date can mean. */
    public LocalDate start() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day this date can mean. */
    public LocalDate end() {
        return switch (precision()) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> start();
        };
    }

    /** Whether a day could be meant by this date. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** Whether the two dates can mean the same time: one contains the other. */
    public boolean overlaps(PartialDate other) {
        return !other.end().isBefore(start()) && !other.start().isAfter(end());
    }

    /** For readers: "1995", "May 1995", "8 December 2025". */
    public String display() {
        return switch (precision()) {
            case YEAR -> Integer.toString(year);
            case MONTH -> monthName() + " " + year;
            case DAY -> day + " " + monthName() + " " + year;
        };
    }

    private String monthName() {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** ISO 8601 at its precision: {@code 1995}, {@code 1995-05}, {@code 1995-05-08}. */
    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> "%04d".formatted(year);
            case MONTH -> "%04d-%02d".formatted(year, month);
            case DAY -> "%04d-%02d-%02d".formatted(year, month, day);
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : precision().compareTo(other.precision());
    }
}
