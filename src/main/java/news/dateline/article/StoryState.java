package news.dateline.article;

import java.util.List;

/**
 * A story at one moment, as its events report it: its address, headline and status, and
 * what it is tagged with (so that a listener can reach the pages it was on and the pages
 * it is on).
 */
public record StoryState(String slug, String headline, ArticleStatus status, List<Tag> countries, List<Tag> people,
        List<Tag> events) {

    /** A country, person or event a story is tagged with. */
    public record Tag(long id, String slug) {
    }

    public StoryState {
        countries = List.copyOf(countries);
        people = List.copyOf(people);
        events = List.copyOf(events);
    }

    /** Whether readers can see the story in this state. */
    public boolean published() {
        return status == ArticleStatus.PUBLISHED;
    }
}
