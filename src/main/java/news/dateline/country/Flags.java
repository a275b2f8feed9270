package news.dateline.country;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a country's flag is: {@code /flags/la.svg}, one 4:3 SVG per ISO 3166-1 code from
 * the flag-icons set (MIT, see {@code static/flags/NOTICE}), or the blank {@code xx.svg}
 * for a code the set does not have.
 */
public final class Flags {

    /** The flag of a code the set does not have. */
    static final String UNKNOWN = "/flags/xx.svg";

    private static final Map<String, String> PATHS = new ConcurrentHashMap<>();

    private Flags() {
    }

    /** The flag's address, for an ISO 3166-1 alpha-2 code (any case), or null. */
    public static String of(String code) {
        if (code == null || !code.matches("[A-Za-z]{2}")) {
            return UNKNOWN;
        }
        return PATHS.computeIfAbsent(code.toLowerCase(Locale.ROOT), lower -> {
            String path = "/flags/" + lower + ".svg";
            return Flags.class.getResource("/static" + path) != null ? path : UNKNOWN;
        });
    }

}
