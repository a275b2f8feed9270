package news.dateline.ingest.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.dateline.ingest.Recognition;

/**
 * Counts how often each person is named: by full name or alias, and then by one part of
 * the name.
 * <ul>
 * <li>A surname alone ("Mammadov", "President Sang", "General Secretary Lâm") counts for
 * a person the text names in full; when two such people share it, for the one named in
 * full most recently.</li>
 * <li>A given name after a title ("Mr Maithong", as Lao copy writes) counts the same
 * way.</li>
 * <li>After a title, a name part that only one known person has counts for them even when
 * the text does not name them in full ("President Sisoulith").</li>
 * </ul>
 * Vietnamese copy calls people by the last part of their name, which is why "surname"
 * here simply means the last word of a name.
 */
final class PersonMentions {

    /**
     * Shorter parts ("Xi", "To") count only after a title: "To commemorate" is nobody.
     */
    private static final int SHORTEST_BARE_NAME_PART = 3;

    private final Map<String, List<Gazetteer.KnownPerson>> knownByPart = new HashMap<>();

    private final Map<String, Parts> partsBySlug = new HashMap<>();

    /** Known people by their names and aliases, folded, with and without a patronymic. */
    private final Map<String, Gazetteer.KnownPerson> knownByName = new HashMap<>();

    PersonMentions(Gazetteer gazetteer) {
        for (Gazetteer.KnownPerson person : gazetteer.people()) {
            for (String name : namesOf(person)) {
                knownByName.putIfAbsent(TextFolder.fold(name), person);
                knownByName.putIfAbsent(TextFolder.fold(NewPersonFinder.withoutPatronymic(name)), person);
            }
            Parts parts = Parts.of(person);
            partsBySlug.put(person.slug(), parts);
            for (String part : parts.all()) {
                List<Gazetteer.KnownPerson> people = knownByPart.computeIfAbsent(part, k -> new ArrayList<>());
                if (!people.contains(person)) {
                    people.add(person);
                }
            }
        }
    }

    /** A known person's name, then their aliases. */
    private static List<String> namesOf(Gazetteer.KnownPerson person) {
        List<String> names = new ArrayList<>(person.aliases());
        names.addFirst(person.name());
        return names;
    }

    /** The parts of a person's names that may stand for them alone. */
    private record Parts(Set<String> givenNames, Set<String> surnames) {

        static Parts of(Gazetteer.KnownPerson person) {
            return of(namesOf(person));
        }

        static Parts of(List<String> names) {
            Set<String> given = new LinkedHashSet<>();
            Set<String> surnames = new LinkedHashSet<>();
            for (String name : names) {
                List<String> words = TokenizedText.of(name).tokens().stream().map(TokenizedText.Token::folded).toList();
                if (words.isEmpty()) {
                    continue;
                }
                if (words.size() > 1) {
                    given.add(words.getFirst());
                }
                surnames.add(words.getLast());
            }
            return new Parts(Set.copyOf(given), Set.copyOf(surnames));
        }

        Set<String> all() {
            Set<String> all = new LinkedHashSet<>(givenNames);
            all.addAll(surnames);
            return all;
        }
    }

    /** One person of the text and the words that named them. */
    private static final class Tally {

        final String slug;

        final String name;

        final String role;

        final String countryCode;

        final Parts parts;

        final List<Integer> fullMentions = new ArrayList<>();

        int first = Integer.MAX_VALUE;

        int count;

        Tally(String slug, String name, String role, String countryCode, Parts parts) {
            this.slug = slug;
            this.name = name;
            this.role = role;
            this.countryCode = countryCode;
            this.parts = parts;
        }

        void mention(int word, boolean full) {
            count++;
            first = Math.min(first, word);
            if (full) {
                fullMentions.add(word);
            }
        }

        /** A surname alone, or a given name after a title. */
        boolean answersTo(String part, boolean titled) {
            return parts.surnames().contains(part) || titled && parts.givenNames().contains(part);
        }

        /**
         * How far before {@code word} the closest full mention is; large when none is
         * before it.
         */
        int distanceBefore(int word) {
            return fullMentions.stream()
                .filter(w -> w < word)
                .mapToInt(w -> word - w)
                .min()
                .orElse(Integer.MAX_VALUE / 2 + first);
        }

        Recognition.PersonHit hit() {
            return new Recognition.PersonHit(slug, name, role, countryCode, count);
        }

    }

