package news.dateline.newsroom;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The person form, bound as typed (see {@link StoryForm}); {@link PeopleAdmin} checks
 * what needs the database.
 *
 * @param country an ISO 3166-1 alpha-2 code, or empty
 * @param aliases one other name per line
 * @param version the version of the person the form was filled from, empty for a new
 * person: a save from an older version is refused, so that no one's change is silently
 * lost
 */
public record PersonForm(
        @NotBlank(message = "Give the person's name.") @Size(max = 200,
                message = "A name has at most 200 characters.") String name,
        @Size(max = 300, message = "A role has at most 300 characters.") String role,
        @Pattern(regexp = "\\s*|\\s*[A-Za-z]{2}\\s*",
                message = "A country is a two-letter ISO code such as LA or VN.") String country,
        @Size(max = 20_000, message = "Too many aliases (20,000 characters at most).") String aliases,
        @Pattern(regexp = "\\d{0,9}", message = "Reload the page: the form is damaged.") String version)
        implements
            VersionedForm<PersonForm> {

    public PersonForm {
        name = StoryForm.clean(name);
        role = StoryForm.clean(role);
        country = StoryForm.clean(country);
        aliases = StoryForm.clean(aliases);
    }

    public static PersonForm empty() {
        return new PersonForm("", "", "", "", "");
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Name", name);
        fields.put("Role", role);
        fields.put("Country", country);
        fields.put("Aliases", aliases);
        return fields;
    }

    @Override
    public PersonForm withVersion(String version) {
        return new PersonForm(name, role, country, aliases, version);
    }
}
