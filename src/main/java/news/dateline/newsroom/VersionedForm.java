package news.dateline.newsroom;

import java.util.Map;

/**
 * An admin form for a row saved with optimistic locking: it carries the version it was
 * filled from, and can show itself field by field beside a stale copy.
 */
public interface VersionedForm<F extends VersionedForm<F>> {

    String version();

    /** The fields by their labels, for showing a stored version beside a stale form. */
    Map<String, String> fields();

    /** The same typed text, to be saved over the stored version {@code version}. */
    F withVersion(String version);

}
