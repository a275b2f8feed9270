package news.dateline.ingest.wire;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.ingest.PublishedTime;

/**
 * Reads the publication dates wire copy writes on lines of their own:
 * {@code 10/12/2025 10:34} (day first), {@code 12/10/2025 1:43:08 PM} (month first, as a
 * 12-hour clock implies), {@code 2025-12-09}, {@code December 9, 2025}, with an optional
 * zone. A time without a zone takes the agency's home offset, or is dropped when that is
 * unknown: precision is never invented.
 */
final class DateReader {

    /** Which number comes first in an all-numeric date without an AM/PM clock. */
    enum Order {

        DAY_FIRST, MONTH_FIRST

    }

    /**
     * A {@code date 2025-12-09} tag in front of the lead, as MENAFN and VNA feeds write
     * it.
     */
    record DatePrefix(String dateText, String rest) {
    }

    private static final String WEEKDAY = "(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\\.?,?\\s+)?";

    private static final String MONTH_NAME = "(?<monthName>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    private static final String TIME = "(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?(?:\\s*(?<ampm>[AaPp]\\.?[Mm]\\.?))?";

    private static final String ZONE = "(?:\\s*(?<zone>Z|(?:GMT|UTC)(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2}))?";

    private static final String CLOCK = "(?:,?\\s*(?:at\\s+)?" + TIME + ")?" + ZONE;

    private static final Pattern NUMERIC = Pattern
        .compile("(?<first>\\d{1,2})[./-](?<second2>\\d{1,2})[./-](?<year>\\d{4})" + CLOCK);

    private static final Pattern ISO = Pattern
        .compile("(?<year>\\d{4})-(?<month>\\d{1,2})-(?<day>\\d{1,2})(?:[T ]" + TIME + ")?" + ZONE);

    private static final Pattern DAY_MONTH = Pattern
        .compile("(?i)" + WEEKDAY + "(?<day>\\d{1,2})\\s+" + MONTH_NAME + ",?\\s+(?<year>\\d{4})" + CLOCK);

    private static final Pattern MONTH_DAY = Pattern
        .compile("(?i)" + WEEKDAY + MONTH_NAME + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})" + CLOCK);

    private static final List<Pattern> SHAPES = List.of(NUMERIC, ISO, DAY_MONTH, MONTH_DAY);

    private static final Pattern DATE_PREFIX = Pattern.compile(
            "^\\s*(?i:date):?\\s+(?<date>\\d{4}-\\d{1,2}-\\d{1,2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?)?)(?!\\d)\\s*");

    private DateReader() {
    }

    /**
     * A line that holds a date (and maybe a time) and nothing else, whether or not the
     * date is possible.
     */
    static boolean isDateLine(String line) {
        String text = Texts.normalizeSpace(line);
        return !text.isEmpty() && text.length() <= 60 && SHAPES.stream().anyMatch(p -> p.matcher(text).matches());
    }

    /** The {@code date 2025-12-09} tag at the start of a line, and what follows it. */
    static Optional<DatePrefix> datePrefix(String line) {
        Matcher m = DATE_PREFIX.matcher(line);
        return m.lookingAt() ? Optional.of(new DatePrefix(m.group("date"), line.substring(m.end()))) : Optional.empty();
    }

    /**
     * @param order how to read an all-numeric date written without AM/PM
     * @param home the offset of a time written without a zone, or null when unknown
     * @param warnings receives a note naming any date that cannot be read
     * @return the time at the precision the text gives, or null when the text is not a
     * possible date
     */
    static PublishedTime read(String text, Order order, ZoneOffset home, List<String> warnings) {
        String date = Texts.normalizeSpace(text);
        for (Pattern shape : SHAPES) {
            Matcher m = shape.matcher(date);
            if (m.matches()) {
                return resolve(m, shape, date, order, home, warnings);
            }
        }
        warnings.add("unreadable date '" + date + "'");
        return null;
    }

    private static PublishedTime resolve(Matcher m, Pattern shape, String text, Order order, ZoneOffset home,
            List<String> warnings) {
        try {
            LocalDate date = date(m, shape, order);
            if (m.group("hour") == null) {
                return PublishedTime.ofDate(date);
            }
            LocalTime time = time(m);
            ZoneOffset offset = m.group("zone") != null ? zone(m.group("zone")) : home;
            if (offset == null) {
                warnings.add("time in '" + text + "' has no known time zone: kept the date only");
                return PublishedTime.ofDate(date);
            }
            return PublishedTime.of(OffsetDateTime.of(date, time, offset));
        }
        catch (DateTimeException | NumberFormatException impossible) {
            warnings.add("unreadable date '" + text + "'");
            return null;
        }
    }

    private static LocalDate date(Matcher m, Pattern shape, Order order) {
        int year = Integer.parseInt(m.group("year"));
        if (shape == NUMERIC) {
            int first = Integer.parseInt(m.group("first"));
            int second = Integer.parseInt(m.group("second2"));
            boolean monthFirst = order == Order.MONTH_FIRST || m.group("ampm") != null;
            return monthFirst ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first);
        }
        int day = Integer.parseInt(m.group("day"));
        int month = shape == ISO ? Integer.parseInt(m.group("month")) : monthNumber(m.group("monthName"));
        return LocalDate.of(year, month, day);
    }

    private static LocalTime time(Matcher m) {
        int hour = Integer.parseInt(m.group("hour"));
        int minute = Integer.parseInt(m.group("minute"));
        int second = m.group("second") == null ? 0 : Integer.parseInt(m.group("second"));
        String ampm = m.group("ampm");
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                throw new DateTimeException("a 12-hour clock has no hour " + hour);
            }
            boolean pm = Character.toUpperCase(ampm.charAt(0)) == 'P';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return LocalTime.of(hour, minute, second);
    }

    private static int monthNumber(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key)
                + 1;
    }

    /** "Z", "UTC", "GMT+7", "+0700", "+07:00" as an offset. */
    private static ZoneOffset zone(String zone) {
        String offset = zone.replaceFirst("^(?:GMT|UTC|Z)", "");
        if (offset.isEmpty()) {
            return ZoneOffset.UTC;
        }
        Matcher m = Pattern.compile("([+-])(\\d{1,2}):?(\\d{2})?").matcher(offset);
        if (!m.matches()) {
            throw new DateTimeException("unknown zone " + zone);
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(2)), sign * minutes);
    }

}
