package news.dateline.ingest.recognition;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the gazetteer's countries (names, aliases, demonyms) and people (names, aliases)
 * in a text, longest match first, and records which words they take so that nothing else
 * reads them again. A person's name right before a word such as "Foundation" or "City" is
 * part of the name of an organisation or a place ("the Heydar Aliyev Foundation", "Ho Chi
 * Minh City"): its words are taken, but nobody is mentioned.
 */
final class KnownNames {

    /** What a name stands for. */
    sealed interface Named permits Country, Person {

    }

    record Country(String code) implements Named {
    }

    record Person(Gazetteer.KnownPerson person) implements Named {
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

    KnownNames(Gazetteer gazetteer) {
        AliasMatcher.Builder<Named> builder = AliasMatcher.builder();
        for (Gazetteer.KnownCountry country : gazetteer.countries()) {
            Country named = new Country(country.code());
            for (String name : namesOf(country.name())) {
                builder.add(name, named, AliasMatcher.Mode.NAME);
            }
            country.aliases().forEach(alias -> builder.add(alias, named, AliasMatcher.Mode.NAME));
            country.demonyms().forEach(demonym -> builder.add(demonym, named, AliasMatcher.Mode.NAME_WITH_ACCENTS));
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
