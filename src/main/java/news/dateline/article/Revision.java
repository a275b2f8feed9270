package news.dateline.article;

/** One saved version of a story. */
public record Revision(long id, int version, String slug, String headline, String standfirst, String body,
        String status, String publishedAt, String editor, String savedAt) {
}
