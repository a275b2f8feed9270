package news.dateline.ingest.recognition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import news.dateline.ingest.Recognition;
import news.dateline.ingest.WireStory;
import news.dateline.shared.PartialDate;

/**
 * Finds people, countries and dated events in a story's own text (headline, body,
 * captions; never the page chrome or the other-news list), through a {@link Gazetteer}'s
 * aliases, with accents and case folded. Thread-safe once built.
 *
 * <p>
 * In order: known names ({@link KnownNames}: countries, demonyms, people, longest first),
 * then people the gazetteer does not know ({@link NewPersonFinder}), then mentions of
 * anyone by one part of their name ({@link PersonMentions}), then dates
 * ({@link DateExpressions}), the known events they and the text's phrases point to
 * ({@link EventMatcher}), and new event candidates for the rest
 * ({@link EventCandidates}).
 */
public class EntityRecognizer {

    private final KnownNames knownNames;

    private final PersonMentions personMentions;

    private final EventMatcher eventMatcher;

    /**
     * Goes through every step once, so that the first real story does not pay for loading
     * classes and compiling patterns.
     */
    private static final String PRIMER = """
            Headline Of A Primer Story

            On 8 December 2025, Deputy Prime Minister Saleumxay Kommasith met Mr Le Hoai Trung in Vientiane, \
            and Kommasith recalled a visit to Laos in May 1995, in October last year and last month.""";

    public EntityRecognizer(Gazetteer gazetteer) {
        this.knownNames = new KnownNames(gazetteer);
        this.personMentions = new PersonMentions(gazetteer);
        this.eventMatcher = new EventMatcher(gazetteer);
        recognize(PRIMER, LocalDate.of(2025, 12, 10));
    }

    /**
     * Reads the story's headline (unless it was built from the lead), body and captions.
     */
    public Recognition recognize(WireStory story) {
        LocalDate storyDate = story.published() == null ? null : story.published().date();
        String text = textOf(story);
        String withoutCaptions = textOf(story.headlineFromLead() ? null : story.headline(), bodyOf(story), List.of());
        return recognize(text, storyDate, story.captions().isEmpty() ? text.length() : withoutCaptions.length());
    }

    /** The text of a story the recognizer reads: headline, body and captions. */
    private static String textOf(WireStory story) {
        return textOf(story.headlineFromLead() ? null : story.headline(), bodyOf(story), story.captions());
    }

    /** The standfirst, when the page has one, and the paragraphs. */
    private static List<String> bodyOf(WireStory story) {
        if (story.standfirst() == null) {
            return story.paragraphs();
        }
        List<String> body = new ArrayList<>(story.paragraphs());
        body.addFirst(story.standfirst());
        return body;
    }

    private static String textOf(String headline, List<String> paragraphs, List<String> captions) {
        List<String> parts = new ArrayList<>();
        if (headline != null) {
            parts.add(headline);
        }
        parts.addAll(paragraphs);
        parts.addAll(captions);
        return String.join("\n\n", parts);
    }

    /**
     * The words (accents and case folded) of the text {@link #recognize(WireStory)} reads
     * of the story.
     */
    public static Set<String> wordsOf(WireStory story) {
        Set<String> words = new HashSet<>();
        TokenizedText.of(textOf(story)).tokens().forEach(token -> words.add(token.folded()));
        return words;
    }

