package news.dateline.ingest.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known phrases in a {@link TokenizedText} on word boundaries, accents and case
 * folded. Phrases are kept in a map from their folded word sequence, so a text is read in
 * one pass with a few map look-ups per word, however many phrases there are. Immutable
 * once built, so thread-safe.
 *
 * @param <T> what a phrase stands for (a country, a person, an event)
 */
final class AliasMatcher<T> {

    /** How strictly the words as written must agree with the phrase. */
    enum Mode {

        /**
         * A name: a capitalised word of the phrase does not match a word written in lower
         * case ("Chad" is not "chad"), and an acronym must be written in capitals ("US"
         * is not "us").
         */
        NAME,
        /**
         * Like {@link #NAME}, and with the same accents: a demonym "Thai" is not the
         * Vietnamese "Thái".
         */
        NAME_WITH_ACCENTS,
        /**
         * Any case, any accents: for descriptive phrases ("first political
         * consultations").
         */
        ANY_CASE

    }

    private record Entry<T>(T payload, Mode mode, TokenizedText.Shape[] shapes, String[] accented) {
    }

    private final Map<String, List<Entry<T>>> byKey;

    private final Map<String, Integer> longestByFirstWord;

    private AliasMatcher(Map<String, List<Entry<T>>> byKey, Map<String, Integer> longestByFirstWord) {
        this.byKey = byKey;
        this.longestByFirstWord = longestByFirstWord;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    static final class Builder<T> {

        private final Map<String, List<Entry<T>>> byKey = new HashMap<>();

        private final Map<String, Integer> longestByFirstWord = new HashMap<>();

        Builder<T> add(String phrase, T payload, Mode mode) {
            if (phrase == null || phrase.isBlank()) {
                return this;
            }
            TokenizedText words = TokenizedText.of(phrase);
            if (words.size() == 0) {
                return this;
            }
            String[] folded = new String[words.size()];
            TokenizedText.Shape[] shapes = new TokenizedText.Shape[words.size()];
            String[] accented = new String[words.size()];
            for (int i = 0; i < words.size(); i++) {
                folded[i] = words.get(i).folded();
                shapes[i] = words.get(i).shape();
                accented[i] = TextFolder.foldCase(words.original(i));
            }
            String key = String.join(" ", folded);
            List<Entry<T>> entries = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (entries.stream().noneMatch(e -> e.payload().equals(payload) && e.mode() == mode)) {
                entries.add(new Entry<>(payload, mode, shapes, accented));
            }
            longestByFirstWord.merge(folded[0], folded.length, Math::max);
            return this;
        }

        AliasMatcher<T> build() {
            Map<String, List<Entry<T>>> frozen = new HashMap<>();
            byKey.forEach((key, entries) -> frozen.put(key, List.copyOf(entries)));
            return new AliasMatcher<>(Map.copyOf(frozen), Map.copyOf(longestByFirstWord));
        }

    }

    /**
     * Leftmost-longest matches that do not overlap: "Lao People's Democratic Republic"
     * once, not "Lao" too. Each span counts words of the text and holds everything its
     * phrase stands for (usually one thing).
     */
    List<Span<List<T>>> findLongest(TokenizedText text) {
        List<Span<List<T>>> matches = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            List<Span<List<T>>> here = matchesAt(text, i, true);
            if (here.isEmpty()) {
                i++;
            }
            else {
                matches.add(here.getFirst());
                i = here.getFirst().end();
            }
        }
        return matches;
    }

    /**
     * Every match, overlapping ones included: for cues, where "state visit" and "visit to
     * Azerbaijan" both count. Spans count words, as those of {@link #findLongest}.
     */
    List<Span<List<T>>> findAll(TokenizedText text) {
        List<Span<List<T>>> matches = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            matches.addAll(matchesAt(text, i, false));
        }
        return matches;
    }

    /**
     * Matches starting at word {@code first}, longest first; only the longest when
     * {@code longestOnly}.
     */
    private List<Span<List<T>>> matchesAt(TokenizedText text, int first, boolean longestOnly) {
        Integer longest = longestByFirstWord.get(text.get(first).folded());
        if (longest == null) {
            return List.of();
        }
        int maxLength = Math.min(longest, text.size() - first);
        String[] keys = new String[maxLength + 1];
        StringBuilder key = new StringBuilder(text.get(first).folded());
        keys[1] = key.toString();
        int reachable = 1;
        for (int length = 2; length <= maxLength; length++) {
            if (!joinsWords(text.gapAfter(first + length - 2))) {
                break;
            }
            key.append(' ').append(text.get(first + length - 1).folded());
            keys[length] = key.toString();
            reachable = length;
        }
        List<Span<List<T>>> matches = new ArrayList<>();
        for (int length = reachable; length >= 1; length--) {
            List<Entry<T>> entries = byKey.get(keys[length]);
            if (entries == null || isCurrency(text, first + length - 1)) {
                continue;
            }
            List<T> accepted = new ArrayList<>(1);
            for (Entry<T> entry : entries) {
                if (agrees(text, first, entry)) {
                    accepted.add(entry.payload());
                }
            }
            if (!accepted.isEmpty()) {
                matches.add(new Span<>(first, first + length, List.copyOf(accepted)));
                if (longestOnly) {
                    break;
                }
            }
        }
        return matches;
    }

    /**
     * Whether the characters between two words may lie inside one name: a space, a
     * hyphen, an apostrophe, a dot.
     */
    private static boolean joinsWords(String gap) {
        if (gap.isEmpty() || gap.length() > 3) {
            return false;
        }
        int newlines = 0;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '\n') {
                newlines++;
            }
            else if (!(Character.isWhitespace(c) || c == '-' || c == '‐' || c == '‑' || c == '–' || c == '\''
                    || c == '’' || c == '.' || c == '&')) {
                return false;
            }
        }
        return newlines == 0;
    }

    /** "US$223.93": a currency, not a country. */
    private static boolean isCurrency(TokenizedText text, int last) {
        String after = text.gapAfter(last);
        return !after.isEmpty() && after.charAt(0) == '$';
    }

    private static <T> boolean agrees(TokenizedText text, int first, Entry<T> entry) {
        if (entry.mode() == Mode.ANY_CASE) {
            return true;
        }
        for (int k = 0; k < entry.shapes().length; k++) {
            TokenizedText.Token word = text.get(first + k);
            TokenizedText.Shape wanted = entry.shapes()[k];
            if (wanted == TokenizedText.Shape.UPPER && word.shape() != TokenizedText.Shape.UPPER) {
                return false;
            }
            if (wanted == TokenizedText.Shape.CAPITALISED && word.isLower()) {
                return false;
            }
            if (entry.mode() == Mode.NAME_WITH_ACCENTS
                    && !TextFolder.foldCase(text.original(first + k)).equals(entry.accented()[k])) {
                return false;
            }
        }
        return true;
    }

}
