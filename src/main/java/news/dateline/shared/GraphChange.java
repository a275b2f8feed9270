package news.dateline.shared;

/**
 * A change to the people, events or countries readers see, published by the module that owns the
 * rows ({@code PersonChanged}, {@code PersonMerged}, {@code EventChanged}, {@code CountryChanged}):
 * the reader caches and Last-Modified react to it once the transaction commits.
 */
public interface GraphChange {
}
