package news.dateline.newsroom.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The languages the form offers by name, posted as their two-letter code: the wire
 * services' languages first, then others. A code typed elsewhere is offered too.
 */
final class Languages {

    /**
     * One choice.
     *
     * @param value ISO 639-1 code
     * @param label its English name
     */
    record Language(String value, String label) {
    }

    private static final List<String> CODES = List.of("en", "lo", "vi", "th", "km", "my", "id", "ms", "fil", "zh", "ja",
            "ko", "ru", "az", "kk", "uz", "tr", "ar", "fa", "hi", "fr", "de", "es", "pt", "it");

    private Languages() {
    }

    static List<Language> with(String current) {
        List<Language> all = new ArrayList<>(CODES.stream()
            .filter(code -> code.length() == 2)
            .map(code -> new Language(code, Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH)))
            .toList());
        if (current != null && !current.isBlank() && all.stream().noneMatch(l -> l.value().equals(current))) {
            all.add(new Language(current, current));
        }
        return all;
    }

}
