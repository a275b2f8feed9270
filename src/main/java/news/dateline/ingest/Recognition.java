package news.dateline.ingest;

import java.util.List;
import news.dateline.shared.PartialDate;

/**
 * What {@link news.dateline.ingest.recognition.EntityRecognizer} found in a story's body.
 * Lists are in order of first mention.
 */
public record Recognition(List<PersonHit> people, List<CountryHit> countries, List<EventHit> events) {

    public Recognition {
        people = List.copyOf(people);
        countries = List.copyOf(countries);
        events = List.copyOf(events);
    }

    /** Canonical names, known people and proposed new ones alike. */
    public List<String> personNames() {
        return people.stream().map(PersonHit::name).toList();
    }

    public List<String> countryCodes() {
        return countries.stream().map(CountryHit::code).toList();
    }

    /**
     * A person named in the body.
     *
     * @param slug the known person's slug, or null for a person the portal does not know
     * yet
     * @param name canonical name (for a new person, the name as the copy writes it in
     * full)
     * @param role for a new person, the role read from the text ("Deputy Prime
     * Minister"); else the known role
     * @param countryCode for a new person, the country read from the text, or null
     * @param mentions how many times the body names them (full name, alias or surname
     * alone)
     */
    public record PersonHit(String slug, String name, String role, String countryCode, int mentions) {
        public boolean isNew() {
            return slug == null;
        }
    }

    /** A country named in the body, by name, alias or demonym. */
    public record CountryHit(String code, int mentions) {
    }

    /**
     * A dated happening the body reports.
     *
     * @param slug the known event it matched, or null for a candidate the portal does not
     * know yet
     * @param title the known event's title, or for a candidate a short title taken from
     * its sentence
     * @param date at the precision the text gives, resolved against the story's own date
     * @param place a place the text gives for it, or null
     */
    public record EventHit(String slug, String title, PartialDate date, String place) {
        public boolean isNew() {
            return slug == null;
        }
    }
}
