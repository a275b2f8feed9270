package news.dateline.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** How the portal writes a publication time for readers and machines. */
public final class DisplayTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.ENGLISH);

    private DisplayTimes() {
    }

    /**
     * A published time: with its minute and zone when the source gave them ("10 December
     * 2025, 10:34 UTC+7").
     */
    public static Stamp of(Instant instant, boolean withTime, String offset) {
        return of(instant, withTime, offset, null);
    }

    /**
     * A published time as readers read it: the local time of the place it was filed from,
     * with its offset from UTC ("10 December 2025, 13:05 Vientiane time (UTC+7)");
     * without a place, the offset alone ("10 December 2025, 13:05 UTC+7"); the date only
     * when the source gave no time.
     * @param place the story's dateline (a city, sometimes a country), or null
     */
    public static Stamp of(Instant instant, boolean withTime, String offset, String place) {
        if (!withTime) {
            var date = instant.atOffset(ZoneOffset.UTC).toLocalDate();
            return new Stamp(DAY.format(date), date.toString());
        }
        ZoneOffset zone = offset == null ? ZoneOffset.UTC : ZoneOffset.of(offset);
        // Whole seconds: HTML's <time datetime> takes at most three digits of a
        // fraction, and an edit's time has the clock's nanoseconds.
        OffsetDateTime local = instant.truncatedTo(ChronoUnit.SECONDS).atOffset(zone);
        String utc = utcLabel(zone);
        String where = placeName(place);
        if (where != null && !clockAt(where, zone, instant)) {
            // "Baku time (UTC+7)" would be wrong: a Lao agency filing from Baku gives its
            // own offset
            where = null;
        }
        String text = MINUTE.format(local) + " " + (where == null ? utc : where + " time (" + utc + ")");
        return new Stamp(text, local.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), local);
    }

    /**
     * The city whose clock a country's stories are dated by, for countries with one time
     * zone (ISO 3166-1 code to the tz database's zone): a story with no dateline, filed
     * at that zone's offset, about that country, is dated "… Vientiane time".
     */
    private static final java.util.Map<String, String> COUNTRY_ZONES = java.util.Map.ofEntries(
            java.util.Map.entry("LA", "Asia/Vientiane"), java.util.Map.entry("VN", "Asia/Ho_Chi_Minh"),
            java.util.Map.entry("AZ", "Asia/Baku"), java.util.Map.entry("KH", "Asia/Phnom_Penh"),
            java.util.Map.entry("TH", "Asia/Bangkok"), java.util.Map.entry("CN", "Asia/Shanghai"),
            java.util.Map.entry("JP", "Asia/Tokyo"), java.util.Map.entry("KR", "Asia/Seoul"),
            java.util.Map.entry("KP", "Asia/Pyongyang"), java.util.Map.entry("MM", "Asia/Yangon"),
            java.util.Map.entry("MY", "Asia/Kuala_Lumpur"), java.util.Map.entry("SG", "Asia/Singapore"),
            java.util.Map.entry("PH", "Asia/Manila"), java.util.Map.entry("IN", "Asia/Kolkata"),
            java.util.Map.entry("PK", "Asia/Karachi"), java.util.Map.entry("BD", "Asia/Dhaka"),
            java.util.Map.entry("IR", "Asia/Tehran"), java.util.Map.entry("TR", "Europe/Istanbul"),
            java.util.Map.entry("GE", "Asia/Tbilisi"), java.util.Map.entry("AM", "Asia/Yerevan"),
            java.util.Map.entry("UZ", "Asia/Tashkent"), java.util.Map.entry("TM", "Asia/Ashgabat"),
            java.util.Map.entry("TJ", "Asia/Dushanbe"), java.util.Map.entry("KG", "Asia/Bishkek"),
            java.util.Map.entry("AE", "Asia/Dubai"), java.util.Map.entry("SA", "Asia/Riyadh"),
            java.util.Map.entry("QA", "Asia/Qatar"), java.util.Map.entry("IL", "Asia/Jerusalem"),
            java.util.Map.entry("EG", "Africa/Cairo"), java.util.Map.entry("GB", "Europe/London"),
            java.util.Map.entry("FR", "Europe/Paris"), java.util.Map.entry("DE", "Europe/Berlin"),
            java.util.Map.entry("IT", "Europe/Rome"), java.util.Map.entry("ES", "Europe/Madrid"),
            java.util.Map.entry("PL", "Europe/Warsaw"), java.util.Map.entry("UA", "Europe/Kyiv"),
            java.util.Map.entry("BY", "Europe/Minsk"), java.util.Map.entry("HU", "Europe/Budapest"),
            java.util.Map.entry("BE", "Europe/Brussels"), java.util.Map.entry("NL", "Europe/Amsterdam"),
            java.util.Map.entry("CH", "Europe/Zurich"), java.util.Map.entry("AT", "Europe/Vienna"),
            java.util.Map.entry("CZ", "Europe/Prague"), java.util.Map.entry("RO", "Europe/Bucharest"),
            java.util.Map.entry("BG", "Europe/Sofia"), java.util.Map.entry("GR", "Europe/Athens"),
            java.util.Map.entry("RS", "Europe/Belgrade"), java.util.Map.entry("CU", "America/Havana"));

    /**
     * The city of a country's clock ("Vientiane" for LA) when its zone is at this offset
     * at that instant; null otherwise.
     */
    public static String cityOf(String countryCode, String offset, Instant at) {
        String zone = countryCode == null ? null : COUNTRY_ZONES.get(countryCode);
        if (zone == null) {
            return null;
        }
        ZoneOffset given = offset == null ? ZoneOffset.UTC : ZoneOffset.of(offset);
        ZoneId id = ZoneId.of(zone);
        if (!id.getRules().getOffset(at).equals(given)) {
            return null;
        }
        return CAPITALS.getOrDefault(zone, zone.substring(zone.lastIndexOf('/') + 1).replace('_', ' '));
    }

    /**
     * The capital a zone's clock is known by, where the zone bears another city's name.
     */
    private static final Map<String, String> CAPITALS = Map.of("Asia/Shanghai", "Beijing", "Asia/Ho_Chi_Minh", "Hanoi",
            "Asia/Kolkata", "New Delhi", "Asia/Qatar", "Doha");

    /**
     * Cities a dateline names whose time zone is named after another city (besides the
     * {@link #CAPITALS}), by their name in lower case.
     */
    private static final Map<String, String> OTHER_CITIES = Map.ofEntries(
            Map.entry("ho chi minh city", "Asia/Ho_Chi_Minh"), Map.entry("saigon", "Asia/Ho_Chi_Minh"),
            Map.entry("da nang", "Asia/Ho_Chi_Minh"), Map.entry("hai phong", "Asia/Ho_Chi_Minh"),
            Map.entry("haiphong", "Asia/Ho_Chi_Minh"), Map.entry("luang prabang", "Asia/Vientiane"),
            Map.entry("ganja", "Asia/Baku"), Map.entry("sumgait", "Asia/Baku"),
            Map.entry("washington", "America/New_York"), Map.entry("san francisco", "America/Los_Angeles"),
            Map.entry("ottawa", "America/Toronto"), Map.entry("brasilia", "America/Sao_Paulo"),
            Map.entry("brasília", "America/Sao_Paulo"), Map.entry("delhi", "Asia/Kolkata"),
            Map.entry("mumbai", "Asia/Kolkata"), Map.entry("abu dhabi", "Asia/Dubai"),
            Map.entry("astana", "Asia/Almaty"), Map.entry("ankara", "Europe/Istanbul"),
            Map.entry("islamabad", "Asia/Karachi"), Map.entry("naypyidaw", "Asia/Yangon"),
            Map.entry("nay pyi taw", "Asia/Yangon"), Map.entry("canberra", "Australia/Sydney"),
            Map.entry("osaka", "Asia/Tokyo"), Map.entry("geneva", "Europe/Zurich"), Map.entry("bern", "Europe/Zurich"),
            Map.entry("the hague", "Europe/Amsterdam"), Map.entry("st petersburg", "Europe/Moscow"),
            Map.entry("saint petersburg", "Europe/Moscow"));

    /**
     * Every city the tz database names a zone after ("Baku" of {@code Asia/Baku}, "Buenos
     * Aires" of {@code America/Argentina/Buenos_Aires}), the {@link #CAPITALS} and the
     * {@link #OTHER_CITIES}, by name in lower case.
     */
    private static final Map<String, ZoneId> CITY_ZONES = cityZones();

    private static Map<String, ZoneId> cityZones() {
        Map<String, ZoneId> zones = new HashMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+")) {
                String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ').toLowerCase(Locale.ROOT);
                zones.putIfAbsent(city, ZoneId.of(id));
            }
        }
        CAPITALS.forEach((zone, capital) -> zones.put(capital.toLowerCase(Locale.ROOT), ZoneId.of(zone)));
        OTHER_CITIES.forEach((city, zone) -> zones.put(city, ZoneId.of(zone)));
        return Map.copyOf(zones);
    }

    /**
     * Whether a place's clock may be the story's offset: yes when its zone is at that
     * offset at that instant, or when its zone is not known here (a town: the source's
     * word is taken); no when the place is a city whose zone is elsewhere.
     */
    static boolean clockAt(String place, ZoneOffset offset, Instant at) {
        ZoneId zone = CITY_ZONES.get(place.toLowerCase(Locale.ROOT));
        return zone == null || zone.getRules().getOffset(at).equals(offset);
    }

    /** "UTC", "UTC+7", "UTC+5:30", "UTC−3" (a minus sign). */
    static String utcLabel(ZoneOffset zone) {
        int seconds = zone.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        String sign = seconds > 0 ? "+" : "\u2212";
        return "UTC" + sign + (minutes / 60) + (minutes % 60 == 0 ? "" : ":%02d".formatted(minutes % 60));
    }

    /**
     * The place of a dateline fit to say "… time": its first part ("Vientiane" of
     * "Vientiane, Laos"), in the case readers expect ("VIENTIANE" is "Vientiane"); null
     * when there is none or it is not a place's name.
     */
    static String placeName(String dateline) {
        if (dateline == null) {
            return null;
        }
        String first = dateline.split("[,(/]", 2)[0].strip();
        if (first.isEmpty() || first.length() > 40 || !first.matches("[\\p{L}][\\p{L}\\p{M} .'’-]*")) {
            return null;
        }
        if (first.equals(first.toUpperCase(java.util.Locale.ROOT))) {
            StringBuilder cased = new StringBuilder();
            for (String word : first.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                if (!word.isEmpty()) {
                    cased.append(cased.isEmpty() ? "" : " ")
                        .append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
                }
            }
            return cased.toString();
        }
        return first;
    }

    /**
     * The day a story was published, in its own zone (a story filed at 01:00 in Vientiane
     * is dated that day there, not the day before in UTC), for lists of stories: "10
     * December 2025".
     */
    public static Stamp day(Instant instant, String offset) {
        var local = instant.atOffset(offset == null ? ZoneOffset.UTC : ZoneOffset.of(offset));
        var date = local.toLocalDate();
        return new Stamp(DAY.format(date), date.toString(), local);
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
     * @param at the moment itself, in its own offset, when a list shows the day only (for
     * {@link RelativeTimes}), else null
     */
    public record Stamp(String text, String machine, @org.jspecify.annotations.Nullable OffsetDateTime at) {
        public Stamp(String text, String machine) {
            this(text, machine, null);
        }
    }

}
