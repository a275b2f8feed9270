package news.dateline.web;

import org.springframework.transaction.TransactionSystemException;

/**
 * A transaction's COMMIT was sent and its answer never came: the connection broke, or
 * PostgreSQL ended the session, while the commit was under way. The work may be stored or
 * not; nobody can tell until the database answers again. A page must then say "it may
 * have been saved", never "nothing was saved". Thrown by the portal's transaction manager
 * ({@link DatabaseCommits}) in place of the commit's own failure, which is its cause.
 */
public class CommitInDoubtException extends TransactionSystemException {

    /**
     * The request attribute ({@code Boolean.TRUE}) set on the request during which a
     * commit was left in doubt, for answers given later in that request (a filter's, when
     * the session cannot be written either).
     */
    public static final String REQUEST_ATTRIBUTE = CommitInDoubtException.class.getName();

    public CommitInDoubtException(Throwable commitFailure) {
        super("The commit was sent and the connection was lost before its answer: the transaction may have been "
                + "committed", commitFailure);
    }

}
