package news.dateline.article;

/** What came of saving a draft. */
public sealed interface SaveOutcome {

    record Saved(long id, String slug, int version, boolean slugChanged) implements SaveOutcome {
    }

    /** Someone saved a newer version first: nothing was written; here is theirs. */
    record Conflict(Revision theirs) implements SaveOutcome {
    }

    /** The same headline and body are already another story. */
    record Duplicate(String slug) implements SaveOutcome {
    }

    /** The slug belongs to another story. */
    record SlugTaken(String slug) implements SaveOutcome {
    }
}
