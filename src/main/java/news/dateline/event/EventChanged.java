package news.dateline.event;

import news.dateline.shared.GraphChange;

/**
 * An event was added, or its title, date, place, countries, people or phrases changed;
 * its slug never changes.
 */
public record EventChanged(long id, String slug) implements GraphChange {
}
