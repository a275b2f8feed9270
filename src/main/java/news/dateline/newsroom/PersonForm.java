package news.dateline.newsroom;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The person form, bound as typed (see {@link StoryForm}); {@link PeopleAdmin} checks what needs
 * the database.
 *
 * @param country an ISO 3166-1 alpha-2 code, or empty
 * @param aliases one other name per line
 */
public record PersonForm(
        @NotBlank(message = "Give the person's name.") @Size(max = 200, message = "A name has at most 200 characters.") String name,
        @Size(max = 300, message = "A role has at most 300 characters.") String role,
        @Pattern(regexp = "\\s*|\\s*[A-Za-z]{2}\\s*", message = "A country is a two-letter ISO code such as LA or VN.") String country,
        @Size(max = 20_000, message = "Too many aliases (20,000 characters at most).") String aliases) {

    public PersonForm {
        name = StoryForm.clean(name);
        role = StoryForm.clean(role);
        country = StoryForm.clean(country);
        aliases = StoryForm.clean(aliases);
    }

    public static PersonForm empty() {
        return new PersonForm("", "", "", "");
    }
}
