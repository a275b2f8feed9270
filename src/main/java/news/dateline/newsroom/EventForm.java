package news.dateline.newsroom;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event form, bound as typed (see {@link StoryForm}); {@link EventsAdmin} checks what
 * needs the database.
 *
 * @param date {@code 1995}, {@code 1995-05} or {@code 1995-05-08}
 * @param endDate a full date, or empty
 * @param countries ISO alpha-2 codes separated by commas
 * @param people person slugs separated by commas
 * @param version the version of the event the form was filled from, empty for a new event
 * (see {@link PersonForm#version()})
 */
public record EventForm(
        @NotBlank(message = "Give the event a title.") @Size(max = 300,
                message = "A title has at most 300 characters.") String title,
        @NotBlank(message = "Say what kind of event it is: visit, meeting, consultations…") @Size(max = 40,
                message = "A kind has at most 40 characters.") String kind,
        @Size(max = 5_000, message = "A summary has at most 5,000 characters.") String summary,
        @NotBlank(message = "Give the event's date.") @Pattern(regexp = "\\s*|\\s*\\d{4}(-\\d{2}(-\\d{2})?)?\\s*",
                message = "Write the date as 1995, 1995-05 or 1995-05-08.") String date,
        @Pattern(regexp = "\\s*|\\s*\\d{4}-\\d{2}-\\d{2}\\s*",
                message = "Write the end date in full, as 1995-05-10, or leave it empty.") String endDate,
        @Size(max = 200, message = "A place has at most 200 characters.") String place,
        @Size(max = 2_000, message = "Too many countries.") String countries,
        @Size(max = 10_000, message = "Too many people.") String people,
        @Pattern(regexp = "\\d{0,9}", message = "Reload the page: the form is damaged.") String version)
        implements
            VersionedForm<EventForm> {

    public EventForm {
        title = StoryForm.clean(title);
        kind = StoryForm.clean(kind);
        summary = StoryForm.clean(summary);
        date = StoryForm.clean(date);
        endDate = StoryForm.clean(endDate);
        place = StoryForm.clean(place);
        countries = StoryForm.clean(countries);
        people = StoryForm.clean(people);
    }

    public static EventForm empty() {
        return new EventForm("", "", "", "", "", "", "", "", "");
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Title", title);
        fields.put("Kind", kind);
        fields.put("Summary", summary);
        fields.put("Date", endDate == null || endDate.isBlank() ? date : date + " to " + endDate);
        fields.put("Place", place);
        fields.put("Countries", countries);
        fields.put("People", people);
        return fields;
    }

    @Override
    public EventForm withVersion(String version) {
        return new EventForm(title, kind, summary, date, endDate, place, countries, people, version);
    }
}
