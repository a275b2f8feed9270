package news.dateline.ingest.recognition;

import java.util.List;
import news.dateline.shared.PartialDate;

/**
 * Everything the recognizer knows by name: countries, people and events with their
 * aliases. Built from the database at run time, or from {@code seeds/reference.yml} and
 * the JDK's country names before anything is saved.
 */
public record Gazetteer(List<KnownCountry> countries, List<KnownPerson> people, List<KnownEvent> events) {

    public Gazetteer {
        countries = List.copyOf(countries);
        people = List.copyOf(people);
        events = List.copyOf(events);
    }

    /**
     * @param code ISO 3166-1 alpha-2
     * @param name English short name ("Laos")
     * @param aliases other names the copy uses ("Lao PDR", "Việt Nam")
     * @param demonyms adjectives that count as a mention ("Lao", "Laotian",
     * "Azerbaijani")
     */
    public record KnownCountry(String code, String name, List<String> aliases, List<String> demonyms) {
    }

    /**
     * @param slug stable key
     * @param name canonical name ("Tô Lâm")
     * @param aliases other spellings ("To Lam", "Maythong Thammavongsa", "Fomvihon")
     * @param role "Deputy Foreign Minister of Laos", or null
     * @param countryCode ISO alpha-2, or null
     */
    public record KnownPerson(String slug, String name, List<String> aliases, String role, String countryCode) {
    }

    /**
     * @param slug stable key
     * @param title "First Azerbaijan–Laos political consultations"
     * @param kind "visit", "meeting", "consultations", "diplomatic", ...
     * @param date when it began, at its precision
     * @param endDate when it ended (a two-day visit), or null
     * @param place "Vientiane", or null
     * @param countryCodes the countries taking part
     * @param personSlugs the people taking part
     * @param aliases phrases that name this event by themselves ("first political
     * consultation")
     * @param cues phrases that name it only with a matching date in the same sentence
     * ("diplomatic relations" + 1995)
     */
    public record KnownEvent(String slug, String title, String kind, PartialDate date, PartialDate endDate,
            String place, List<String> countryCodes, List<String> personSlugs, List<String> aliases,
            List<String> cues) {
    }
}
