package news.dateline.person;

import news.dateline.shared.GraphChange;

/**
 * A person was added, or their name, role, country or aliases changed; their slug never
 * changes.
 */
public record PersonChanged(long id, String slug) implements GraphChange {
}
