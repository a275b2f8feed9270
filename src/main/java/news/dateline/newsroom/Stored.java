package news.dateline.newsroom;

/**
 * A row about to be changed, locked, with the version it has now: for optimistic locking
 * of admin forms.
 */
record Stored(long id, int version) {

    /**
     * Whether someone saved the row after the form was filled from it. A form without a
     * version (posted by hand, or from before versions were in the form) counts as stale:
     * it cannot prove it saw the latest change.
     */
    boolean changedSince(String formVersion) {
        return formVersion == null || formVersion.isBlank() || !formVersion.strip().equals(String.valueOf(version));
    }
}