    /**
     * @param known the known people found by name or alias
     * @param newPeople the new people found by title or role; their words must already be
     * taken in {@code claims}
     */
    List<Recognition.PersonHit> count(TokenizedText words, List<Span<KnownNames.Named>> known,
            List<NewPersonFinder.NewPerson> newPeople, KnownNames.Claims claims) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Span<KnownNames.Named> mention : known) {
            if (mention.value() instanceof KnownNames.Person(Gazetteer.KnownPerson person)) {
                tallyOf(tallies, person).mention(mention.start(), true);
            }
        }
        for (NewPersonFinder.NewPerson person : newPeople) {
            // "President Ilham Heydar oglu Aliyev" is the known Ilham Aliyev, "Ambassador
            // Anar Imanov" the known Anar Lachin oglu Imanov
            String usual = NewPersonFinder.withoutPatronymic(person.name());
            Gazetteer.KnownPerson same = knownByName.get(TextFolder.fold(usual));
            if (same != null) {
                tallyOf(tallies, same).mention(person.first(), true);
                continue;
            }
            // "Anar Lachin oglu Imanov" and "Ambassador Anar Imanov" are one new person
            tallies
                .computeIfAbsent("new:" + TextFolder.fold(usual),
                        k -> new Tally(null, person.name(), person.role(), person.countryCode(),
                                Parts.of(List.of(person.name()))))
                .mention(person.first(), true);
        }
        List<Tally> namedInFull = List.copyOf(tallies.values());
        for (int i = 0; i < words.size(); i++) {
            if (!couldBeNamePart(words, claims, i)) {
                continue;
            }
            boolean titled = isTitled(words, i);
            String part = words.get(i).folded();
            if (part.length() < SHORTEST_BARE_NAME_PART && !titled) {
                continue;
            }
            List<Tally> candidates = namedInFull.stream().filter(t -> t.answersTo(part, titled)).toList();
            Tally chosen = null;
            if (candidates.size() == 1) {
                chosen = candidates.getFirst();
            }
            else if (candidates.size() > 1) {
                int word = i;
                chosen = candidates.stream().min(Comparator.comparingInt(t -> t.distanceBefore(word))).orElseThrow();
            }
            else if (titled) {
                List<Gazetteer.KnownPerson> people = knownByPart.getOrDefault(part, List.of());
                if (people.size() == 1) {
                    chosen = tallyOf(tallies, people.getFirst());
                }
            }
            if (chosen != null) {
                chosen.mention(i, false);
            }
        }
        return tallies.values().stream().sorted(Comparator.comparingInt(t -> t.first)).map(Tally::hit).toList();
    }

    private Tally tallyOf(Map<String, Tally> tallies, Gazetteer.KnownPerson person) {
        return tallies.computeIfAbsent(person.slug(),
                slug -> new Tally(slug, person.name(), person.role(), person.countryCode(), partsBySlug.get(slug)));
    }

    /**
     * A capitalised word standing alone, not taken and not part of a longer capitalised
     * name.
     */
    private static boolean couldBeNamePart(TokenizedText words, KnownNames.Claims claims, int i) {
        TokenizedText.Token word = words.get(i);
        if (claims.isTaken(i) || !word.isCapitalised() || word.folded().length() < 2
                || Lexicon.cannotBeInName(word.folded()) || KnownNames.isPartOfLongerName(words, i + 1)) {
            return false;
        }
        boolean joinedBefore = i > 0 && words.gapAfter(i - 1).equals(" ") && isOtherNameWord(words, claims, i - 1);
        boolean joinedAfter = i + 1 < words.size() && words.gapAfter(i).equals(" ")
                && isOtherNameWord(words, claims, i + 1);
        return !joinedBefore && !joinedAfter;
    }

    private static boolean isOtherNameWord(TokenizedText words, KnownNames.Claims claims, int i) {
        return words.get(i).isCapitalised() && !claims.isTaken(i) && !Lexicon.cannotBeInName(words.get(i).folded());
    }

    /**
     * Right after a courtesy title or a role word: "Mr Maithong", "Deputy Minister
     * Mammadov", "President Sang".
     */
    private static boolean isTitled(TokenizedText words, int i) {
        if (i == 0) {
            return false;
        }
        String gap = words.gapAfter(i - 1);
        return (gap.equals(" ") || gap.equals(". ")) && Lexicon.isTitle(words.get(i - 1).folded());
    }

}
