package news.dateline.newsroom;

/**
 * EDITOR writes and publishes stories; ADMIN also manages accounts and reads the audit
 * log.
 */
public enum Role {

    EDITOR, ADMIN

}
