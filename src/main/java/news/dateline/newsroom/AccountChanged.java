package news.dateline.newsroom;

/**
 * An admin disabled an account, changed its role or set its password: its open sessions
 * must end.
 */
public record AccountChanged(String username) {
}
