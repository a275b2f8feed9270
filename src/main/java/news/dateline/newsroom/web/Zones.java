package news.dateline.newsroom.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time zones the form offers, by the cities that keep them all year (or in winter),
 * every half hour and the few quarter hours in use: "Vientiane, Bangkok, Hanoi (UTC+7)".
 * The value posted is the offset, {@code +07:00}, as stored.
 */
public final class Zones {

    /**
     * One choice of the list.
     *
     * @param value the offset as the form posts it ({@code +07:00})
     * @param label what the editor reads
     */
    public record Zone(String value, String label) {
    }

    private static final Map<String, String> CITIES = new LinkedHashMap<>();

    static {
        CITIES.put("-12:00", "Baker Island");
        CITIES.put("-11:00", "Pago Pago");
        CITIES.put("-10:00", "Honolulu");
        CITIES.put("-09:30", "Marquesas Islands");
        CITIES.put("-09:00", "Anchorage (winter)");
        CITIES.put("-08:00", "Los Angeles, Vancouver (winter)");
        CITIES.put("-07:00", "Phoenix, Denver (winter)");
        CITIES.put("-06:00", "Mexico City, Guatemala City");
        CITIES.put("-05:00", "Bogotá, Lima, New York (winter)");
        CITIES.put("-04:00", "Caracas, La Paz, Santo Domingo");
        CITIES.put("-03:30", "St. John's (winter)");
        CITIES.put("-03:00", "São Paulo, Buenos Aires");
        CITIES.put("-02:00", "South Georgia, Nuuk");
        CITIES.put("-01:00", "Azores (winter), Praia");
        CITIES.put("+00:00", "Reykjavík, Dakar, Accra, London (winter)");
        CITIES.put("+01:00", "Lagos, Algiers, Paris (winter)");
        CITIES.put("+02:00", "Johannesburg, Cairo, Kyiv (winter)");
        CITIES.put("+03:00", "Moscow, Istanbul, Riyadh, Nairobi");
        CITIES.put("+03:30", "Tehran");
        CITIES.put("+04:00", "Baku, Dubai, Tbilisi");
        CITIES.put("+04:30", "Kabul");
        CITIES.put("+05:00", "Tashkent, Karachi");
        CITIES.put("+05:30", "New Delhi, Colombo");
        CITIES.put("+05:45", "Kathmandu");
        CITIES.put("+06:00", "Dhaka, Bishkek");
        CITIES.put("+06:30", "Yangon");
        CITIES.put("+07:00", "Vientiane, Bangkok, Hanoi, Phnom Penh, Jakarta");
        CITIES.put("+08:00", "Beijing, Singapore, Manila, Perth");
        CITIES.put("+08:45", "Eucla");
        CITIES.put("+09:00", "Tokyo, Seoul, Pyongyang");
        CITIES.put("+09:30", "Darwin");
        CITIES.put("+10:00", "Brisbane, Vladivostok, Port Moresby");
        CITIES.put("+10:30", "Lord Howe Island (winter)");
        CITIES.put("+11:00", "Nouméa, Honiara");
        CITIES.put("+12:00", "Suva, Petropavlovsk-Kamchatsky");
        CITIES.put("+12:45", "Chatham Islands (winter)");
        CITIES.put("+13:00", "Nukuʻalofa, Apia");
        CITIES.put("+14:00", "Kiritimati");
    }

    /** Every zone offered, west to east. */
    public static final List<Zone> ALL = CITIES.entrySet()
        .stream()
        .map(e -> new Zone(e.getKey(), e.getValue() + " (" + utc(e.getKey()) + ")"))
        .toList();

    private Zones() {
    }

    /**
     * The zones offered, with {@code current} added at its offset when it is none of them
     * (a value typed elsewhere is never lost).
     */
    public static List<Zone> with(String current) {
        if (current == null || current.isBlank() || CITIES.containsKey(current)) {
            return ALL;
        }
        return java.util.stream.Stream.concat(ALL.stream(), java.util.stream.Stream.of(new Zone(current, current)))
            .toList();
    }

    /**
     * {@code +07:00} as "UTC+7", {@code +05:45} as "UTC+5:45", {@code +00:00} as "UTC".
     */
    static String utc(String offset) {
        if (offset.equals("+00:00")) {
            return "UTC";
        }
        String sign = offset.startsWith("-") ? "−" : "+";
        int hours = Integer.parseInt(offset.substring(1, 3));
        String minutes = offset.substring(4, 6);
        return "UTC" + sign + hours + (minutes.equals("00") ? "" : ":" + minutes);
    }

}
