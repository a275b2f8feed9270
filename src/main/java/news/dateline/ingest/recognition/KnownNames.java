package news.dateline.ingest.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the gazetteer's countries (names, aliases, demonyms) and people (names, aliases)
 * in a text, longest match first, and records which words they take so that nothing else
 * reads them again. A person's name right before a word such as "Foundation" or "City" is
 * part of the name of an organisation or a place ("the Heydar Aliyev Foundation", "Ho Chi
 * Minh City"): its words are taken, but nobody is mentioned. Nor is a country named by a
 * place named after it ("the South China Sea", "Latin American envoys", see
 * {@link Lexicon#PLACES_NAMED_AFTER_COUNTRIES}) or by its demonym standing for a language
 * ("bulletins in Lao, English and French", "a Vietnamese-language daily").
 */
final class KnownNames {

    /** What a name stands for. */
    sealed interface Named permits Country, Person, Place {

    }

    record Country(String code) implements Named {
    }

    record Person(Gazetteer.KnownPerson person) implements Named {
    }

    /** A place named after a country that names none: "the Indian Ocean". */
    record Place() implements Named {
    }

    /** Which words are taken, and by which country. */
    static final class Claims {

        private final boolean[] taken;

        private final String[] country;

        private final int[] claimEnd;

        Claims(int size) {
            taken = new boolean[size];
            country = new String[size];
            claimEnd = new int[size];
        }

        void take(int first, int end, String countryCode) {
            for (int i = first; i < end; i++) {
                taken[i] = true;
                country[i] = countryCode;
                claimEnd[i] = end;
            }
        }

        boolean isTaken(int index) {
            return index >= 0 && index < taken.length && taken[index];
        }

        /** The country named by the word, or null. */
        String countryAt(int index) {
            return index >= 0 && index < country.length ? country[index] : null;
        }

        /** The end (exclusive) of the name that took the word. */
        int claimEnd(int index) {
            return claimEnd[index];
        }

    }

    private final AliasMatcher<Named> matcher;

    /** The demonyms of one word, folded: "lao", "vietnamese". */
    private final Set<String> oneWordDemonyms = new HashSet<>();

    KnownNames(Gazetteer gazetteer) {
        AliasMatcher.Builder<Named> builder = AliasMatcher.builder();
        Lexicon.PLACES_NAMED_AFTER_COUNTRIES.forEach(place -> builder.add(place, new Place(), AliasMatcher.Mode.NAME));
        for (Gazetteer.KnownCountry country : gazetteer.countries()) {
            Country named = new Country(country.code());
            for (String name : namesOf(country.name())) {
                builder.add(name, named, AliasMatcher.Mode.NAME);
            }
            CountryNames.otherLanguageForms(country.code())
                .forEach(name -> builder.add(name, named, AliasMatcher.Mode.NAME));
            country.aliases().forEach(alias -> builder.add(alias, named, AliasMatcher.Mode.NAME));
            for (String demonym : country.demonyms()) {
                builder.add(demonym, named, AliasMatcher.Mode.NAME_WITH_ACCENTS);
                List<TokenizedText.Token> words = TokenizedText.of(demonym).tokens();
                if (words.size() == 1) {
                    oneWordDemonyms.add(words.getFirst().folded());
                }
            }
        }
        for (Gazetteer.KnownPerson person : gazetteer.people()) {
            Person named = new Person(person);
            builder.add(person.name(), named, AliasMatcher.Mode.NAME);
            person.aliases().forEach(alias -> builder.add(alias, named, AliasMatcher.Mode.NAME));
        }
        matcher = builder.build();
    }

    /**
     * The JDK's name and the forms copy writes it in: "Antigua and Barbuda", "Saint
     * Lucia", "Cocos Islands".
     */
    private static List<String> namesOf(String jdkName) {
        List<String> names = new ArrayList<>(List.of(jdkName));
        if (jdkName.contains("&")) {
            names.add(jdkName.replace("&", "and"));
        }
        if (jdkName.startsWith("St. ")) {
            names.add("Saint " + jdkName.substring(4));
        }
        if (jdkName.contains("(")) {
            names.add(jdkName.replaceAll("\\s*\\([^)]*\\)", ""));
        }
        return names;
    }

    /**
     * The names in the text, in order, as spans of words, and fills {@code claims} with
     * the words they take.
     */
    List<Span<Named>> find(TokenizedText words, Claims claims) {
        List<Span<Named>> mentions = new ArrayList<>();
        for (Span<List<Named>> match : matcher.findLongest(words)) {
            Named named = match.value().getFirst();
            if (named instanceof Place || named instanceof Country
                    && (namesALanguage(words, match.start(), match.end()) || namesACurrency(words, match.end()))) {
                claims.take(match.start(), match.end(), null);
                continue;
            }
            String countryCode = named instanceof Country country ? country.code() : null;
            claims.take(match.start(), match.end(), countryCode);
            if (named instanceof Person && isPartOfLongerName(words, match.end())) {
                continue;
            }
            for (Named each : match.value()) {
                mentions.add(new Span<>(match.start(), match.end(), each));
            }
        }
        return mentions;
    }

    /**
     * Whether a country's name ending before word {@code end} names a currency: "1.1
     * billion U.S. dollars", "US$25 billion", "10 million Singapore dollars". A story
     * giving a trade figure in dollars is not about the United States.
     */
    static boolean namesACurrency(TokenizedText words, int end) {
        if (words.gapAfter(end - 1).startsWith("$")) {
            return true;
        }
        return end < words.size()
                && (words.get(end).folded().equals("dollar") || words.get(end).folded().equals("dollars"));
    }

    /**
     * Whether a country's name, {@code [start, end)}, is a demonym standing for a
     * language: before a word such as "language" ("Vietnamese-language", "the French
     * version"), or alone in a list of capitalised words after "in", "into", "speak" and
     * the like that ends the clause or is followed by a small word ("bulletins in Lao,
     * English and French.", "talks held in Azerbaijani with interpreters"). "Investment
     * in Lao and Thai firms" names two countries.
     */
    private boolean namesALanguage(TokenizedText words, int start, int end) {
        if (end != start + 1 || !oneWordDemonyms.contains(words.get(start).folded())) {
            return false;
        }
        if (end < words.size() && isWordGap(words.gapAfter(start))
                && Lexicon.LANGUAGE_NOUNS.contains(words.get(end).folded())) {
            return true;
        }
        int first = start;
        int items = 0;
        for (int item = previousItem(words, first); item >= 0
                && items < LONGEST_LIST; item = previousItem(words, item)) {
            first = item;
            items++;
        }
        if (first == 0 || !isWordGap(words.gapBefore(first))
                || !Lexicon.LANGUAGE_LEADS.contains(words.get(first - 1).folded())) {
            return false;
        }
        int last = start;
        for (int item = nextItem(words, last); item >= 0 && items < LONGEST_LIST; item = nextItem(words, item)) {
            last = item;
            items++;
        }
        String after = words.gapAfter(last);
        if (last + 1 >= words.size()
                || after.chars().anyMatch(c -> !Character.isWhitespace(c) && "-‐‑–".indexOf(c) < 0)) {
            // the text or the clause ends: "in Lao, English and French."
            return true;
        }
        if (!after.isBlank()) {
            // a compound: "in Lao-Vietnamese relations"
            return false;
        }
        TokenizedText.Token next = words.get(last + 1);
        return next.isLower()
                && (Lexicon.SENTENCE_WORDS.contains(next.folded()) || Lexicon.LANGUAGE_NOUNS.contains(next.folded()));
    }

    /**
     * The most items of a list of languages read, before and after the demonym together:
     * a text of thousands of demonyms in one list costs no more than a short one.
     */
    private static final int LONGEST_LIST = 12;

    /** Blanks or a hyphen on one line: the gap inside "Vietnamese-language". */
    private static boolean isWordGap(String gap) {
        return !gap.isEmpty() && gap.chars().allMatch(c -> c == ' ' || c == '-' || c == '\u00a0');
    }

    /** The item of a list before word {@code i} ("Lao, English and French"), or -1. */
    private static int previousItem(TokenizedText words, int i) {
        String gap = words.gapBefore(i);
        if (i >= 1 && gap.strip().equals(",") && !gap.contains("\n") && words.get(i - 1).isCapitalised()) {
            return i - 1;
        }
        if (i >= 2 && isWordGap(gap) && isListJoiner(words.get(i - 1)) && words.gapBefore(i - 1).strip().matches(",?")
                && !words.gapBefore(i - 1).contains("\n") && words.get(i - 2).isCapitalised()) {
            return i - 2;
        }
        return -1;
    }

    /** The item of a list after word {@code i}, or -1. */
    private static int nextItem(TokenizedText words, int i) {
        if (i + 1 >= words.size()) {
            return -1;
        }
        String gap = words.gapAfter(i);
        if (gap.strip().equals(",") && !gap.contains("\n") && words.get(i + 1).isCapitalised()) {
            return i + 1;
        }
        if (i + 2 < words.size() && gap.strip().matches(",?") && !gap.contains("\n") && isListJoiner(words.get(i + 1))
                && isWordGap(words.gapAfter(i + 1)) && words.get(i + 2).isCapitalised()) {
            return i + 2;
        }
        return -1;
    }

    private static boolean isListJoiner(TokenizedText.Token word) {
        return word.isLower() && (word.folded().equals("and") || word.folded().equals("or"));
    }

    /** Whether the word after a person's name makes it the name of a body or a place. */
    static boolean isPartOfLongerName(TokenizedText words, int next) {
        if (next >= words.size()) {
            return false;
        }
        String gap = words.gapAfter(next - 1);
        return gap.isBlank() && !gap.contains("\n")
                && Lexicon.NAME_SUFFIXES_OF_PLACES_AND_BODIES.contains(words.get(next).folded());
    }

}