    /**
     * The words (as {@link #wordsOf}) of every name and alias of the people in which two
     * gazetteers differ (added, removed or changed); null when their countries or events
     * differ. Every step finds a known person by the words of their names (whole names
     * and aliases in {@link KnownNames}, one part of a name in {@link PersonMentions}),
     * so a story with none of these words is recognized alike with either gazetteer: what
     * an import recognized ahead with an older gazetteer stays true.
     */
    public static Set<String> wordsChanged(Gazetteer before, Gazetteer after) {
        if (!before.countries().equals(after.countries()) || !before.events().equals(after.events())) {
            return null;
        }
        Set<Gazetteer.KnownPerson> changed = new HashSet<>(before.people());
        changed.addAll(after.people());
        Set<Gazetteer.KnownPerson> unchanged = new HashSet<>(before.people());
        unchanged.retainAll(new HashSet<>(after.people()));
        changed.removeAll(unchanged);
        Set<String> words = new HashSet<>();
        for (Gazetteer.KnownPerson person : changed) {
            List<String> names = new ArrayList<>(person.aliases());
            names.add(person.name());
            for (String name : names) {
                if (name != null) {
                    TokenizedText.of(name).tokens().forEach(token -> words.add(token.folded()));
                }
            }
        }
        return words;
    }

    /**
     * Reads free text: a story's headline and paragraphs, as imported or as typed or
     * pasted in the newsroom's form. Both get the same events: the main event named from
     * the first sentences and new events as noun phrases, never a fragment of a sentence.
     * @param storyDate what relative dates ("last year", "on 8 December") are resolved
     * against; null when unknown
     */
    public Recognition recognize(String text, LocalDate storyDate) {
        return recognize(text, storyDate, text == null ? 0 : text.length());
    }

    /**
     * As {@link #recognize(String, LocalDate)}, with the story's photo captions from
     * character {@code captionsAt} on: a country they alone name is not one the story is
     * about (a file photo of another occasion: "at the ASEAN-Japan Summit in Tokyo").
     */
    private Recognition recognize(String text, LocalDate storyDate, int captionsAt) {
        if (text == null || text.isBlank()) {
            return new Recognition(List.of(), List.of(), List.of());
        }
        TokenizedText words = TokenizedText.of(text);
        Sentences sentences = Sentences.of(text);
        KnownNames.Claims claims = new KnownNames.Claims(words.size());

        List<Span<KnownNames.Named>> names = knownNames.find(words, claims);
        List<NewPersonFinder.NewPerson> newPeople = new ArrayList<>(NewPersonFinder.find(words, sentences, claims));
        newPeople.removeIf(person -> isWordOfAnotherName(person, names, newPeople));
        newPeople.forEach(person -> claims.take(person.first(), person.end(), null));
        List<Recognition.PersonHit> people = personMentions.count(words, names, newPeople, claims);
        List<Recognition.CountryHit> countries = countries(names, words.indexAtOrAfter(captionsAt));
        List<Recognition.RoleHit> roles = StatedFacts.roles(newPeople,
                NewPersonFinder.knownRoles(words, sentences, claims, names));

        List<Recognition.ClaimHit> eventClaims = new ArrayList<>();
        List<Recognition.EventHit> events = events(text, words, sentences, storyDate,
                countriesInvolved(countries, people), people, eventClaims);
        return new Recognition(people, countries, events, roles, eventClaims);
    }

    /**
     * A one-word name that is a word of another person's name the story gives: "Lao Prime
     * Minister Sonexay" after "Sonexay Siphandone" is that person, named by the given
     * name as Lao and Thai copy does, and is counted as them.
     */
    private static boolean isWordOfAnotherName(NewPersonFinder.NewPerson person, List<Span<KnownNames.Named>> names,
            List<NewPersonFinder.NewPerson> newPeople) {
        if (person.end() - person.first() != 1 || isRoyal(person.role())) {
            // a monarch goes by one name of their own: "Sultan Ibrahim" beside "Anwar
            // Ibrahim", "King Abdullah" beside "Abdullah Al-Sabah"
            return false;
        }
        String word = TextFolder.fold(person.name());
        java.util.stream.Stream<String> others = java.util.stream.Stream.concat(
                names.stream()
                    .map(Span::value)
                    .filter(KnownNames.Person.class::isInstance)
                    .map(named -> ((KnownNames.Person) named).person().name()),
                newPeople.stream().map(NewPersonFinder.NewPerson::name));
        return others.map(EntityRecognizer::foldedWords).anyMatch(parts -> parts.size() > 1 && parts.contains(word));
    }

