package news.dateline.newsroom;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import news.dateline.shared.PlainText;

/**
 * The story form, bound as typed: every field a string, so that nothing an editor types is ever
 * refused by binding and lost; {@link StoryForms} turns it into a draft or says what is wrong.
 *
 * @param people    slugs of known people, or {@code new:Name|Role|CC} for a suggested person to create
 * @param countries ISO alpha-2 codes
 * @param events    slugs of known events
 * @param action    the button pressed: save, preview, paste, suggest, find
 */
public record StoryForm(
        @Pattern(regexp = "\\d{0,18}", message = "Reload the page: the form is damaged.") String id,
        @Pattern(regexp = "\\d{0,9}", message = "Reload the page: the form is damaged.") String version,
        @NotBlank(message = "Give the story a headline.") @Size(max = 300, message = "A headline has at most 300 characters.") String headline,
        @Size(max = 1000, message = "A standfirst has at most 1,000 characters.") String standfirst,
        @NotBlank(message = "Write the story's body.") @Size(max = 200_000, message = "The body is too long (200,000 characters at most).") String body,
        @Size(max = 200, message = "A source has at most 200 characters.") String source,
        @Size(max = 200, message = "A dateline has at most 200 characters.") String dateline,
        @Pattern(regexp = "|[a-z0-9]+(-[a-z0-9]+)*", message = "A slug has lowercase letters, digits and single hyphens only.")
        @Size(max = 140, message = "A slug has at most 140 characters.") String slug,
        @NotBlank(message = "Give the publication date.") String publishedDate,
        String publishedTime,
        @Pattern(regexp = "|[+-](0\\d|1[0-4]):[0-5]\\d", message = "Choose a time zone.") String zone,
        @NotBlank(message = "Choose a status.") @Pattern(regexp = "DRAFT|SCHEDULED|PUBLISHED", message = "Choose draft, scheduled or published.") String status,
        @Pattern(regexp = "|[a-z]{2}", message = "A language is a two-letter code such as en.") String language,
        List<String> people,
        List<String> countries,
        List<String> events,
        @Size(max = 200_000, message = "That wire story is too long to paste (200,000 characters at most).") String wire,
        @Size(max = 200, message = "Search with at most 200 characters.") String find,
        @Size(max = 300, message = "An event title has at most 300 characters.") String newEventTitle,
        @Pattern(regexp = "|\\d{4}(-\\d{2}(-\\d{2})?)?", message = "Write the event's date as 1995, 1995-05 or 1995-05-08.") String newEventDate,
        @Size(max = 200, message = "A place has at most 200 characters.") String newEventPlace,
        @Size(max = 200, message = "A name has at most 200 characters.") String newPersonName,
        @Size(max = 300, message = "A role has at most 300 characters.") String newPersonRole,
        @Pattern(regexp = "|[A-Z]{2}", message = "Choose the person's country from the list.") String newPersonCountry,
        String action) {

    public StoryForm {
        headline = clean(headline);
        standfirst = clean(standfirst);
        body = clean(body);
        source = clean(source);
        dateline = clean(dateline);
        wire = clean(wire);
        find = clean(find);
        newEventTitle = clean(newEventTitle);
        newEventPlace = clean(newEventPlace);
        newPersonName = clean(newPersonName);
        newPersonRole = clean(newPersonRole);
        people = people == null ? List.of() : List.copyOf(people);
        countries = countries == null ? List.of() : List.copyOf(countries);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** Control characters PostgreSQL text cannot hold, or that only confuse, are dropped; line breaks stay. */
    static String clean(String text) {
        return PlainText.withoutControlCharacters(text);
    }

    public static StoryForm empty(String today, String zone) {
        return new StoryForm(null, null, "", "", "", "", "", "", today, "", zone, "DRAFT", "en", List.of(), List.of(),
                List.of(), "", "", "", "", "", "", "", "", null);
    }

    /** Whether the editor typed a person to create with the story. */
    public boolean hasNewPerson() {
        return newPersonName != null && !newPersonName.isBlank();
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    /** The same text as a story not saved yet: for a story deleted while it was being edited. */
    public StoryForm asNew() {
        return new StoryForm("", "", headline, standfirst, body, source, dateline, slug, publishedDate, publishedTime,
                zone, status, language, people, countries, events, wire, find, newEventTitle, newEventDate, newEventPlace,
                newPersonName, newPersonRole, newPersonCountry, action);
    }

    public StoryForm withNewEvent(String title, String date, String place) {
        return new StoryForm(id, version, headline, standfirst, body, source, dateline, slug, publishedDate, publishedTime,
                zone, status, language, people, countries, events, wire, find, title, date, place,
                newPersonName, newPersonRole, newPersonCountry, action);
    }

    public StoryForm withPeople(List<String> people) {
        return new StoryForm(id, version, headline, standfirst, body, source, dateline, slug, publishedDate, publishedTime,
                zone, status, language, people, countries, events, wire, find, newEventTitle, newEventDate, newEventPlace,
                newPersonName, newPersonRole, newPersonCountry, action);
    }

    public StoryForm withText(String headline, String body, String source, String dateline, String publishedDate,
                              String publishedTime, String zone, String language) {
        return new StoryForm(id, version, headline, standfirst, body, source, dateline, slug, publishedDate, publishedTime,
                zone, status, language, people, countries, events, "", find, newEventTitle, newEventDate, newEventPlace,
                newPersonName, newPersonRole, newPersonCountry, action);
    }

}
