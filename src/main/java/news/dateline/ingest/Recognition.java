package news.dateline.ingest;

import java.util.List;
import news.dateline.shared.PartialDate;

/**
 * What {@link news.dateline.ingest.recognition.EntityRecognizer} found in a story's body.
 * Lists are in order of first mention.
 */
public record Recognition(List<PersonHit> people, List<CountryHit> countries, List<EventHit> events,
        List<RoleHit> roles, List<ClaimHit> claims) {

    public Recognition {
        people = List.copyOf(people);
        countries = List.copyOf(countries);
        events = List.copyOf(events);
        roles = List.copyOf(roles);
        claims = List.copyOf(claims);
    }

    /** What was found, with no role and no claim stated. */
    public Recognition(List<PersonHit> people, List<CountryHit> countries, List<EventHit> events) {
        this(people, countries, events, List.of(), List.of());
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

    /**
     * A role the text gives a person, as held at the story's date: "Foreign Minister
     * Jeyhun Bayramov", "Le Hoai Trung, the Vietnamese ambassador," (never a "former"
     * one). At most one per person, the first the text states.
     *
     * @param slug the known person's slug, or null for a person the portal does not know
     * yet (then {@code name} is the {@link PersonHit#name} of the new person)
     * @param name the person's canonical name
     * @param role the role as the text writes it, without its country ("Foreign
     * Minister")
     * @param countryCode the country the text gives the role ("Lao Deputy Prime
     * Minister", "of Laos"), or null
     */
    public record RoleHit(String slug, String name, String role, String countryCode) {
    }

    /**
     * What the text says of a known event's day or place, in the sentence that names it:
     * "held their first political consultation on 8 December in Vientiane". A story's
     * claim may differ from the event's recorded date or place.
     *
     * @param slug the known event
     * @param date the day the text gives it, or null
     * @param place the city the text gives it, or null
     */
    public record ClaimHit(String slug, PartialDate date, String place) {
    }
}
