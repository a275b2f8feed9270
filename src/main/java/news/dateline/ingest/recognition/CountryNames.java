package news.dateline.ingest.recognition;

import java.util.Locale;
import java.util.Map;

/**
 * English country names from the JDK's locale data (CLDR), never a hand-typed list.
 * CLDR's short names carry a few disambiguation forms meant for menus ("Congo -
 * Kinshasa"); those are turned into the forms news copy uses.
 */
public final class CountryNames {

    private static final Map<String, String> NEWS_FORMS = Map.of("CD", "Democratic Republic of the Congo", "CG",
            "Republic of the Congo", "MM", "Myanmar", "HK", "Hong Kong", "MO", "Macao", "PS", "Palestine");

    private CountryNames() {
    }

    public static String englishName(String code) {
        String override = NEWS_FORMS.get(code);
        if (override != null) {
            return override;
        }
        return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
    }

}
