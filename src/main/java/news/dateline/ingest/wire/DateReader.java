package news.dateline.ingest.wire;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.ingest.PublishedTime;

/**
 * Reads the publication dates wire copy writes on lines of their own, in every common
 * shape: {@code 10/12/2025 10:34} (numeric: day first unless the agency or the story says
 * otherwise), {@code 12/10/2025 1:43:08 PM} (month first, as a 12-hour clock implies),
 * {@code 2025-12-09}, {@code 09.12.2025}, {@code December 9, 2025},
 * {@code 9 December 2025}, {@code Dec. 9, 2025}, with a weekday, a label ("Published:",
 * "Updated"), a time and a zone in any common notation
 * ({@code Monday, December 9, 2025 | 14:05 GMT+7}, {@code 14:05, 09.12.2025 (UTC+04:00)},
 * {@code 09 Dec 2025, 2:05 pm ICT}), Vietnamese in words
 * ({@code ngày 02 tháng 12 năm 2024}). A time without a zone takes the agency's home
 * zone, or is dropped when that is unknown: precision is never invented.
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

    /** The longest line that can be a date line. */
    private static final int MAX_DATE_LINE = 100;

    /**
     * The months of Azerbaijani, Lao, Russian, Turkish, Spanish, French, Portuguese,
     * Italian and German copy, in order: "9 dekabr", "8 ທັນວາ 2025", "3 декабря", "3
     * Aralık 2024", "3 dic", "3 décembre 2024", "3 de dezembro de 2024", "3 dicembre
     * 2024", "3. Dezember 2024".
     */
    private static final List<List<String>> OTHER_MONTHS = List.of(
            List.of("yanvar", "ມັງກອນ", "января", "ocak", "enero", "ene", "janvier", "janv", "janeiro", "gennaio",
                    "januar"),
            List.of("fevral", "ກຸມພາ", "февраля", "şubat", "febrero", "février", "févr", "fevereiro", "fev", "febbraio",
                    "februar"),
            List.of("mart", "ມີນາ", "марта", "marzo", "mars", "março", "märz"),
            List.of("aprel", "ເມສາ", "апреля", "nisan", "abril", "abr", "avril", "avr", "aprile"),
            List.of("may", "ພຶດສະພາ", "мая", "mayıs", "mayo", "mai", "maio", "maggio"),
            List.of("iyun", "ມິຖຸນາ", "июня", "haziran", "junio", "juin", "junho", "giugno", "juni"),
            List.of("iyul", "ກໍລະກົດ", "июля", "temmuz", "julio", "juillet", "juil", "julho", "luglio", "juli"),
            List.of("avqust", "ສິງຫາ", "августа", "ağustos", "agosto", "ago", "août"),
            List.of("sentyabr", "ກັນຍາ", "сентября", "eylül", "septiembre", "septembre", "setembro", "set",
                    "settembre"),
            List.of("oktyabr", "ຕຸລາ", "октября", "ekim", "octubre", "octobre", "outubro", "out", "ottobre", "oktober",
                    "okt"),
            List.of("noyabr", "ພະຈິກ", "ноября", "kasım", "noviembre", "novembre", "novembro"),
            List.of("dekabr", "ທັນວາ", "декабря", "aralık", "diciembre", "dic", "décembre", "déc", "dezembro", "dez",
                    "dicembre", "dezember"));

    /**
     * The Azerbaijani, Lao and Russian months as alternatives of a regular expression.
     */
    static final String OTHER_MONTH_NAMES = String.join("|",
            OTHER_MONTHS.stream().flatMap(List::stream).filter(m -> !m.equals("may")).toList());

    /** A month's name in English or one of {@link #OTHER_MONTHS}' languages. */
    static final String MONTH_NAME = "(?<monthName>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|" + OTHER_MONTH_NAMES
            + ")(?![\\p{L}\\p{M}])\\.?";

    private static final String TIME = "(?<![\\d:.])(?<hour>\\d{1,2})[:h.](?<minute>\\d{2})(?::(?<second>\\d{2})(?:\\.\\d{1,9})?)?"
            + "(?:\\s*(?<ampm>[AaPp]\\.?\\s?[Mm]\\.?))?(?![\\d:])";

    private static final Pattern TIME_PATTERN = Pattern.compile(TIME);

    /**
     * "GMT+7", "(UTC +04:00)", "+0700", "+07:00", "GMT", "UTC", "Z", "ICT", "EDT", "ET".
     */
    private static final Pattern ZONE = Pattern
        .compile("(?:(?:GMT|UTC)\\s*(?<sign>[+-])\\s*(?<zh>\\d{1,2})(?::?(?<zm>\\d{2}))?(?!\\d)"
                + "|(?<![\\d\\p{L}])(?<iso>[+-]\\d{2}:?\\d{2})(?!\\d)|(?<![\\p{L}])(?<abbr>GMT|UTC|Z|ICT|VNT|AZT|MSK|JST|KST|WIB|SGT|MYT|PHT|HKT|CET|CEST|BST|EST|EDT|PST|PDT|MDT|CDT|AEST|AEDT|IST)(?![\\p{L}])"
                + "|(?<![\\p{L}])(?<region>ET|CT|PT)(?![\\p{L}]))");

    /**
     * Zones American pages name without saying whether summer time is on ("14:05 ET"):
     * the offset is the region's on that day.
     */
    private static final Map<String, ZoneId> REGIONS = Map.of("ET", ZoneId.of("America/New_York"), "CT",
            ZoneId.of("America/Chicago"), "PT", ZoneId.of("America/Los_Angeles"));

    /** Offsets of the zone abbreviations wire pages print. */
    private static final Map<String, ZoneOffset> ABBREVIATIONS = Map.ofEntries(Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC), Map.entry("ICT", ZoneOffset.ofHours(7)),
            Map.entry("VNT", ZoneOffset.ofHours(7)), Map.entry("AZT", ZoneOffset.ofHours(4)),
            Map.entry("MSK", ZoneOffset.ofHours(3)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("WIB", ZoneOffset.ofHours(7)),
            Map.entry("SGT", ZoneOffset.ofHours(8)), Map.entry("MYT", ZoneOffset.ofHours(8)),
            Map.entry("PHT", ZoneOffset.ofHours(8)), Map.entry("HKT", ZoneOffset.ofHours(8)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("AEST", ZoneOffset.ofHours(10)),
            Map.entry("AEDT", ZoneOffset.ofHours(11)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)));

    static final Pattern NUMERIC = Pattern
        .compile("(?<![\\d./-])(?<first>\\d{1,2})(?<sep>[./-])(?<second2>\\d{1,2})\\k<sep>(?<year>\\d{4})(?![\\d])");

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d./-])(?<year>\\d{4})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})(?:T(?=\\d)|(?![\\d]))");

    private static final Pattern DAY_MONTH = Pattern
        .compile("(?iu)(?<![\\d])(?<day>\\d{1,2})(?:st|nd|rd|th|\\.(?=\\s))?(?:\\s+(?:of|de))?[\\s-]+" + MONTH_NAME
                + "(?:\\s+de)?,?[\\s-]+(?<year>\\d{4})(?!\\d)");

    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + MONTH_NAME + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})(?!\\d)");

    /** Vietnamese in words: "2 tháng 12, 2024", "ngày 02 tháng 12 năm 2024". */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "(?iu)(?<![\\d])(?<day>\\d{1,2})\\s+tháng\\s+(?<month>\\d{1,2})(?:\\s*,\\s*|\\s+năm\\s+|\\s+)(?<year>\\d{4})(?!\\d)");

    /** The end of every {@link #MONTH_DAY} date: the day and the year. */
    private static final Pattern DAY_THEN_YEAR = Pattern
        .compile("(?iu)(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})(?!\\d)");

    private static final List<Pattern> SHAPES = List.of(ISO, NUMERIC, DAY_MONTH, MONTH_DAY, VIETNAMESE);

    /** A date without its year, as datelines write it: "Dec. 9", "9 December". */
    private static final Pattern DAY_MONTH_NO_YEAR = Pattern
        .compile("(?iu)^(?<day>\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:(?:of|de)\\s+)?" + MONTH_NAME + "$");

    private static final Pattern MONTH_DAY_NO_YEAR = Pattern
        .compile("(?iu)^" + MONTH_NAME + "\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?$");

    /**
     * Day and month in figures, as Vietnamese datelines write them: "Hà Nội, 2/12 (TTXVN)
     * -" is 2 December.
     */
    private static final Pattern NUMERIC_NO_YEAR = Pattern.compile("^(?<day>\\d{1,2})/(?<month>\\d{1,2})$");

    /** What may stand around a date on a date line, besides its time and zone. */
    private static final Pattern FILLER = Pattern
        .compile("(?i)(?:(?<![\\p{L}])(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
                + "(?:day|nesday|sday|rsday|urday)?(?![\\p{L}])\\.?|published(?:\\s+on)?|first published|updated(?:\\s+on)?|latest update|update|(?:updated\\s+)?\\d+\\s+(?:mins?|minutes?|hours?|hrs?|days?)\\s+ago|"
                + "last updated|posted(?:\\s+on)?|publication|date(?:d)?|created|modified|time|on|at|local time|local|hrs|hours|h|uhr|"
                // a section's name before the date (Yonhap's "All News", Trend's
                // "Politics Materials")
                + "(?:all|latest|top)\\s+news|news|materials|politics|business|economy|society|world|region|national|"
                // credits beside it (Xinhua's "Source: ... |Editor: ...")
                + "(?:source|editor|author|writer|reporter)\\s*:\\s*[\\p{L}\\p{M}.'’ -]{1,40}|"
                + "vientiane time|hanoi time|baku time|beijing time|moscow time|bangkok time|"
                + "ngày|lúc|cập nhật|đăng(?:\\s+lúc)?|thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật|ວັນທີ|"
                + "[|,:;()\\[\\]•·/–—\\-]|\\s)+");

    /**
     * A section's name after a bullet or a bar at the end of a date line: "• Oil&Gas".
     */
    private static final Pattern SECTION_AFTER_BULLET = Pattern.compile("[•·|]\\s*\\p{L}[\\p{L}&' -]{0,30}\\s*$");

    private static final Pattern DATE_PREFIX = Pattern.compile(
            "^\\s*(?i:date):?\\s+(?<date>\\d{4}-\\d{1,2}-\\d{1,2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?)?)(?!\\d)\\s*");

    private static final Pattern UPDATED = Pattern.compile("(?i)\\b(?:updated?|modified)\\b");

    private DateReader() {
    }

    /** What a date line holds: its date match and the rest cut into time and zone. */
    private record Parts(Matcher date, Pattern shape, Matcher time, Matcher zone) {
    }

    /**
     * A line that holds a date (and maybe a weekday, label, time and zone) and nothing
     * else, whether or not the date is possible.
     */
    static boolean isDateLine(String line) {
        return parts(Texts.normalizeSpace(line)) != null;
    }

    /** A date line that gives a time of day too ("2023-04-13 21:05:31"). */
    static boolean isDateTimeLine(String line) {
        Parts parts = parts(Texts.normalizeSpace(line));
        return parts != null && parts.time() != null;
    }

    /**
     * A line that gives a time of day and maybe its zone, and no date: "7:00 AM MYT",
     * which some pages set under their date line.
     */
    static boolean isTimeLine(String line) {
        String text = Texts.normalizeSpace(line);
        if (text.isEmpty() || text.length() > 40) {
            return false;
        }
        Matcher time = TIME_PATTERN.matcher(text);
        if (!time.find()) {
            return false;
        }
        StringBuilder rest = new StringBuilder(text);
        blank(rest, time.start(), time.end());
        Matcher zone = ZONE.matcher(rest.toString());
        if (zone.find()) {
            blank(rest, zone.start(), zone.end());
        }
        return rest.toString().isBlank() || FILLER.matcher(rest).matches();
    }

    /** A date line that says it gives the time of an update, not of publication. */
    static boolean isUpdateLine(String line) {
        return UPDATED.matcher(line).find();
    }

    /** What may stand before a date that opens a lead: "On", "ວັນທີ" (Lao: "the day"). */
    private static final Pattern LEAD_DATE_OPENER = Pattern.compile("(?i)(?:on|ວັນທີ|ngày)?\\s*");

    /**
     * The date a lead opens with, when it gives its year: "ວັນທີ 8 ທັນວາ 2025
     * ທີ່ນະຄອນຫຼວງວຽງຈັນ, ...", "On 9 December 2025, ...". A lead that opens with a date
     * reports the news of that day; copy without a date line is dated by it.
     */
    static Optional<LocalDate> leadDate(String lead) {
        String text = Texts.normalizeSpace(lead);
        for (Pattern shape : List.of(DAY_MONTH, MONTH_DAY, ISO, NUMERIC, VIETNAMESE)) {
            Matcher date = shape.matcher(text);
            if (date.find() && LEAD_DATE_OPENER.matcher(text.substring(0, date.start())).matches()) {
                try {
                    return Optional.of(date(new Parts(date, shape, null, null), Order.DAY_FIRST));
                }
                catch (DateTimeException | NumberFormatException impossible) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** What sets a date off from the lead after it: " — ", " – ", " - ", "--". */
    private static final Pattern DASH_AFTER_DATE = Pattern.compile("^\\s*(?:[—–]|--?)\\s+(?=[\\p{Lu}\\p{N}\"“‘'])");

    /**
     * The lead after a date it opens with when a dash sets the date off, as a dateline's
     * last part: "December 2, 2026 — Azerbaijan opened ..." reads "Azerbaijan opened ..."
     * (and {@link #leadDate} dates it). Empty for a lead whose date is part of its
     * sentence ("On 2 December, ...") or gives no year.
     */
    static Optional<String> afterDashedDate(String lead) {
        String text = Texts.normalizeSpace(lead);
        if (!hasFourDigits(text)) {
            return Optional.empty();
        }
        for (Pattern shape : List.of(DAY_MONTH, MONTH_DAY, ISO, NUMERIC)) {
            Matcher date = shape.matcher(text);
            if (!date.lookingAt()) {
                continue;
            }
            Matcher dash = DASH_AFTER_DATE.matcher(text).region(date.end(), text.length());
            if (!dash.lookingAt()) {
                return Optional.empty();
            }
            return Optional.of(text.substring(dash.end()));
        }
        return Optional.empty();
    }

    /** A count of views set after a date line: "14:35 / 09.10.2026 3214" (Kun.uz). */
    private static final Pattern VIEW_COUNT = Pattern.compile("(?<=\\d)\\s+\\d{1,7}$");

    /**
     * The update after the date on the same line: "PUBLISHED : 26 Nov 2026 at 18:42
     * UPDATED : 26 Nov 2026 at 19:05" (Bangkok Post).
     */
    private static final Pattern THEN_UPDATED = Pattern.compile("(?i)\\s+(?:[|–—-]\\s*)?(?:last\\s+)?updated?\\s*:");

    private static Parts parts(String text) {
        if (text.isEmpty() || text.length() > MAX_DATE_LINE || !hasFourDigits(text)) {
            return null;
        }
        Parts parts = partsOf(text);
        if (parts != null) {
            return parts;
        }
        Matcher views = VIEW_COUNT.matcher(text);
        if (views.find()) {
            return partsOf(text.substring(0, views.start()));
        }
        Matcher updated = THEN_UPDATED.matcher(text);
        if (updated.find() && updated.start() > 0 && hasFourDigits(text.substring(0, updated.start()))) {
            return partsOf(text.substring(0, updated.start()));
        }
        return null;
    }

    private static Parts partsOf(String text) {
        for (Pattern shape : SHAPES) {
            if (shape == MONTH_DAY && !DAY_THEN_YEAR.matcher(text).find()) {
                continue; // its month names are tried at every character
            }
            Matcher date = shape.matcher(text);
            if (!date.find()) {
                continue;
            }
            StringBuilder rest = new StringBuilder(text);
            blank(rest, date.start(), date.end());
            Matcher time = TIME_PATTERN.matcher(rest.toString());
            Matcher foundTime = null;
            if (time.find()) {
                foundTime = time;
                blank(rest, time.start(), time.end());
            }
            Matcher zone = ZONE.matcher(rest.toString());
            Matcher foundZone = null;
            if (zone.find()) {
                foundZone = zone;
                blank(rest, zone.start(), zone.end());
            }
            if (FILLER.matcher(rest).matches() || rest.toString().isBlank()
                    || FILLER.matcher(SECTION_AFTER_BULLET.matcher(rest).replaceFirst("")).matches()) {
                return new Parts(date, shape, foundTime, foundZone);
            }
            return null;
        }
        return null;
    }

    /**
     * Whether the dot, slash or hyphen at {@code i} has a digit before it and one or two
     * digits after it up to the same sign and a digit ("9.12.2025"), as the first
     * separator of every all-numeric date: {@link #NUMERIC} is tried only there, most
     * prose having none.
     */
    private static boolean isNumericDateSign(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '/' || c == '-') && isAsciiDigit(text.charAt(i - 1))
                && isAsciiDigit(text.charAt(i + 1))
                && (i + 3 < text.length() && text.charAt(i + 2) == c && isAsciiDigit(text.charAt(i + 3))
                        || i + 4 < text.length() && text.charAt(i + 3) == c && isAsciiDigit(text.charAt(i + 2))
                                && isAsciiDigit(text.charAt(i + 4)));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether four ASCII digits follow each other: the year every shape holds. */
    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = isAsciiDigit(c) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }

    /** The {@code date 2025-12-09} tag at the start of a line, and what follows it. */
    static Optional<DatePrefix> datePrefix(String line) {
        Matcher m = DATE_PREFIX.matcher(line);
        return m.lookingAt() ? Optional.of(new DatePrefix(m.group("date"), line.substring(m.end()))) : Optional.empty();
    }

    /**
     * The day/month order all-numeric dates of a text prove: a first number above 12 is a
     * day, a second above 12 too; empty when the text does not tell.
     */
    static Optional<Order> provenOrder(String text) {
        Matcher m = NUMERIC.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 1; i + 1 < text.length(); i++) {
            if (!isNumericDateSign(text, i)) {
                continue;
            }
            // the date's first number is the one or two digits before the separator
            m.region(i >= 2 && isAsciiDigit(text.charAt(i - 2)) ? i - 2 : i - 1, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            i = m.end() - 1;
            int first = Integer.parseInt(m.group("first"));
            int second = Integer.parseInt(m.group("second2"));
            if (first > 12 && second <= 12) {
                return Optional.of(Order.DAY_FIRST);
            }
            if (second > 12 && first <= 12) {
                return Optional.of(Order.MONTH_FIRST);
            }
        }
        return Optional.empty();
    }

    /**
     * @param order how to read an all-numeric date written without AM/PM, or null to let
     * a 12-hour clock say month first and read day first otherwise
     * @param home the zone of a time written without one, or null when unknown
     * @param warnings receives a note naming any date that cannot be read
     * @return the time at the precision the text gives, or null when the text is not a
     * possible date
     */
    static PublishedTime read(String text, Order order, ZoneId home, List<String> warnings) {
        String line = Texts.normalizeSpace(text);
        Parts parts = parts(line);
        if (parts == null) {
            warnings.add("unreadable date '" + line + "'");
            return null;
        }
        try {
            LocalDate date = date(parts, order);
            if (parts.time() == null) {
                return PublishedTime.ofDate(date);
            }
            LocalTime time = time(parts.time());
            ZoneOffset offset = parts.zone() != null ? zone(parts.zone(), date.atTime(time))
                    : home == null ? null : home.getRules().getOffset(date.atTime(time));
            if (offset == null) {
                warnings.add("time in '" + line + "' has no known time zone: kept the date only");
                return PublishedTime.ofDate(date);
            }
            return PublishedTime.of(OffsetDateTime.of(date, time, offset));
        }
        catch (DateTimeException | NumberFormatException impossible) {
            warnings.add("unreadable date '" + line + "'");
            return null;
        }
    }

    /**
     * A date as a dateline writes it, with or without its year ("Dec. 9", "30 November
     * 2026", "Nov 30, 2026"). A date without a year is the latest such day not after
     * {@code today} plus two days.
     */
    static Optional<LocalDate> datelineDate(String text, LocalDate today) {
        String date = Texts.normalizeSpace(text).replaceFirst("[.,]$", "");
        Parts parts = parts(date);
        if (parts != null && parts.time() == null) {
            try {
                return Optional.of(date(parts, Order.DAY_FIRST));
            }
            catch (DateTimeException | NumberFormatException impossible) {
                return Optional.empty();
            }
        }
        for (Pattern shape : List.of(DAY_MONTH_NO_YEAR, MONTH_DAY_NO_YEAR, NUMERIC_NO_YEAR)) {
            Matcher m = shape.matcher(date);
            if (m.matches()) {
                try {
                    int month = shape == NUMERIC_NO_YEAR ? Integer.parseInt(m.group("month"))
                            : monthNumber(m.group("monthName"));
                    MonthDay day = MonthDay.of(month, Integer.parseInt(m.group("day")));
                    LocalDate limit = today.plusDays(2);
                    LocalDate candidate = day.atYear(limit.getYear());
                    return Optional.of(candidate.isAfter(limit) ? day.atYear(limit.getYear() - 1) : candidate);
                }
                catch (DateTimeException impossible) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static LocalDate date(Parts parts, Order order) {
        Matcher m = parts.date();
        int year = Integer.parseInt(m.group("year"));
        if (parts.shape() == NUMERIC) {
            int first = Integer.parseInt(m.group("first"));
            int second = Integer.parseInt(m.group("second2"));
            boolean monthFirst;
            if (first > 12 || second > 12) {
                monthFirst = second > 12;
            }
            else if (order != null) {
                monthFirst = order == Order.MONTH_FIRST;
            }
            else {
                // a 12-hour clock says month first, as American pages write dates, unless
                // the line's own zone is east of UTC, where days come first ("3/12/2026,
                // 9:48 pm (GMT+7)"); the Philippines' +08:00 aside
                monthFirst = parts.time() != null && parts.time().group("ampm") != null && !isDayFirstZone(parts);
            }
            return monthFirst ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first);
        }
        int day = Integer.parseInt(m.group("day"));
        int month = parts.shape() == ISO || parts.shape() == VIETNAMESE ? Integer.parseInt(m.group("month"))
                : monthNumber(m.group("monthName"));
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

    static int monthNumber(String name) {
        String folded = name.replaceFirst("\\.$", "").toLowerCase(Locale.ROOT);
        for (int k = 0; k < OTHER_MONTHS.size(); k++) {
            if (OTHER_MONTHS.get(k).contains(folded)) {
                return k + 1;
            }
        }
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key)
                + 1;
    }

    /** A zone written on the line east of UTC, +08:00 aside. */
    private static boolean isDayFirstZone(Parts parts) {
        if (parts.zone() == null) {
            return false;
        }
        try {
            ZoneOffset offset = zone(parts.zone(), java.time.LocalDateTime.of(2000, 1, 1, 12, 0));
            return offset != null && offset.getTotalSeconds() > 0 && offset.getTotalSeconds() != 8 * 3600;
        }
        catch (DateTimeException e) {
            return false;
        }
    }

    private static ZoneOffset zone(Matcher m, java.time.LocalDateTime local) {
        if (m.group("region") != null) {
            return REGIONS.get(m.group("region")).getRules().getOffset(local);
        }
        if (m.group("abbr") != null) {
            return ABBREVIATIONS.get(m.group("abbr"));
        }
        if (m.group("iso") != null) {
            String iso = m.group("iso").replace(":", "");
            return ZoneOffset.ofHoursMinutes(Integer.parseInt(iso.substring(0, 3)),
                    (iso.charAt(0) == '-' ? -1 : 1) * Integer.parseInt(iso.substring(3)));
        }
        int sign = m.group("sign").equals("-") ? -1 : 1;
        int minutes = m.group("zm") == null ? 0 : Integer.parseInt(m.group("zm"));
        return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group("zh")), sign * minutes);
    }

}
