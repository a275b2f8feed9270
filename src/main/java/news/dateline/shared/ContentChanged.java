package news.dateline.shared;

/** Published after anything readers can see was written: the reader caches are emptied once it commits. */
public record ContentChanged(String what) {
}
