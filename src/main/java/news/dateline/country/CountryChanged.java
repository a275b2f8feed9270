package news.dateline.country;

import news.dateline.shared.GraphChange;

/** A country was added, or its aliases or demonyms changed; its slug never changes. */
public record CountryChanged(long id, String slug) implements GraphChange {
}