    /**
     * The countries named, each with its mentions; those named only in the captions (from
     * word {@code captionsFrom} on) left out.
     */
    /** An office of a monarch's family: "Sultan", "His Majesty King", "Crown Prince". */
    private static boolean isRoyal(String role) {
        return role != null && java.util.Arrays.stream(TextFolder.fold(role).split("[ -]+"))
            .anyMatch(Lexicon.ROYAL_HEADS::contains);
    }

    private static List<Recognition.CountryHit> countries(List<Span<KnownNames.Named>> names, int captionsFrom) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> inText = new HashSet<>();
        for (Span<KnownNames.Named> mention : names) {
            if (mention.value() instanceof KnownNames.Country(String code)) {
                counts.merge(code, 1, Integer::sum);
                if (mention.start() < captionsFrom) {
                    inText.add(code);
                }
            }
        }
        return counts.entrySet()
            .stream()
            .filter(e -> inText.contains(e.getKey()))
            .map(e -> new Recognition.CountryHit(e.getKey(), e.getValue()))
            .toList();
    }

    /**
     * The countries the text names, and those of the people it names: "Tô Lâm" brings
     * Vietnam in.
     */
    private static Set<String> countriesInvolved(List<Recognition.CountryHit> countries,
            List<Recognition.PersonHit> people) {
        Set<String> codes = new HashSet<>();
        countries.forEach(country -> codes.add(country.code()));
        people.stream().map(Recognition.PersonHit::countryCode).filter(Objects::nonNull).forEach(codes::add);
        return codes;
    }

    private List<Recognition.EventHit> events(String text, TokenizedText words, Sentences sentences,
            LocalDate storyDate, Set<String> countriesNamed, List<Recognition.PersonHit> people,
            List<Recognition.ClaimHit> eventClaims) {
        List<Span<DateExpressions.When>> dates = DateExpressions.find(text, storyDate);
        EventMatcher.Result known = eventMatcher.match(words, sentences, dates, countriesNamed);
        eventClaims.addAll(StatedFacts.claims(known.linked(), known.reports(), sentences, dates));
        List<Span<DateExpressions.When>> unexplained = dates.stream()
            .filter(date -> date.value().reporting())
            .filter(date -> !known.explained().contains(date))
            .toList();
        List<EventMatcher.Linked> all = new ArrayList<>(known.linked());
        all.addAll(EventCandidates.of(sentences, dates, unexplained));
        all.sort(Comparator.comparingInt(EventMatcher.Linked::position));
        List<String> names = people.stream().map(Recognition.PersonHit::name).toList();
        List<Recognition.EventHit> hits = new ArrayList<>(mainEvents(sentences, dates, storyDate, people));
        placed(hits, all, sentences);
        for (EventMatcher.Linked linked : all) {
            Recognition.EventHit hit = asNounPhrase(linked, sentences, names);
            if (hit != null && hits.stream().noneMatch(other -> other.title().equalsIgnoreCase(hit.title()))) {
                hits.add(hit);
            }
        }
        List<String> knownTitles = hits.stream()
            .filter(hit -> !hit.isNew())
            .map(hit -> TextFolder.fold(hit.title()))
            .toList();
        hits.removeIf(hit -> hit.isNew()
                && knownTitles.stream().anyMatch(title -> title.contains(TextFolder.fold(hit.title()))));
        List<Recognition.EventHit> offered = List.copyOf(hits);
        hits.removeIf(hit -> hit.isNew() && offered.stream()
            .anyMatch(other -> other != hit && other.isNew() && Objects.equals(other.date(), hit.date())
                    && saysLess(hit.title(), other.title())));
        List<Recognition.EventHit> named = List.copyOf(hits);
        hits.removeIf(hit -> hit.isNew() && named.stream()
            .limit(named.indexOf(hit))
            .anyMatch(other -> other.isNew() && Objects.equals(other.date(), hit.date())
                    && namesTheSame(hit.title(), other.title())));
        List<Recognition.EventHit> left = List.copyOf(hits);
        hits.removeIf(hit -> hit.isNew() && left.stream()
            .anyMatch(other -> other != hit && other.isNew() && Objects.equals(other.date(), hit.date())
                    && meetsFewer(hit, other, left, people)));
        return hits;
    }

    /**
     * Whether another title of the same day names the same kind of happening ("Talks",
     * "Meeting") with all the people a title names: "Talks with Indonesian President
     * Prabowo Subianto" beside "Meeting between Tô Lâm and Prabowo Subianto"; a title
     * that names no one is left out beside one that does and says all it says ("Talks in
     * Vientiane" beside "Meeting between A and B" placed in Vientiane). Of two that name
     * the same people, the one in fewer words stays ("Meeting between A and B" over
     * "Meeting of Vietnam's leader A with Indonesia's B in Jakarta"), the first of two as
     * long.
     */
    private static boolean meetsFewer(Recognition.EventHit hit, Recognition.EventHit other,
            List<Recognition.EventHit> offered, List<Recognition.PersonHit> people) {
        if (!sameKind(hit.title(), other.title())) {
            return false;
        }
        Set<String> named = peopleIn(hit.title(), people);
        Set<String> othersNamed = peopleIn(other.title(), people);
        if (named.isEmpty()) {
            // "Talks in Vientiane" beside "Meeting between A and B" in Vientiane
            Set<String> rest = titleWords(hit.title());
            rest.remove(head(hit.title()));
            Set<String> said = titleWords(other.title());
            if (other.place() != null) {
                said.addAll(titleWords(other.place()));
            }
            return !othersNamed.isEmpty() && said.containsAll(rest)
                    || othersNamed.size() >= 2 && isMeetingOfOffices(hit.title(), said);
        }
        if (!othersNamed.containsAll(named)) {
            return false;
        }
        if (othersNamed.size() > named.size()) {
            return true;
        }
        int words = titleWords(hit.title()).size();
        int othersWords = titleWords(other.title()).size();
        return othersWords < words || othersWords == words && offered.indexOf(other) < offered.indexOf(hit);
    }

    /**
     * Whether a title is a headline's meeting of offices, not of people ("Meeting of
     * Azerbaijani FM with Lao counterpart", "Meeting of Azerbaijan's president with
     * Vietnam's leader in Baku"): "Meeting of ... with ..." and no list, every word of it
     * that another title of the day does not say either capitalised (a country, a people,
     * a body or a place) or a word of an office. Beside that day's meeting between two of
     * the story's people it is the same meeting.
     */
    private static boolean isMeetingOfOffices(String title, Set<String> said) {
        if (!title.startsWith("Meeting of ") || !title.contains(" with ") || title.contains(",")) {
            // a list ("with Lao, Cambodian defense ministers") is more than two people
            return false;
        }
        for (String word : title.substring("Meeting of ".length()).split("[^\\p{L}\\p{N}]+")) {
            String folded = TextFolder.fold(word);
            if (word.isEmpty() || said.contains(folded) || TITLE_SMALL_WORDS.contains(folded)
                    || Character.isUpperCase(word.codePointAt(0)) || folded.equals("s")) {
                continue;
            }
            String singular = folded.endsWith("s") ? folded.substring(0, folded.length() - 1) : folded;
            if (!(Lexicon.isRoleWord(folded) || Lexicon.isRoleWord(singular) || Lexicon.PORTFOLIO_WORDS.contains(folded)
                    || OFFICE_WORDS.contains(singular))) {
                return false;
            }
        }
        return true;
    }

    /** Words for holders of offices besides roles: "Lao <b>counterpart</b>". */
    private static final Set<String> OFFICE_WORDS = Set.of("counterpart", "official", "delegation", "staff", "head");

    /**
     * Whether two titles open with the same happening, or with two words for one kind
     * ("Talks", "Meeting").
     */
    private static boolean sameKind(String title, String other) {
        String head = head(title);
        String othersHead = head(other);
        return !head.isEmpty() && (head.equals(othersHead)
                || Lexicon.SAME_HAPPENING.stream().anyMatch(kind -> kind.contains(head) && kind.contains(othersHead)));
    }

    /**
     * The story's people a title names: by their whole name, by the last word of it
     * ("Lam"), or by another word of it of four letters or more ("Prabowo"); the title's
     * first word, the happening ("Meeting"), names no one.
     */
    private static Set<String> peopleIn(String title, List<Recognition.PersonHit> people) {
        String folded = " " + String.join(" ", foldedWords(title)) + " ";
        Set<String> words = titleWords(title);
        words.remove(head(title));
        Set<String> named = new HashSet<>();
        for (Recognition.PersonHit person : people) {
            List<String> parts = foldedWords(person.name());
            String whole = " " + String.join(" ", parts) + " ";
            boolean byWord = false;
            for (int i = 0; i < parts.size() && !byWord; i++) {
                int least = i == parts.size() - 1 ? 3 : 4;
                byWord = parts.get(i).length() >= least && words.contains(parts.get(i));
            }
            if (folded.contains(whole) || byWord) {
                named.add(person.name());
            }
        }
        return named;
    }

    /** Small words that say nothing of which happening a title names. */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("of", "with", "the", "a", "an", "in", "and", "between",
            "by", "for", "to", "on", "at");

    /**
     * Whether another title of the same day says more of the happening a title names: it
     * holds all its words and more ("Meeting with Li Qiang" beside "Meeting between Li
     * Qiang and Sonexay Siphandone", "Visit" beside "Visit by Elnur Mammadov"), or, for a
     * title of one word for a gathering, any other ("Talks" beside "Meeting with Kim
     * Young-ho", "Visit" beside "First tour of Southeast Asia", "Meeting" beside
     * "Reception for A by B").
     */
    private static boolean saysLess(String title, String other) {
        Set<String> words = titleWords(title);
        Set<String> others = titleWords(other);
        if (words.isEmpty() || others.size() <= words.size()) {
            return false;
        }
        if (others.containsAll(words)) {
            return true;
        }
        // a gathering in one word is the day's other happening named again ("During the
        // meeting, ...": "Meeting", "Credentials" beside "Reception for Elchin Bashirov
        // by Sonexay Siphandone"); "Interview" beside "30th anniversary" is another
        String word = words.size() == 1 && title.strip().indexOf(' ') < 0 ? words.iterator().next() : null;
        return word != null && (Lexicon.GATHERINGS.contains(word)
                || Lexicon.SAME_HAPPENING.stream().anyMatch(kind -> kind.contains(word)));
    }

    /**
     * Whether two titles differ in one word only, and that word is one of two for one
     * kind of happening: "Joint military exercises" and "Joint military drills", "Talks
     * in Baku" and "Meeting in Baku".
     */
    private static boolean namesTheSame(String title, String other) {
        Set<String> onlyHere = titleWords(title);
        Set<String> onlyThere = titleWords(other);
        if (onlyHere.size() != onlyThere.size()) {
            return false;
        }
        Set<String> common = new HashSet<>(onlyHere);
        common.retainAll(onlyThere);
        onlyHere.removeAll(common);
        onlyThere.removeAll(common);
        return onlyHere.size() == 1 && onlyThere.size() == 1 && Lexicon.SAME_HAPPENING.stream()
            .anyMatch(kind -> kind.containsAll(onlyHere) && kind.containsAll(onlyThere));
    }

    /** A text's words, folded ("Tô Lâm" → "to", "lam"). */
    private static List<String> foldedWords(String text) {
        return List.of(TextFolder.fold(text).split("[^\\p{L}\\p{N}]+"));
    }

    /** A title's first word, folded: the happening it names ("meeting"). */
    private static String head(String title) {
        return TextFolder.fold(title.strip()).split("[^\\p{L}]+", 2)[0];
    }

    private static Set<String> titleWords(String title) {
        Set<String> words = new HashSet<>(foldedWords(title));
        words.removeAll(TITLE_SMALL_WORDS);
        words.remove("");
        return words;
    }

    /**
     * The main events, placed where the headline or lead puts a dated happening of the
     * same day ("The ministers met on 8 December in Vientiane").
     */
    private static void placed(List<Recognition.EventHit> main, List<EventMatcher.Linked> candidates,
            Sentences sentences) {
        List<Span<String>> first = sentences.spans().stream().limit(MAIN_SENTENCES).toList();
        if (first.isEmpty()) {
            return;
        }
        int end = first.getLast().end();
        main.replaceAll(hit -> hit.place() != null || hit.date() == null ? hit
                : candidates.stream()
                    .filter(candidate -> candidate.position() < end && candidate.hit().isNew())
                    .map(EventMatcher.Linked::hit)
                    .filter(candidate -> candidate.place() != null && hit.date().equals(candidate.date()))
                    .findFirst()
                    .map(candidate -> new Recognition.EventHit(null, hit.title(), hit.date(), candidate.place()))
                    .orElse(hit));
    }

    /**
     * A new event named as a noun phrase: a candidate's clause title ("The railway
     * opened") gives way to the phrase its sentence names the happening by nearest the
     * date ("the first cross-border passenger service"), or to the sentence's verb and
     * people ("Meeting between A and B"); a candidate with neither is not offered, since
     * a fragment of a sentence is no event's name. Known events are kept as they are.
     */
    private static Recognition.EventHit asNounPhrase(EventMatcher.Linked linked, Sentences sentences,
            List<String> names) {
        Recognition.EventHit hit = linked.hit();
        if (!hit.isNew()) {
            return hit;
        }
        Span<String> sentence = sentences.at(linked.position());
        if (sentence == null) {
            return null;
        }
        String text = sentence.value();
        int at = linked.position() - sentence.start();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        String title = EventPhrases.phrases(text).stream().min(Comparator.comparingInt(phrase -> {
            int where = lower.indexOf(phrase.toLowerCase(java.util.Locale.ROOT));
            return where < 0 ? Integer.MAX_VALUE : Math.abs(where - at);
        })).map(phrase -> EventPhrases.withParticipants(phrase, text, names)).orElseGet(() -> {
            String fromVerb = EventPhrases.fromVerb(text, names);
            return fromVerb != null ? fromVerb : EventPhrases.fromHeadlineVerb(text);
        });
        title = EventPhrases.asTitle(title, names);
        return title == null || !EventTitles.namesAHappening(title) ? null
                : new Recognition.EventHit(null, title, hit.date(), hit.place());
    }

    /**
     * How many of the first sentences (headline and lead) name the story's main event.
     */
    private static final int MAIN_SENTENCES = 3;

    /** How many main-event suggestions are offered at most. */
    private static final int MAIN_SUGGESTIONS = 4;

    /**
     * The happenings the headline and the lead name, as noun phrases: the story's main
     * event is among them. Asked for every story, also when its text links known events:
     * a known event named further down is often not the one the story reports. Each is
     * dated by the day the headline or lead names near the story's date ("on Tuesday");
     * else by the one date its own sentence states ("In October last year, the two
     * presidents met in Kazan"), unless it is an anniversary, whose sentence dates what
     * it marks; else by the story's date.
     */
    /** A year that opens a title: "1981 Visit to Baku". */
    private static final java.util.regex.Pattern LEADING_YEAR = java.util.regex.Pattern
        .compile("^(?<year>(?:19|20)\\d{2})\\s+\\p{L}");

    /**
     * The date of a title that opens with a year other than the date's: that year ("1981
     * Visit to Baku", which the headline recalls, is no happening of the story's day).
     */
    private static PartialDate labelledYear(String title, PartialDate date) {
        java.util.regex.Matcher year = LEADING_YEAR.matcher(title);
        if (!year.find()) {
            return date;
        }
        int labelled = Integer.parseInt(year.group("year"));
        return date != null && date.year() == labelled ? date : PartialDate.ofYear(labelled);
    }

    private static List<Recognition.EventHit> mainEvents(Sentences sentences, List<Span<DateExpressions.When>> dates,
            LocalDate storyDate, List<Recognition.PersonHit> people) {
        PartialDate near = storyDate == null ? null : mainEventDate(sentences, dates, storyDate);
        PartialDate storyDay = storyDate == null ? null : PartialDate.of(storyDate);
        List<String> names = people.stream().map(Recognition.PersonHit::name).toList();
        Map<String, PartialDate> titles = new LinkedHashMap<>();
        List<Span<String>> first = sentences.spans().stream().limit(MAIN_SENTENCES).toList();
        for (Span<String> sentence : first) {
            PartialDate when = near != null ? near : statedDate(sentence, dates, storyDay);
            List<String> found = new ArrayList<>();
            String nominal = sentence == first.getFirst() ? EventPhrases.fromHeadlineVerb(sentence.value()) : null;
            if (nominal != null) {
                found.add(nominal);
            }
            String fromVerb = EventPhrases.fromVerb(sentence.value(), names);
            if (fromVerb != null) {
                found.add(fromVerb);
            }
            for (String phrase : EventPhrases.phrases(sentence.value())) {
                found.add(EventPhrases.withParticipants(phrase, sentence.value(), names));
            }
            for (String title : found.stream()
                .map(phrase -> EventPhrases.asTitle(phrase, names))
                .filter(Objects::nonNull)
                .toList()) {
                if (titles.keySet().stream().noneMatch(title::equalsIgnoreCase)) {
                    boolean anniversary = title.toLowerCase(java.util.Locale.ROOT).contains("anniversary");
                    titles.put(title, labelledYear(title, anniversary && near == null ? storyDay : when));
                }
            }
        }
        return titles.entrySet()
            .stream()
            .filter(title -> EventTitles.namesAHappening(title.getKey()))
            .limit(MAIN_SUGGESTIONS)
            .map(title -> new Recognition.EventHit(null, title.getKey(), title.getValue(), null))
            .toList();
    }

    /**
     * The one date a sentence states, when it states exactly one; else the story's day
     * (null when unknown).
     */
    private static PartialDate statedDate(Span<String> sentence, List<Span<DateExpressions.When>> dates,
            PartialDate storyDay) {
        List<Span<DateExpressions.When>> inside = dates.stream()
            .filter(date -> date.value().reporting())
            .filter(date -> date.start() >= sentence.start() && date.end() <= sentence.end())
            .toList();
        return inside.size() == 1 ? inside.getFirst().value().date() : storyDay;
    }

    /** How far from the story's date the day its headline or lead names may be. */
    private static final int MAIN_EVENT_DAYS = 7;

    /**
     * The day of the story's main event: the first day the headline or the lead names
     * within a week of the story's date ("on Tuesday", "on 8 December"), else null.
     */
    private static PartialDate mainEventDate(Sentences sentences, List<Span<DateExpressions.When>> dates,
            LocalDate storyDate) {
        List<Span<String>> first = sentences.spans().stream().limit(MAIN_SENTENCES).toList();
        if (!first.isEmpty()) {
            int end = first.getLast().end();
            for (Span<DateExpressions.When> date : dates) {
                DateExpressions.When when = date.value();
                if (date.start() < end && when.date().start().equals(when.date().end())
                        && Math.abs(when.firstDay().toEpochDay() - storyDate.toEpochDay()) <= MAIN_EVENT_DAYS) {
                    return when.date();
                }
            }
        }
        return null;
    }

}
