package news.dateline.article;

import java.util.List;
import news.dateline.shared.DisplayTimes;
import news.dateline.shared.Picture;
import org.jspecify.annotations.Nullable;

/** The records article templates read: never entities. */
public final class ArticleViews {

    private ArticleViews() {
    }

    /** A story in a list, with its lead image's thumbnail when it has one. */
    public record Card(String slug, String headline, String summary, DisplayTimes.Stamp published, String agency,
            String dateline, @Nullable Picture picture) {
        public String url() {
            return "/articles/" + slug;
        }
    }

    /**
     * @param role for a person, the role they held at the story's date as the stories
     * tell (this one, else the latest before it), or null
     */
    /**
     * A link to a person, country or event page.
     *
     * @param role a person's role, or null
     * @param code a country's ISO 3166-1 code (for its flag), or null
     */
    public record Link(String slug, String name, String role, String code) {

        public Link(String slug, String name, String role) {
            this(slug, name, role, null);
        }

        public Link(String slug, String name) {
            this(slug, name, null, null);
        }
    }

    public record EventLink(String slug, String title, String date) {
    }

    /** One page of a list, newest first. */
    public record Page(List<Card> items, int number, int totalPages, long totalItems) {
        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < totalPages;
        }
    }

    /** A whole article as its page shows it. */
    public record Full(long id, String slug, String headline, String standfirst, String bodyHtml, String photoCaption,
            DisplayTimes.Stamp published, DisplayTimes.Stamp updated, String agency, String agencyFullName,
            String dateline, String language, List<Link> people, List<Link> countries, List<EventLink> events,
            @Nullable Picture picture) {

        public boolean wasUpdated() {
            return updated != null;
        }
    }

}
