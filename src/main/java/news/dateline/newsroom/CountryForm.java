package news.dateline.newsroom;

import jakarta.validation.constraints.Size;

/**
 * What editors may change about a country: its other names and its demonyms, one per
 * line. The name and code come from the JDK and are not editable.
 */
public record CountryForm(@Size(max = 20_000, message = "Too many aliases (20,000 characters at most).") String aliases,
        @Size(max = 20_000, message = "Too many demonyms (20,000 characters at most).") String demonyms) {

    public CountryForm {
        aliases = StoryForm.clean(aliases);
        demonyms = StoryForm.clean(demonyms);
    }
}
