package news.dateline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scores of the import's dry run against the evaluation corpus's answer keys
 * ({@code corpus/README.md} defines the keys and how each field is compared): headline,
 * publication time, source, dateline and language per story; people and countries as sets
 * (micro-averaged precision, recall and F1); whether the story's main event was found;
 * and every mistake, named.
 */
public final class CorpusEvaluation {

    /** Where the corpus is, from the project's folder. */
    public static final String DEFAULT_DIR = "corpus/stories";

    /**
     * The day the evaluation reads the corpus on: a date written without its year (a
     * dateline's "Dec. 9" in copy with no date line) is the latest such day up to this
     * one. Fixed, so that the scores never move with the calendar; the corpus was keyed
     * on it.
     */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** A clock that always says {@link #TODAY}, noon UTC. */
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** The longest headline the parser may build. */
    private static final int MAX_BUILT_HEADLINE = 110;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The fields scored story by story. */
    public static final List<String> FIELDS = List.of("headline", "published", "source", "dateline", "language");

    /**
     * True, false positives and false negatives of one field.
     */
    public static final class Count {

        int tp;

        int fp;

        int fn;

        int right;

        int total;

        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Share of stories where the field is right (both empty counts as right). */
        public double accuracy() {
            return total == 0 ? 1 : (double) right / total;
        }

        void add(Count other) {
            tp += other.tp;
            fp += other.fp;
            fn += other.fn;
            right += other.right;
            total += other.total;
        }

    }

    /** The scores of one group of stories (all, or one agency's). */
    public static final class Scores {

        final Map<String, Count> fields = new LinkedHashMap<>();

        final Count people = new Count();

        final Count roles = new Count();

        final Count countries = new Count();

        final Count mainEvent = new Count();

        final Count suggestions = new Count();

        final Count body = new Count();

        int stories;

        Scores() {
            FIELDS.forEach(field -> fields.put(field, new Count()));
        }

        public Count field(String name) {
            return fields.get(name);
        }

        public Count people() {
            return people;
        }

        public Count countries() {
            return countries;
        }

        public Count mainEvent() {
            return mainEvent;
        }

        public Count roles() {
            return roles;
        }

        /** Event suggestions that read as a noun phrase (right) out of all (total). */
        public Count suggestions() {
            return suggestions;
        }

        /**
         * Body paragraphs that read as text (right) out of all (total): a short paragraph
         * that ends without a sentence's punctuation and is no list item is page
         * furniture the parser kept ("Share Print").
         */
        public Count body() {
            return body;
        }

        public int stories() {
            return stories;
        }

        void add(Scores other) {
            fields.forEach((name, count) -> count.add(other.fields.get(name)));
            people.add(other.people);
            roles.add(other.roles);
            countries.add(other.countries);
            mainEvent.add(other.mainEvent);
            suggestions.add(other.suggestions);
            body.add(other.body);
            stories += other.stories;
        }

        /** The scores the baseline file names, by key ("headline", "people.f1", ...). */
        public Map<String, Double> named() {
            Map<String, Double> named = new LinkedHashMap<>();
            fields.forEach((name, count) -> named.put(name, count.accuracy()));
            named.put("people.precision", people.precision());
            named.put("people.recall", people.recall());
            named.put("people.f1", people.f1());
            named.put("countries.precision", countries.precision());
            named.put("countries.recall", countries.recall());
            named.put("countries.f1", countries.f1());
            named.put("event.found", mainEvent.accuracy());
            named.put("event.noun-phrases", suggestions.accuracy());
            named.put("body.text", body.accuracy());
            return named;
        }

    }

    /**
     * The evaluation of a corpus.
     *
     * @param total every story's scores together
     * @param byAgency the scores of each agency's format
     * @param mistakes one line per wrong field, "file: field: expected ..., got ..."
     */
    public record Result(Scores total, Map<String, Scores> byAgency, List<String> mistakes) {
    }

    private CorpusEvaluation() {
    }

    /** The {@code .txt} stories of a corpus folder, in name order, with their bytes. */
    public static List<StoryImporter.Input> stories(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().map(f -> {
                try {
                    return new StoryImporter.Input(f.getFileName().toString(), Files.readAllBytes(f));
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus " + directory, e);
        }
    }

    /** Scores the dry run's results against the keys beside the stories. */
    public static Result evaluate(Path directory, List<StoryImporter.Checked> checked) {
        Scores total = new Scores();
        Map<String, Scores> byAgency = new TreeMap<>();
        List<String> mistakes = new ArrayList<>();
        for (StoryImporter.Checked story : checked) {
            Path keyFile = directory.resolve(story.file().replaceFirst("\\.txt$", ".json"));
            if (!Files.isRegularFile(keyFile)) {
                mistakes.add(story.file() + ": no answer key");
                continue;
            }
            JsonNode key;
            try {
                key = JSON.readTree(Files.readString(keyFile));
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot read the key " + keyFile, e);
            }
            Scores scores = score(story, key, mistakes);
            total.add(scores);
            byAgency.computeIfAbsent(text(key, "format"), k -> new Scores()).add(scores);
        }
        return new Result(total, byAgency, mistakes);
    }

    private static Scores score(StoryImporter.Checked checked, JsonNode key, List<String> mistakes) {
        Scores scores = new Scores();
        scores.stories = 1;
        String file = checked.file();
        WireStory story = checked.story();
        Recognition found = checked.found();

        String keyHeadline = text(key, "headline");
        Count headline = scores.field("headline");
        headline.total = 1;
        if (story == null) {
            headline.fn = 1;
            mistakes.add(file + ": unreadable: " + String.join("; ", checked.report().warnings()));
        }
        else if (keyHeadline == null) {
            boolean ok = story.headlineFromLead() && isGoodBuiltHeadline(story.headline());
            count(headline, ok, true, true);
            if (!ok) {
                mistakes.add(file + ": headline: expected one built from the lead, got \"" + story.headline() + "\""
                        + (story.headlineFromLead() ? "" : " (taken as the copy's own)"));
            }
        }
        else {
            boolean ok = !story.headlineFromLead() && typographic(keyHeadline).equals(typographic(story.headline()));
            count(headline, ok, true, true);
            if (!ok) {
                mistakes.add(file + ": headline: expected \"" + keyHeadline + "\", got \"" + story.headline() + "\""
                        + (story.headlineFromLead() ? " (built from the lead)" : ""));
            }
        }
        compare(scores.field("published"), file, "published", text(key, "published"),
                story == null || story.published() == null ? null : story.published().toString(), String::equals,
                mistakes);
        compare(scores.field("source"), file, "source", text(key, "source"), story == null ? null : story.source(),
                String::equals, mistakes);
        compare(scores.field("dateline"), file, "dateline", text(key, "dateline"),
                story == null ? null : story.dateline(), (a, b) -> letters(a).equals(letters(b)), mistakes);
        compare(scores.field("language"), file, "language", text(key, "language"),
                story == null ? null : story.language(), String::equals, mistakes);

        scorePeople(scores, file, key, found, mistakes);
        scoreCountries(scores, file, key, found, mistakes);
        scoreEvents(scores, file, key, found, mistakes);
        scoreBody(scores, file, story, mistakes);
        return scores;
    }

    private static void scorePeople(Scores scores, String file, JsonNode key, Recognition found,
            List<String> mistakes) {
        List<JsonNode> keyPeople = new ArrayList<>();
        key.path("people").forEach(keyPeople::add);
        Set<String> notPeople = new HashSet<>();
        key.path("notPeople").forEach(n -> notPeople.add(fold(n.asString())));
        boolean[] matched = new boolean[keyPeople.size()];
        List<Recognition.PersonHit> hits = found == null ? List.of() : found.people();
        for (Recognition.PersonHit hit : hits) {
            String name = fold(hit.name());
            int match = -1;
            for (int k = 0; k < keyPeople.size() && match < 0; k++) {
                if (!matched[k] && names(keyPeople.get(k)).contains(name)) {
                    match = k;
                }
            }
            if (match >= 0) {
                matched[match] = true;
                scores.people.tp++;
                String keyRole = text(keyPeople.get(match), "role");
                if (keyRole != null) {
                    scores.roles.total++;
                    String role = hit.role() == null ? "" : fold(hit.role());
                    String want = fold(keyRole);
                    String roleKey = news.dateline.person.RoleNames.key(hit.role());
                    String wantKey = news.dateline.person.RoleNames.key(keyRole);
                    if (!role.isEmpty() && (role.contains(want) || want.contains(role) || roleKey.contains(wantKey)
                            || wantKey.contains(roleKey))) {
                        scores.roles.right++;
                    }
                }
            }
            else {
                scores.people.fp++;
                mistakes.add(file + ": people: invented \"" + hit.name() + "\""
                        + (notPeople.contains(name) ? " (listed as not a person)" : ""));
            }
        }
        for (int k = 0; k < keyPeople.size(); k++) {
            if (!matched[k]) {
                scores.people.fn++;
                mistakes.add(file + ": people: missed \"" + text(keyPeople.get(k), "name") + "\"");
            }
        }
    }

    private static Set<String> names(JsonNode person) {
        Set<String> names = new HashSet<>();
        names.add(fold(text(person, "name")));
        person.path("aliases").forEach(alias -> names.add(fold(alias.asString())));
        return names;
    }

    private static void scoreCountries(Scores scores, String file, JsonNode key, Recognition found,
            List<String> mistakes) {
        Set<String> want = new TreeSet<>();
        key.path("countries").forEach(code -> want.add(code.asString()));
        Set<String> got = new TreeSet<>(found == null ? List.of() : found.countryCodes());
        for (String code : got) {
            if (want.contains(code)) {
                scores.countries.tp++;
            }
            else {
                scores.countries.fp++;
                mistakes.add(file + ": countries: invented " + code);
            }
        }
        for (String code : want) {
            if (!got.contains(code)) {
                scores.countries.fn++;
                mistakes.add(file + ": countries: missed " + code);
            }
        }
    }

    /** The longest paragraph that may end without punctuation and still be text. */
    private static final int SHORT_PARAGRAPH = 60;

    private static final java.util.regex.Pattern READS_AS_TEXT = java.util.regex.Pattern
        .compile("(?s).*[.!?\"”’)…:;]$|^[-–•*] .*");

    private static void scoreBody(Scores scores, String file, WireStory story, List<String> mistakes) {
        if (story == null) {
            return;
        }
        for (String paragraph : story.paragraphs()) {
            scores.body.total++;
            if (paragraph.length() > SHORT_PARAGRAPH || READS_AS_TEXT.matcher(paragraph.strip()).matches()) {
                scores.body.right++;
            }
            else {
                mistakes.add(file + ": body: \"" + paragraph + "\" reads as page furniture, not text");
            }
        }
    }

    private static void scoreEvents(Scores scores, String file, JsonNode key, Recognition found,
            List<String> mistakes) {
        List<Recognition.EventHit> events = found == null ? List.of() : found.events();
        for (Recognition.EventHit event : events) {
            if (event.isNew()) {
                scores.suggestions.total++;
                if (news.dateline.ingest.recognition.EventTitles.namesAHappening(event.title())) {
                    scores.suggestions.right++;
                }
                else {
                    mistakes.add(file + ": events: suggestion is not a noun phrase naming a happening: \""
                            + event.title() + "\"");
                }
            }
        }
        JsonNode main = key.path("event");
        if (main.isNull() || main.isMissingNode()) {
            return;
        }
        scores.mainEvent.total = 1;
        List<List<String>> terms = new ArrayList<>();
        main.path("match").forEach(term -> terms.add(List.of(term.asString().split("\\s*\\|\\s*"))));
        boolean hit = events.stream().anyMatch(event -> {
            String title = fold(event.title());
            return terms.stream()
                .allMatch(alternatives -> alternatives.stream().anyMatch(t -> title.contains(fold(t))));
        });
        if (hit) {
            scores.mainEvent.right = 1;
        }
        else {
            mistakes.add(file + ": event: main event \"" + text(main, "title") + "\" not found among "
                    + events.stream().map(e -> "\"" + e.title() + "\"").toList());
        }
    }

    private interface Same {

        boolean test(String expected, String got);

    }

    private static void compare(Count count, String file, String field, String expected, String got, Same same,
            List<String> mistakes) {
        count.total = 1;
        boolean ok = expected == null ? got == null : got != null && same.test(expected, got);
        count(count, ok, expected != null, got != null);
        if (!ok) {
            mistakes.add(file + ": " + field + ": expected " + quoted(expected) + ", got " + quoted(got));
        }
    }

    private static void count(Count count, boolean ok, boolean expected, boolean got) {
        if (ok) {
            count.right++;
            if (expected) {
                count.tp++;
            }
            return;
        }
        if (got) {
            count.fp++;
        }
        if (expected) {
            count.fn++;
        }
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "\"" + value + "\"";
    }

    /** A built headline keeps issue 11's rules: short, whole words, no ellipsis. */
    static boolean isGoodBuiltHeadline(String headline) {
        if (headline == null || headline.isBlank() || headline.length() > MAX_BUILT_HEADLINE || headline.endsWith("…")
                || headline.endsWith("...")) {
            return false;
        }
        int last = headline.codePointBefore(headline.length());
        return Character.isLetterOrDigit(last) || ")\"”?!'’".indexOf(last) >= 0;
    }

    /** Quotes and dashes to ASCII, white space collapsed; case kept. */
    static String typographic(String text) {
        String ascii = text.replaceAll("[’‘`´]", "'").replaceAll("[“”„]", "\"").replaceAll("[–—‒−]", "-");
        return SPACES.matcher(ascii).replaceAll(" ").strip();
    }

    /** Case, accents, hyphens and apostrophes folded, white space collapsed. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
        String spaced = decomposed.toLowerCase(Locale.ROOT).replaceAll("[-‐‑–—'’`]", " ");
        return SPACES.matcher(spaced).replaceAll(" ").strip();
    }

    private static String letters(String text) {
        return fold(text).replaceAll("[^\\p{L}]", "");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

}
