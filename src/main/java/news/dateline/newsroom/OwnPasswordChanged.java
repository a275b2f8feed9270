package news.dateline.newsroom;

/**
 * An editor changed their own password: their other sessions end, the one they changed it
 * in goes on.
 *
 * @param sessionId the session to keep, or null
 */
public record OwnPasswordChanged(String username, String sessionId) {
}
