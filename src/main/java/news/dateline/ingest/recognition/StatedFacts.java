package news.dateline.ingest.recognition;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.ingest.Recognition;
import news.dateline.shared.PartialDate;

/**
 * Facts a story states at its own date: the roles it gives the people it names, and the
 * day and place it gives the known events it reports (a story's claim, which another
 * story may contradict).
 */
final class StatedFacts {

    /**
     * How far from a known event's day a date of the sentence naming it may lie and still
     * be a claim of its day (further off, it dates something else: "since 1995").
     */
    static final int CLAIM_DAYS = 7;

    /** "in Vientiane", "at Baku": a capitalised run after "in" or "at". */
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:in|at)\\s+(?:the\\s+capital\\s+)?(\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2})");

    private StatedFacts() {
    }

    /**
     * One role per person, the first the text states; a "former" role is no role held at
     * the story's date.
     */
    static List<Recognition.RoleHit> roles(List<NewPersonFinder.NewPerson> newPeople,
            List<NewPersonFinder.KnownRole> knownRoles) {
        Map<String, Recognition.RoleHit> roles = new LinkedHashMap<>();
        for (NewPersonFinder.KnownRole known : knownRoles) {
            if (isHeld(known.role())) {
                roles.putIfAbsent(known.person().slug(), new Recognition.RoleHit(known.person().slug(),
                        known.person().name(), known.role().strip(), known.countryCode()));
            }
        }
        for (NewPersonFinder.NewPerson person : newPeople) {
            if (person.role() != null && isHeld(person.role())) {
                roles.putIfAbsent("new:" + TextFolder.fold(person.name()),
                        new Recognition.RoleHit(null, person.name(), person.role().strip(), person.countryCode()));
            }
        }
        return List.copyOf(roles.values());
    }

    private static boolean isHeld(String role) {
        String folded = TextFolder.fold(role).strip();
        return !folded.isEmpty() && !folded.startsWith("former ") && !folded.startsWith("ex-")
                && !folded.startsWith("late ");
    }

    /**
     * What the sentences naming each known event say of its day (a date at day precision
     * within {@value #CLAIM_DAYS} days of the event's, when the event is known to the
     * day) and of its place (a city of {@code ingest/places.txt} after "in" or "at"): the
     * first of each, in the order of the text (a headline naming the event often gives
     * neither).
     */
    static List<Recognition.ClaimHit> claims(List<EventMatcher.Linked> linked, Map<String, List<Integer>> reports,
            Sentences sentences, List<Span<DateExpressions.When>> dates) {
        List<Recognition.ClaimHit> claims = new ArrayList<>();
        for (EventMatcher.Linked event : linked) {
            PartialDate known = event.hit().date();
            PartialDate date = null;
            String place = null;
            List<Integer> offsets = reports.getOrDefault(event.hit().slug(), List.of(event.position()));
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int offset : offsets) {
                Span<String> sentence = sentences.at(offset);
                if (sentence == null || !seen.add(sentence.start())) {
                    continue;
                }
                if (date == null && known != null && known.precision() == PartialDate.Precision.DAY) {
                    date = dates.stream()
                        .filter(span -> sentence.contains(span.start()))
                        .map(span -> span.value().date())
                        .filter(day -> day.precision() == PartialDate.Precision.DAY)
                        .filter(day -> Math.abs(ChronoUnit.DAYS.between(known.start(), day.start())) <= CLAIM_DAYS)
                        .min(Comparator
                            .comparingLong(day -> Math.abs(ChronoUnit.DAYS.between(known.start(), day.start()))))
                        .orElse(null);
                }
                if (place == null) {
                    place = placeIn(sentence.value());
                }
            }
            if (date != null || place != null) {
                claims.add(new Recognition.ClaimHit(event.hit().slug(), date, place));
            }
        }
        return claims;
    }

    /** The first city the sentence puts something in or at: "in Vientiane". */
    static String placeIn(String sentence) {
        Matcher m = PLACE.matcher(sentence);
        while (m.find()) {
            String[] parts = m.group(1).split("\\s+");
            for (int n = parts.length; n > 0; n--) {
                String candidate = String.join(" ", java.util.Arrays.copyOf(parts, n)).replaceAll("['’]s$", "");
                if (Places.isPlace(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

}
