package news.dateline.article;

/** What came of saving a draft. */
public sealed interface SaveOutcome {

    /**
     * @param slugChanged whether a public address moved (the old one now answers 301)
     * @param before the status before this save, null for a new story
     * @param after the status now
     */
    record Saved(long id, String slug, int version, boolean slugChanged, ArticleStatus before,
            ArticleStatus after) implements SaveOutcome {

        public boolean published() {
            return after == ArticleStatus.PUBLISHED && before != ArticleStatus.PUBLISHED;
        }

        public boolean unpublished() {
            return before == ArticleStatus.PUBLISHED && after != ArticleStatus.PUBLISHED;
        }
    }

    /** Someone saved a newer version first: nothing was written; here is theirs. */
    record Conflict(Revision theirs) implements SaveOutcome {
    }

    /** The story was deleted after the editor opened it: nothing was written. */
    record Gone() implements SaveOutcome {
    }

    /** The same headline and body are already another story. */
    record Duplicate(String slug) implements SaveOutcome {
    }

    /** The slug belongs to another story. */
    record SlugTaken(String slug) implements SaveOutcome {
    }

}
