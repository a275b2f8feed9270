package news.dateline.ingest.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.ingest.recognition.CountryNames;
import news.dateline.ingest.recognition.Gazetteer;
import news.dateline.shared.PartialDate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The curated reference data of {@code seeds/reference.yml}: agencies, the aliases and
 * demonyms of countries (their names come from the JDK), and the people and events of the
 * seed stories.
 */
public record ReferenceData(List<AgencyEntry> agencies, List<CountryEntry> countries, List<PersonEntry> people,
        List<EventEntry> events) {

    public static final String FILE_NAME = "reference.yml";

    public ReferenceData {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        countries = countries == null ? List.of() : List.copyOf(countries);
        people = people == null ? List.of() : List.copyOf(people);
        events = events == null ? List.of() : List.copyOf(events);
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    public static ReferenceData load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + file, e);
        }
    }

    public static ReferenceData read(InputStream in) {
        return YAML.readValue(in, ReferenceData.class);
    }

    /**
     * @param name the name the recognizer and the JSON output use ("KPL", "Trend News
     * Agency")
     * @param fullName a longer display name, or null
     * @param website the agency's home page, or null
     * @param signs strings in raw copy that identify the agency ("MENAFN - Trend News
     * Agency", "VNA/VNS")
     */
    public record AgencyEntry(String name, String fullName, String website, List<String> signs) {
        public AgencyEntry {
            signs = signs == null ? List.of() : List.copyOf(signs);
        }
    }

    /** Aliases and demonyms for a country whose English name comes from the JDK. */
    public record CountryEntry(String code, List<String> aliases, List<String> demonyms) {
        public CountryEntry {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
        }
    }

    public record PersonEntry(String slug, String name, List<String> aliases, String role, String country) {
        public PersonEntry {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /** Dates are written {@code 1995}, {@code 1995-05} or {@code 1995-05-08}. */
    public record EventEntry(String slug, String title, String kind, String summary, String date, String endDate,
            String place, List<String> countries, List<String> people, List<String> aliases, List<String> cues) {
        public EventEntry {
            countries = countries == null ? List.of() : List.copyOf(countries);
            people = people == null ? List.of() : List.copyOf(people);
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            cues = cues == null ? List.of() : List.copyOf(cues);
        }

        public PartialDate startDate() {
            return PartialDate.parse(date);
        }

        public PartialDate endPartialDate() {
            return endDate == null || endDate.isBlank() ? null : PartialDate.parse(endDate);
        }
    }

    /**
     * Every ISO 3166-1 country with its English name from the JDK, plus this file's
     * aliases and demonyms.
     */
    public List<Gazetteer.KnownCountry> knownCountries() {
        Map<String, CountryEntry> extra = countries.stream()
            .collect(Collectors.toMap(CountryEntry::code, Function.identity()));
        List<Gazetteer.KnownCountry> result = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            CountryEntry entry = extra.get(code);
            result.add(new Gazetteer.KnownCountry(code, CountryNames.englishName(code),
                    entry == null ? List.of() : entry.aliases(), entry == null ? List.of() : entry.demonyms()));
        }
        return result;
    }

    /**
     * The gazetteer before anything is saved: what a dry run and the recognizer's tests
     * use.
     */
    public Gazetteer toGazetteer() {
        List<Gazetteer.KnownPerson> knownPeople = people.stream()
            .map(p -> new Gazetteer.KnownPerson(p.slug(), p.name(), p.aliases(), p.role(), p.country()))
            .toList();
        List<Gazetteer.KnownEvent> knownEvents = events.stream()
            .map(e -> new Gazetteer.KnownEvent(e.slug(), e.title(), e.kind(), e.startDate(), e.endPartialDate(),
                    e.place(), e.countries(), e.people(), e.aliases(), e.cues()))
            .toList();
        return new Gazetteer(knownCountries(), knownPeople, knownEvents);
    }
}
