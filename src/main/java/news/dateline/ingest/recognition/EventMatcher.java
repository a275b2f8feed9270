package news.dateline.ingest.recognition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.dateline.ingest.Recognition;

/**
 * Links a text to the gazetteer's known events. An event is reported when
 * <ul>
 * <li>one of its aliases appears anywhere ("the BRICS Summit in Kazan"), or</li>
 * <li>one of its cues appears in the same sentence as a date that overlaps the event's
 * days ("diplomatic relations ... established in 1995"; an event with an end date spans
 * its start to its end),</li>
 * </ul>
 * and the text names every country the event is between (by name, demonym, or through a
 * person of that country), so that "first political consultations" in a story about
 * Vietnam does not link the Azerbaijan–Laos ones. A date in a sentence that links an
 * event and overlaps it is that event's date, and is not proposed as a new event.
 */
final class EventMatcher {

    /** A known event the text reports, first reported at character {@code position}. */
    record Linked(Recognition.EventHit hit, int position) {
    }

    /**
     * @param linked the known events, once each, in order of first report
     * @param explained the dates that belong to them
     * @param reports where the text names each linked event (by slug), in order
     */
    record Result(List<Linked> linked, Set<Span<DateExpressions.When>> explained, Map<String, List<Integer>> reports) {
    }

    private final AliasMatcher<Gazetteer.KnownEvent> aliases;

    private final AliasMatcher<Gazetteer.KnownEvent> cues;

    EventMatcher(Gazetteer gazetteer) {
        AliasMatcher.Builder<Gazetteer.KnownEvent> aliasBuilder = AliasMatcher.builder();
        AliasMatcher.Builder<Gazetteer.KnownEvent> cueBuilder = AliasMatcher.builder();
        for (Gazetteer.KnownEvent event : gazetteer.events()) {
            event.aliases().forEach(alias -> aliasBuilder.add(alias, event, AliasMatcher.Mode.ANY_CASE));
            event.cues().forEach(cue -> cueBuilder.add(cue, event, AliasMatcher.Mode.ANY_CASE));
        }
        aliases = aliasBuilder.build();
        cues = cueBuilder.build();
    }

    Result match(TokenizedText words, Sentences sentences, List<Span<DateExpressions.When>> dates,
            Collection<String> countriesNamed) {
        Map<Gazetteer.KnownEvent, Integer> firstReport = new LinkedHashMap<>();
        Set<Span<DateExpressions.When>> explained = new HashSet<>();
        Map<String, List<Integer>> reports = new LinkedHashMap<>();
        for (Span<List<Gazetteer.KnownEvent>> match : aliases.findAll(words)) {
            int offset = words.get(match.start()).start();
            for (Gazetteer.KnownEvent event : match.value()) {
                if (countriesNamed.containsAll(event.countryCodes())) {
                    firstReport.merge(event, offset, Math::min);
                    reports.computeIfAbsent(event.slug(), k -> new java.util.ArrayList<>()).add(offset);
                    explained.addAll(overlapping(event, datesOfSentence(sentences, dates, offset)));
                }
            }
        }
        for (Span<List<Gazetteer.KnownEvent>> match : cues.findAll(words)) {
            int offset = words.get(match.start()).start();
            for (Gazetteer.KnownEvent event : match.value()) {
                if (!countriesNamed.containsAll(event.countryCodes())) {
                    continue;
                }
                for (Span<DateExpressions.When> date : overlapping(event, datesOfSentence(sentences, dates, offset))) {
                    firstReport.merge(event, Math.min(offset, date.start()), Math::min);
                    reports.computeIfAbsent(event.slug(), k -> new java.util.ArrayList<>()).add(offset);
                    explained.add(date);
                }
            }
        }
        List<Linked> linked = firstReport.entrySet()
            .stream()
            .map(e -> new Linked(hitOf(e.getKey()), e.getValue()))
            .sorted((a, b) -> Integer.compare(a.position(), b.position()))
            .toList();
        reports.values().forEach(java.util.Collections::sort);
        return new Result(linked, Set.copyOf(explained), reports);
    }

    private static Recognition.EventHit hitOf(Gazetteer.KnownEvent event) {
        return new Recognition.EventHit(event.slug(), event.title(), event.date(), event.place());
    }

    private static List<Span<DateExpressions.When>> datesOfSentence(Sentences sentences,
            List<Span<DateExpressions.When>> dates, int offset) {
        Span<String> sentence = sentences.at(offset);
        if (sentence == null) {
            return List.of();
        }
        return dates.stream().filter(date -> sentence.contains(date.start())).toList();
    }

    private static List<Span<DateExpressions.When>> overlapping(Gazetteer.KnownEvent event,
            List<Span<DateExpressions.When>> dates) {
        LocalDate from = event.date().start();
        LocalDate to = event.endDate() != null ? event.endDate().end() : event.date().end();
        return dates.stream().filter(date -> date.value().overlaps(from, to)).toList();
    }

}
