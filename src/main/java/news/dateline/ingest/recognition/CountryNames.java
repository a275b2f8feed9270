package news.dateline.ingest.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * English country names from the JDK's locale data (CLDR), never a hand-typed list, and
 * the Russian and Azerbaijani ones with their cases and the Lao ones for copy in those
 * languages. CLDR's short names carry a few disambiguation forms meant for menus ("Congo
 * - Kinshasa"); those are turned into the forms news copy uses.
 */
public final class CountryNames {

    private static final Map<String, String> NEWS_FORMS = Map.of("CD", "Democratic Republic of the Congo", "CG",
            "Republic of the Congo", "MM", "Myanmar", "HK", "Hong Kong", "MO", "Macao", "PS", "Palestine");

    private CountryNames() {
    }

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final Locale AZERBAIJANI = Locale.forLanguageTag("az");

    private static final Locale LAO = Locale.forLanguageTag("lo");

    /**
     * The case endings Azerbaijani adds to a name, in both vowel harmonies, with the "n"
     * or "y" it puts after a vowel: "Vyetnamın", "Rusiyanın", "Laosa", "Rusiyaya",
     * "Bakıda", "Vyetnamla", "Azərbaycandakı".
     */
    private static final List<String> AZERBAIJANI_ENDINGS = List.of("ın", "in", "un", "ün", "nın", "nin", "nun", "nün",
            "a", "ə", "ya", "yə", "da", "də", "dan", "dən", "la", "lə", "ı", "i", "u", "ü", "nı", "ni", "nu", "nü",
            "dakı", "dəki", "lı", "li", "lu", "lü", "ilə");

    /**
     * Each country's names in Russian, Azerbaijani and Lao with their forms, built once:
     * they come from the JDK alone, while the recognizer is built again whenever the
     * graph's people change.
     */
    private static final Map<String, List<String>> OTHER_LANGUAGE_FORMS = otherLanguageForms();

    private static Map<String, List<String>> otherLanguageForms() {
        Map<String, List<String>> forms = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            List<String> all = new ArrayList<>(russianForms(code));
            all.addAll(azerbaijaniForms(code));
            all.addAll(laoForms(code));
            forms.put(code, List.copyOf(all));
        }
        return Map.copyOf(forms);
    }

    /**
     * The country's names in the other languages of the agencies' copy (see
     * {@link #russianForms}, {@link #azerbaijaniForms}, {@link #laoForms}); none for a
     * code that is no ISO country.
     */
    static List<String> otherLanguageForms(String code) {
        return OTHER_LANGUAGE_FORMS.getOrDefault(code, List.of());
    }

    /**
     * The country's Russian name from the JDK and, for a name of one word, the forms of
     * its cases that copy writes ("Азербайджана", "Вьетнаму", "России", "Кубой"): Russian
     * copy names countries in every case, and a word is matched whole.
     */
    private static List<String> russianForms(String code) {
        String name = Locale.of("", code).getDisplayCountry(RUSSIAN);
        if (name.isEmpty() || name.equals(code)
                || Character.UnicodeScript.of(name.codePointAt(0)) != Character.UnicodeScript.CYRILLIC) {
            return List.of();
        }
        List<String> forms = new ArrayList<>(List.of(name));
        if (name.indexOf(' ') >= 0 || name.indexOf('-') >= 0) {
            return forms;
        }
        String stem = name.substring(0, name.length() - 1);
        char last = name.charAt(name.length() - 1);
        if (name.endsWith("ия")) {
            String base = name.substring(0, name.length() - 2);
            forms.addAll(List.of(base + "ии", base + "ию", base + "ией"));
        }
        else if (last == 'я') {
            forms.addAll(List.of(stem + "и", stem + "е", stem + "ю", stem + "ей"));
        }
        else if (last == 'а') {
            boolean softAfter = "кгхжшчщ".indexOf(stem.charAt(stem.length() - 1)) >= 0;
            forms.addAll(List.of(stem + (softAfter ? "и" : "ы"), stem + "е", stem + "у", stem + "ой"));
        }
        else if (last == 'й') {
            forms.addAll(List.of(stem + "я", stem + "ю", stem + "ем", stem + "е"));
        }
        else if ("бвгдзклмнпрстфхжшчщц".indexOf(last) >= 0) {
            forms.addAll(List.of(name + "а", name + "у", name + "ом", name + "е"));
        }
        return forms;
    }

    /**
     * The country's Azerbaijani name from the JDK ("Vyetnam", "Cənubi Koreya") and the
     * forms its endings make of its last word, "Laosun" too where the name is the English
     * one, but no form of an English name ending in a vowel ("Malia" is a person):
     * AZERTAC's Azerbaijani copy names countries with them, and a word is matched whole.
     */
    private static List<String> azerbaijaniForms(String code) {
        String name = Locale.of("", code).getDisplayCountry(AZERBAIJANI);
        if (name.isEmpty() || name.equals(code)) {
            return List.of();
        }
        List<String> forms = new ArrayList<>();
        boolean english = name.equals(englishName(code));
        if (english && "aeıioöuüə".indexOf(Character.toLowerCase(name.charAt(name.length() - 1))) >= 0) {
            // "Mali": its forms would be English names ("Malia")
            return forms;
        }
        if (!english) {
            forms.add(name);
        }
        AZERBAIJANI_ENDINGS.forEach(ending -> forms.add(name + ending));
        return forms;
    }

    /**
     * The country's Lao name from the JDK ("ອາເຊີໄບຈານ"), for KPL's Lao copy: found where
     * the copy sets it apart with spaces, as Lao does around names.
     */
    private static List<String> laoForms(String code) {
        String name = Locale.of("", code).getDisplayCountry(LAO);
        return name.isEmpty() || name.equals(code)
                || Character.UnicodeScript.of(name.codePointAt(0)) != Character.UnicodeScript.LAO ? List.of()
                        : List.of(name);
    }

    public static String englishName(String code) {
        String override = NEWS_FORMS.get(code);
        if (override != null) {
            return override;
        }
        return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
    }

}
